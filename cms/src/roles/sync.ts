import type { Core } from '@strapi/strapi';
import { CONTENT_API_MATRIX, ROLE_LABELS, type Role } from '@sigobito/config';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

type RoleRow = { id: number; type: string; name: string };
export type SyncReport = { rolesCreated: string[]; permissionsAdded: number; permissionsRemoved: number };

/**
 * Makes the users-permissions roles and their content-API permissions exactly what the
 * matrix in config/ says. Runs at every boot; a second run changes nothing.
 */
export async function syncRoles(strapi: Core.Strapi): Promise<SyncReport> {
  const report: SyncReport = { rolesCreated: [], permissionsAdded: 0, permissionsRemoved: 0 };
  for (const [type, actions] of Object.entries(CONTENT_API_MATRIX)) {
    let role = (await strapi.db.query(ROLE_UID).findOne({ where: { type } })) as RoleRow | null;
    if (!role) {
      const label = ROLE_LABELS[type as Role];
      role = (await strapi.db.query(ROLE_UID).create({
        data: { type, name: label?.es ?? type, description: label?.en ?? type },
      })) as RoleRow;
      report.rolesCreated.push(type);
    }
    const current = (await strapi.db.query(PERMISSION_UID).findMany({ where: { role: role.id }, select: ['id', 'action'] })) as Array<{ id: number; action: string }>;
    const wanted = new Set(actions);
    const extra = current.filter((p) => !wanted.has(p.action));
    if (extra.length) {
      await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: extra.map((p) => p.id) } } });
      report.permissionsRemoved += extra.length;
    }
    const have = new Set(current.map((p) => p.action));
    for (const action of actions) {
      if (have.has(action)) continue;
      await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
      report.permissionsAdded++;
    }
  }
  // Accounts are created by an administrator, never by self-registration.
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false || advanced.email_confirmation !== false) {
    await store.set({ value: { ...advanced, allow_register: false, email_confirmation: false, default_role: 'authenticated' } });
  }
  return report;
}

export async function findRoleId(strapi: Core.Strapi, type: Role): Promise<number> {
  const role = (await strapi.db.query(ROLE_UID).findOne({ where: { type } })) as RoleRow | null;
  if (!role) throw new Error(`Role ${type} is missing: the role sync did not run`);
  return role.id;
}
