import { defineModule } from '../../backoffice/registry';
import type { ActionContext } from '../../backoffice/types';
import { BadRequest, notFound } from '../../backoffice/errors';
import { assertAllowed } from '../../backoffice/engine';
import { resourceByName } from '../../backoffice/registry';
import { actors, areas, places, positions, themes } from './resources';
import { assertMayManageAccount, members, memberSeenBy } from './members';
import { settings } from './settings';
import { deactivateMember, reactivateMember } from './deactivate';
import { errorsInLines, importCatalog, IMPORTABLE, type Importable } from './catalog-import';
import { readMyNotifications, updateMyNotifications } from './my-notifications';
import { seedStructure } from './seed';
import { readImplementationGuide } from './implementation-guide';
import { STORY_SUBJECTS } from '@sigobito/config/contracts';
import { story } from '../../backoffice/story';

/** Estructura: the municipality's catalogs, its members (their accounts, handover and switches) and its settings. */
export const structure = defineModule({
  name: 'structure',
  resources: [actors, themes, places, areas, positions, members, settings],
  actions: [
    {
      method: 'POST',
      path: '/members/:id/deactivate',
      permission: { resource: 'members', action: 'update' },
      handler: async ({ strapi, user, params, body }) => {
        // Another administrator does it: nobody locks themselves (maybe the last administrator) out.
        if (user.member?.documentId === params.id) {
          throw new BadRequest([{ path: 'member', code: 'self', message: 'No puede desactivar su propia cuenta; pídalo a otro administrador' }]);
        }
        await assertMayManageAccount(user, params.id);
        const result = await deactivateMember(strapi, params.id, ((body ?? {}) as { handoverTo?: unknown }).handoverTo);
        return { ...result, member: memberSeenBy(user, result.member) };
      },
    },
    {
      method: 'POST',
      path: '/members/:id/reactivate',
      permission: { resource: 'members', action: 'update' },
      handler: async ({ strapi, user, params }) => {
        await assertMayManageAccount(user, params.id);
        const result = await reactivateMember(strapi, params.id);
        return { ...result, member: memberSeenBy(user, result.member) };
      },
    },
    /**
     * The implementation guide: the method's stages against the real state. For who sets the
     * municipality up: those who manage the network's members (administrator and mayor).
     */
    /** The story (360° view) of an actor, a theme or a place: what every module links to it, as the caller may read it. */
    ...[...STORY_SUBJECTS].map((subject) => ({
      method: 'GET' as const,
      path: `/${subject}/:id/story`,
      permission: { resource: subject, action: 'read' as const },
      handler: ({ strapi, user, params, query }: ActionContext) => story(strapi, user, subject, params.id, query),
    })),
    { method: 'GET', path: '/implementation-guide', permission: { resource: 'members', action: 'update' }, handler: ({ strapi, user }) => readImplementationGuide(strapi, user) },
    /** Every member, whatever the role, turns their own e-mails on and off. */
    { method: 'GET', path: '/me/notifications', permission: 'signed-in', handler: ({ strapi, user }) => readMyNotifications(strapi, user.member) },
    { method: 'PUT', path: '/me/notifications', permission: 'signed-in', handler: ({ strapi, user, body }) => updateMyNotifications(strapi, user.member, body) },
    {
      method: 'POST',
      path: '/imports/:resource',
      // The resource is in the path: a catalog that is not importable does not exist here (404), then the matrix.
      permission: 'signed-in',
      handler: async ({ strapi, user, params, body, setStatus }) => {
        const name = params.resource;
        if (!(IMPORTABLE as readonly string[]).includes(name)) throw notFound();
        const def = resourceByName(name)!;
        assertAllowed(user, def, 'create');
        assertAllowed(user, def, 'update');
        const input = (body ?? {}) as { csv?: unknown; dryRun?: unknown };
        if (typeof input.csv !== 'string' || !input.csv.trim()) throw new BadRequest([{ path: 'csv', code: 'required', params: { variant: 'csv' }, message: 'Adjunte un archivo CSV con contenido' }]);
        const report = await importCatalog(strapi, name as Importable, input.csv, input.dryRun !== false);
        if (input.dryRun === false && report.errors.length) {
          setStatus(400);
          return { message: `El archivo tiene ${errorsInLines(report.errors)}: no se importó nada`, errors: {}, report };
        }
        return report;
      },
    },
  ],
  seed: seedStructure,
});
