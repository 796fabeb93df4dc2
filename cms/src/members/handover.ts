import type { Core } from '@strapi/strapi';

/**
 * "Protocolo de cambio de funcionarios": when a member leaves, every module hands over that
 * member's open work. Modules register a handler here from their register() hook.
 */
export type HandoverHandler = {
  /** The back-office resource whose records are handed over, e.g. `tasks`. */
  resource: string;
  /** Reassigns the open records of `fromMemberId` to `toMemberId`; returns how many. */
  handover: (strapi: Core.Strapi, fromMemberId: number, toMemberId: number) => Promise<number>;
};

const handlers: HandoverHandler[] = [];

export function registerHandover(handler: HandoverHandler) {
  if (!handlers.some((h) => h.resource === handler.resource)) handlers.push(handler);
}

export function handoverHandlers(): readonly HandoverHandler[] {
  return handlers;
}
