import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getEnv, repoRoot, type Env } from '@sigobito/config';
import { dbTarget, describeTarget, dumpDatabase, dumpFileName } from './database';
import { backupFolderName, FORMAT, MANIFEST, parseBackupFolderName, sha256File, UPLOADS, type FileEntry, type Manifest } from './manifest';
import { bytes, seconds, sum, type Log } from './progress';
import { backupsToKeep, DEFAULT_RETENTION, type RetentionPolicy } from './retention';
import { uploadStore } from './upload-store';

export type BackupOptions = {
  env?: Env;
  /** The backup's time (its folder name); default now. */
  now?: Date;
  log?: Log;
  /** Which older backups to keep afterwards; false keeps them all. */
  retention?: RetentionPolicy | false;
};
export type BackupResult = { folder: string; manifest: Manifest; removed: string[] };

export const backupRoot = (env: Env) => path.resolve(repoRoot, env.BACKUP_DIR);

/** The commit the code runs from, when it is a git checkout. */
export function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  } catch {
    return null;
  }
}

/**
 * `npm run backup`: the database first (a consistent snapshot), then the uploaded files, then
 * manifest.json; written under a temporary name and renamed when complete, so a folder with the
 * backup's name is always a whole backup. Then the retention policy prunes older backups.
 */
export async function createBackup(opts: BackupOptions = {}): Promise<BackupResult> {
  const env = opts.env ?? getEnv();
  const log = opts.log ?? ((line: string) => console.log(line));
  const now = opts.now ?? new Date();
  const t0 = Date.now();
  const root = backupRoot(env);
  const name = backupFolderName(now);
  const folder = path.join(root, name);
  const partial = path.join(root, `.${name}.partial`);
  if (fs.existsSync(folder)) throw new Error(`Ya existe un respaldo ${folder}`);
  fs.mkdirSync(root, { recursive: true, mode: 0o700 });
  fs.rmSync(partial, { recursive: true, force: true });
  // Password hashes and personal data: readable by the backup's owner only.
  fs.mkdirSync(partial, { mode: 0o700 });
  log(`Respaldo de SIGOBito en ${folder}`);
  try {
    const target = dbTarget(env);
    let t = Date.now();
    const dumpName = dumpFileName(target);
    const { tables, binlog } = await dumpDatabase(target, path.join(partial, dumpName));
    const dump: FileEntry = { path: dumpName, size: fs.statSync(path.join(partial, dumpName)).size, sha256: await sha256File(path.join(partial, dumpName)) };
    log(
      `  Base de datos (${describeTarget(target)}): ${Object.keys(tables).length} tablas, ${sum(Object.values(tables))} filas → ${dump.path}, ${bytes(dump.size)} en ${seconds(t)}` +
        (binlog ? `; registro binario ${binlog.file} posición ${binlog.position}` : ''),
    );

    t = Date.now();
    // On disk or in the S3 bucket: either way the backup holds the files themselves.
    const source = uploadStore(env);
    const files: FileEntry[] = [];
    for (const rel of await source.list()) {
      const copied = await source.copyOut(rel, path.join(partial, UPLOADS, rel));
      files.push({ path: `${UPLOADS}/${rel}`, ...copied });
    }
    const uploadBytes = sum(files.map((f) => f.size));
    log(`  Archivos subidos (${source.where}): ${files.length} archivos, ${bytes(uploadBytes)} en ${seconds(t)}`);

    const manifest: Manifest = {
      format: FORMAT,
      createdAt: now.toISOString(),
      commit: gitCommit(),
      database: { client: target.client, file: dumpName, tables, ...(binlog ? { binlog } : {}) },
      uploads: { files: files.length, bytes: uploadBytes },
      files: [dump, ...files],
    };
    fs.writeFileSync(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    fs.renameSync(partial, folder);
    log(`  Manifiesto: ${manifest.files.length} archivos con su sha256, commit ${manifest.commit?.slice(0, 12) ?? 'desconocido'}`);

    const removed = opts.retention === false ? [] : prune(root, now, opts.retention ?? DEFAULT_RETENTION, log);
    log(`Respaldo completo en ${seconds(t0)}: ${bytes(dump.size + uploadBytes)}`);
    return { folder, manifest, removed };
  } catch (e) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw e;
  }
}

/** Deletes the backups the policy does not keep; only whole backups (with a manifest) count. */
function prune(root: string, now: Date, policy: RetentionPolicy, log: Log): string[] {
  const backups = fs
    .readdirSync(root)
    .map((name) => ({ name, date: parseBackupFolderName(name) }))
    .filter((b): b is { name: string; date: Date } => !!b.date && fs.existsSync(path.join(root, b.name, MANIFEST)));
  const keep = backupsToKeep(backups, now, policy);
  const removed = backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) fs.rmSync(path.join(root, name), { recursive: true, force: true });
  log(
    `  Retención (${policy.daily} diarios, ${policy.weekly} semanales, ${policy.monthly} mensuales): se conservan ${keep.size}` +
      (removed.length ? `, se borraron ${removed.length}: ${removed.join(', ')}` : ', no se borró ninguno'),
  );
  return removed;
}
