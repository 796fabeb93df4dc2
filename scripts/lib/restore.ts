import fs from 'node:fs';
import path from 'node:path';
import { getEnv, type Env } from '@sigobito/config';
import { gitCommit } from './backup';
import { dbTarget, describeTarget, existingTables, restoreDatabase, tableCounts } from './database';
import { countDifferences, UPLOADS, verifyBackup, type Manifest } from './manifest';
import { bytes, seconds, sum, type Log } from './progress';
import { uploadStore } from './upload-store';

export type RestoreOptions = {
  env?: Env;
  log?: Log;
  /** Replace a database or an uploads folder that already has data. */
  force?: boolean;
  /** Refuse while a CMS answers on this machine's HOST:PORT (default true). */
  checkCmsStopped?: boolean;
};
export type RestoreResult = { manifest: Manifest; tables: number; rows: number; files: number };

export class RestoreError extends Error {}

/** Whether a CMS answers /_health at the configured address (a restore under it would be lost). */
async function cmsAnswers(env: Env): Promise<string | null> {
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? '127.0.0.1' : env.HOST;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT}/_health`;
  try {
    await fetch(url, { signal: AbortSignal.timeout(1500) });
    return url;
  } catch {
    return null;
  }
}

/**
 * `npm run restore -- <backup>`: checks every file of the backup against its manifest, refuses
 * a database or uploads folder that already holds data (unless `force`), puts the database and
 * the files in place, and checks the restored row counts against the manifest.
 * The CMS must be stopped: SQLite's file is replaced under it, and a running CMS would write
 * into a MariaDB database while it is being loaded.
 */
export async function restoreBackup(folderArg: string, opts: RestoreOptions = {}): Promise<RestoreResult> {
  const env = opts.env ?? getEnv();
  const log = opts.log ?? ((line: string) => console.log(line));
  const t0 = Date.now();
  const folder = path.resolve(folderArg);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new RestoreError(`No existe la carpeta de respaldo ${folder}`);
  log(`Restauración desde ${folder}`);

  let t = Date.now();
  const manifest = await verifyBackup(folder).catch((e: Error) => {
    throw new RestoreError(e.message);
  });
  const totalBytes = sum(manifest.files.map((f) => f.size));
  log(
    `  Manifiesto verificado: respaldo del ${manifest.createdAt} (${manifest.database.client}, commit ${manifest.commit?.slice(0, 12) ?? 'desconocido'}), ` +
      `${manifest.files.length} archivos, ${bytes(totalBytes)}, sha256 correctos en ${seconds(t)}`,
  );

  const commit = gitCommit();
  if (manifest.commit && commit && manifest.commit !== commit) {
    log(`  Aviso: el respaldo se hizo con el commit ${manifest.commit.slice(0, 12)} y este código es ${commit.slice(0, 12)}; el CMS adaptará el esquema al arrancar`);
  }

  const target = dbTarget(env);
  if (target.client !== manifest.database.client) {
    throw new RestoreError(`El respaldo es de ${manifest.database.client} y la configuración (DATABASE_CLIENT) usa ${target.client}: restaure con el mismo motor`);
  }
  if (opts.checkCmsStopped !== false) {
    const url = await cmsAnswers(env);
    if (url) throw new RestoreError(`El CMS responde en ${url}: deténgalo antes de restaurar (por ejemplo, systemctl stop sigobito-cms)`);
  }
  const uploads = uploadStore(env);
  const tables = await existingTables(target);
  const present = await uploads.list();
  const busy = [
    ...(tables.length ? [`la base de datos ${describeTarget(target)} tiene ${tables.length} tablas`] : []),
    ...(present.length ? [`${uploads.where} tiene ${present.length} archivos`] : []),
  ];
  if (busy.length && !opts.force) {
    throw new RestoreError(`El destino no está vacío: ${busy.join('; ')}. No se cambió nada. Para reemplazarlo, repita con --force.`);
  }
  if (busy.length) log(`  --force: se reemplaza lo que había (${busy.join('; ')})`);

  t = Date.now();
  await restoreDatabase(target, path.join(folder, manifest.database.file));
  log(`  Base de datos restaurada en ${describeTarget(target)} en ${seconds(t)}`);

  t = Date.now();
  for (const rel of present) await uploads.remove(rel);
  const files = manifest.files.filter((f) => f.path.startsWith(`${UPLOADS}/`));
  for (const f of files) await uploads.put(f.path.slice(UPLOADS.length + 1), path.join(folder, f.path));
  log(`  Archivos restaurados en ${uploads.where}: ${files.length}, ${bytes(sum(files.map((f) => f.size)))} en ${seconds(t)}`);

  t = Date.now();
  const found = await tableCounts(target);
  const differences = countDifferences(manifest.database.tables, found);
  if (differences.length) {
    throw new RestoreError(`Las filas restauradas no coinciden con el manifiesto (${differences.length} tablas):\n  ${differences.slice(0, 20).join('\n  ')}`);
  }
  const rows = sum(Object.values(found));
  log(`  Filas verificadas: ${Object.keys(found).length} tablas, ${rows} filas, iguales al manifiesto (${seconds(t)})`);
  log(`Restauración completa en ${seconds(t0)}. Arranque el CMS con la misma configuración (.env) que tenía al respaldar.`);
  return { manifest, tables: Object.keys(found).length, rows, files: files.length };
}
