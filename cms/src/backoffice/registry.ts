import { can, type BackofficeResource } from '@sigobito/config';
import type { StorySubject } from '@sigobito/config/contracts';
import type { ActionDef, BackofficeUser, CronJob, Filters, HandoverHandler, ModuleDef, ResourceDef, StoryProvider, StorySubjectIds } from './types';

/*
 * The kernel's registry. Modules declare what they bring (`defineModule`), Strapi's register()
 * hands the list to `registerModules`, and the kernel asks here: it imports no module.
 */

/** A module's declaration, typed. */
export const defineModule = (module: ModuleDef): ModuleDef => module;

let modules: readonly ModuleDef[] = [];
let resources: ResourceDef[] = [];

/** Fills the registry (again, from scratch: a test may boot the CMS twice). Refuses a name declared twice. */
export function registerModules(list: readonly ModuleDef[]) {
  const seen = new Set<string>();
  const once = (kind: string, key: string) => {
    if (seen.has(`${kind}:${key}`)) throw new Error(`${kind} ${key} is declared by two modules`);
    seen.add(`${kind}:${key}`);
  };
  for (const m of list) {
    once('module', m.name);
    for (const r of m.resources) {
      once('resource', r.name);
      once('content type', r.uid);
    }
    for (const a of m.actions ?? []) once('action', actionKey(a.method, a.path));
    for (const h of m.handovers ?? []) once('handover', h.resource);
    for (const k of m.notificationKinds ?? []) once('notification kind', k);
    for (const j of Object.keys(m.cronJobs ?? {})) once('cron job', j);
    for (const p of m.story ?? []) {
      once('story provider', p.resource);
      if (!m.resources.some((r) => r.name === p.resource)) throw new Error(`story provider ${p.resource} of ${m.name} is not one of its resources`);
    }
  }
  modules = list;
  resources = list.flatMap((m) => m.resources);
}

export const registeredModules = (): readonly ModuleDef[] => modules;

export function resourceByName(name: string): ResourceDef | undefined {
  return resources.find((r) => r.name === (name as BackofficeResource));
}

export function resourceByUid(uid: string): ResourceDef | undefined {
  return resources.find((r) => r.uid === uid);
}

/** The read scope of the resource a relation points to, for this user (undefined: all of it). */
export function targetScope(target: string | undefined, user: BackofficeUser | undefined): Filters | undefined {
  const def = target && user ? resourceByUid(target) : undefined;
  return def?.readScope?.(user!);
}

export const actionKey = (method: string, path: string) => `${method.toUpperCase()} ${path}`;

/** Every module's actions, in module order (the routes file mounts them before the generic `/:resource` routes). */
export const actionsOf = (list: readonly ModuleDef[]): ActionDef[] => list.flatMap((m) => m.actions ?? []);

export function actionFor(method: string, path: string): ActionDef | undefined {
  return actionsOf(modules).find((a) => actionKey(a.method, a.path) === actionKey(method, path));
}

/** Every module's handover of a leaving member's open work. */
export const handoverHandlers = (): HandoverHandler[] => modules.flatMap((m) => m.handovers ?? []);

/** The e-mail kinds the modules send. */
export const notificationKinds = (): string[] => modules.flatMap((m) => [...(m.notificationKinds ?? [])]);

/** Every module's scheduled jobs, by name. */
export const cronJobsOf = (list: readonly ModuleDef[]): Record<string, CronJob> => Object.assign({}, ...list.map((m) => m.cronJobs ?? {}));

/** Every module's story providers (what each resource tells in the story of an actor, a theme or a place). */
export const storyProviders = (): StoryProvider[] => modules.flatMap((m) => m.story ?? []);

/**
 * Where a record of `resource` is linked to a story's subject and readable by the user (its
 * provider's link and the resource's read scope): for another module's records to link through
 * (a task through its activity). Undefined when the role may not read the resource or it never
 * links to that kind of subject.
 */
export function storyLink(resource: BackofficeResource, subject: StorySubject, id: StorySubjectIds, user: BackofficeUser): Filters | undefined {
  const def = resourceByName(resource);
  const provider = storyProviders().find((p) => p.resource === resource);
  const link = def && provider && can(user.role, def.name, 'read') ? provider.linkedTo(subject, id, user) : undefined;
  const scope = link && def?.readScope?.(user);
  return link && scope ? { $and: [link, scope] } : link;
}
