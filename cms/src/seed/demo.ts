import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { isRole, repoRoot, type Role } from '@sigobito/config';
import { upsertCatalog, type Importable, type ImportRow } from '../modules/structure/catalog-import';
import { updateSettings } from '../modules/structure/settings';
import { findRoleId } from '../roles/sync';
import { seedAgenda } from '../modules/agenda/seed';
import { seedGoals } from '../modules/goals/seed';

export const SEEDS_DIR = path.join(repoRoot, 'database', 'seeds');

type MemberSeed = { username: string; email: string; role: string; fullName: string; area?: string; position?: string; phone?: string };
export type Log = (message: string) => void;

function readSeed<T>(file: string): T {
  const full = path.join(SEEDS_DIR, file);
  try {
    return JSON.parse(fs.readFileSync(full, 'utf8')) as T;
  } catch (e) {
    throw new Error(`Cannot read seed ${full}: ${(e as Error).message}`);
  }
}

const bar = (done: number, total: number) => {
  const width = 20;
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
};

async function seedCatalog(strapi: Core.Strapi, resource: Importable, label: string, log: Log) {
  const rows = readSeed<ImportRow[]>(`${resource}.json`);
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

async function seedMembers(strapi: Core.Strapi, password: string, log: Log) {
  const seeds = readSeed<MemberSeed[]>('members.json');
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

/**
 * The demo municipality, from the reviewable JSON in database/seeds. Every step is an upsert
 * by natural key (code, username), so running it again changes nothing.
 */
export async function seedDemo(strapi: Core.Strapi, opts: { password: string; log?: Log; agenda?: boolean; goals?: boolean }) {
  const log = opts.log ?? ((m: string) => strapi.log.info(m));
  const started = Date.now();
  log('Sembrando el municipio de demostración…');
  await updateSettings(strapi, readSeed<Record<string, unknown>>('setting.json'));
  log('  configuración ok');
  await seedCatalog(strapi, 'themes', 'temas', log);
  await seedCatalog(strapi, 'places', 'lugares', log);
  await seedCatalog(strapi, 'areas', 'áreas', log);
  await seedCatalog(strapi, 'positions', 'cargos', log);
  await seedCatalog(strapi, 'actors', 'actores', log);
  const users = await seedMembers(strapi, opts.password, log);
  if (opts.agenda !== false) await seedAgenda(strapi, log, SEEDS_DIR);
  if (opts.goals !== false) await seedGoals(strapi, log, SEEDS_DIR);
  log(`Municipio de demostración listo en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { users: users.map((u) => ({ username: u.username, email: u.email, role: u.role })) };
}

export async function isEmpty(strapi: Core.Strapi): Promise<boolean> {
  return (await strapi.db.query('api::setting.setting').count()) === 0;
}
