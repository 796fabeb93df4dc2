import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { repoRoot } from '@sigobito/config';
import { MODULES } from '../modules';
import type { Log } from './lookups';

export const SEEDS_DIR = path.join(repoRoot, 'database', 'seeds');

/**
 * The demo municipality, from the reviewable JSON in database/seeds: every module's seed, in
 * module order (structure first: the others point to its members and catalogs). Every step is an
 * upsert by natural key (code, username), so running it again changes nothing. A module named
 * with `false` (`{ goals: false }`) is left out.
 */
export async function seedDemo(strapi: Core.Strapi, opts: { password: string; log?: Log; agenda?: boolean; goals?: boolean }) {
  const log = opts.log ?? ((m: string) => strapi.log.info(m));
  const started = Date.now();
  log('Sembrando el municipio de demostración…');
  let result: Record<string, unknown> = {};
  for (const module of MODULES) {
    if ((opts as Record<string, unknown>)[module.name] === false || !module.seed) continue;
    result = { ...result, ...((await module.seed(strapi, { password: opts.password, log, dir: SEEDS_DIR })) ?? {}) };
  }
  log(`Municipio de demostración listo en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return result as { users: Array<{ username: string; email: string; role: string }> };
}

export async function isEmpty(strapi: Core.Strapi): Promise<boolean> {
  return (await strapi.db.query('api::setting.setting').count()) === 0;
}
