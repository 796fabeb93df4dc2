import type { Core } from '@strapi/strapi';
import { isRole, type Role } from '@sigobito/config';
import { upsertCatalog, type Importable, type ImportRow } from './catalog-import';
import { updateSettings } from './settings';
import { findRoleId } from '../../roles/sync';
import { bar, readSeed, type Log } from '../../seed/lookups';
import type { SeedContext } from '../../backoffice/types';

type MemberSeed = { username: string; email: string; role: string; fullName: string; area?: string; position?: string; phone?: string };

async function seedCatalog(strapi: Core.Strapi, dir: string, resource: Importable, label: string, log: Log) {
  const rows = readSeed<ImportRow[]>(dir, `${resource}.json`);
  let lastShown = 0;
  const report = await upsertCatalog(strapi, resource, rows, {
    dryRun: false,
    firstLine: 1,
    onProgress: (done, total) => {
      if (done === total || done - lastShown >= 10) {
        lastShown = done;
        log(`  ${label.padEnd(10)} ${bar(done, total)}`);
      }
    },
  });
  if (report.errors.length) {
    throw new Error(`Seed ${resource}.json has errors:\n${report.errors.map((e) => `  item ${e.line}: ${e.field}: ${e.message}`).join('\n')}`);
  }
  return report;
}

async function seedMembers(strapi: Core.Strapi, dir: string, password: string, log: Log) {
  const seeds = readSeed<MemberSeed[]>(dir, 'members.json');
  const userService = strapi.plugin('users-permissions').service('user');
  const codeToId = async (uid: string, code?: string) =>
    code ? (((await strapi.db.query(uid as never).findOne({ where: { code }, select: ['documentId'] })) as { documentId: string } | null)?.documentId ?? null) : null;
  let done = 0;
  for (const s of seeds) {
    if (!isRole(s.role)) throw new Error(`members.json: ${s.username} has unknown role ${s.role}`);
    const roleId = await findRoleId(strapi, s.role as Role);
    let user = (await strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: s.username } })) as { id: number; password?: string } | null;
    const account = { email: s.email.toLowerCase(), role: roleId, password, confirmed: true, blocked: false, provider: 'local' };
    // The same password again is no change: re-hashing it would log one and end the user's sessions.
    const samePassword = !!user?.password && (await userService.validatePassword(password, user.password));
    const { password: _unchanged, ...withoutPassword } = account;
    user = user ? await userService.edit(user.id, samePassword ? withoutPassword : account) : await userService.add({ username: s.username, ...account });
    const profile = {
      fullName: s.fullName,
      phone: s.phone ?? null,
      area: await codeToId('api::area.area', s.area),
      position: await codeToId('api::position.position', s.position),
      active: true,
    };
    const member = (await strapi.db.query('api::member.member').findOne({ where: { user: user!.id }, select: ['documentId'] })) as { documentId: string } | null;
    if (member) await strapi.documents('api::member.member').update({ documentId: member.documentId, data: profile as never });
    else await strapi.documents('api::member.member').create({ data: { ...profile, user: user!.id } as never });
    log(`  miembros   ${bar(++done, seeds.length)}`);
  }
  return seeds;
}

/** The municipality's settings, its catalogs and its members (every login of the demo). */
export async function seedStructure(strapi: Core.Strapi, { dir, log, password }: SeedContext) {
  await updateSettings(strapi, readSeed<Record<string, unknown>>(dir, 'setting.json'));
  log('  configuración ok');
  await seedCatalog(strapi, dir, 'themes', 'temas', log);
  await seedCatalog(strapi, dir, 'places', 'lugares', log);
  await seedCatalog(strapi, dir, 'areas', 'áreas', log);
  await seedCatalog(strapi, dir, 'positions', 'cargos', log);
  await seedCatalog(strapi, dir, 'actors', 'actores', log);
  const users = await seedMembers(strapi, dir, password, log);
  return { users: users.map((u) => ({ username: u.username, email: u.email, role: u.role })) };
}
