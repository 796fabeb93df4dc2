import type { Core } from '@strapi/strapi';
import { getEnv } from '@sigobito/config';
import { apiSegmentsOf, isAllowed, type AllowList } from '../edge/allowlist';
import { RELAY_HEADER, relayedClient } from '../edge/relay';

type Ctx = {
  method: string;
  path: string;
  status: number;
  body: unknown;
  get: (name: string) => string;
  request: { ip: string };
};

/** The same answer Strapi gives for a route it does not have: nothing tells a closed route apart. */
const NOT_FOUND = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };

/**
 * First of SIGOBito's middlewares (cms/config/middlewares.ts):
 * - answers 404 to everything outside the allow-list (src/edge/allowlist.ts): Strapi's admin
 *   API and the plugins' routes are unreachable, whoever asks;
 * - takes the client address the public site vouches for (src/edge/relay.ts) as the request's
 *   address, so the request form's and the login's rate limits count visitors, not the site.
 *   Without a valid signature the address stays the one Koa derived from the trusted proxy
 *   hops (TRUST_PROXY, cms/config/server.ts).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const secret = getEnv().SITE_RELAY_SECRET;
  let list: AllowList | undefined;
  return async (ctx: Ctx, next: () => Promise<void>) => {
    list ??= { apiSegments: apiSegmentsOf(strapi.apis as never) };
    if (!isAllowed(ctx.method, ctx.path, list)) {
      ctx.status = 404;
      ctx.body = NOT_FOUND;
      return;
    }
    const relayed = relayedClient(ctx.get(RELAY_HEADER) || undefined, Date.now(), secret);
    if (relayed) ctx.request.ip = relayed;
    await next();
  };
};
