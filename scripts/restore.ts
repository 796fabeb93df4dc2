/* `npm run restore -- <backup folder> [--force]`: verifies the backup against its manifest,
   restores the database and the uploaded files into the configured (empty) ones, and checks
   the row counts. Stop the CMS first. --force replaces a database or folder that has data. */
import { EnvError } from '@sigobito/config';
import { restoreBackup } from './lib/restore';

const args = process.argv.slice(2);
const force = args.includes('--force');
const folders = args.filter((a) => a !== '--force');
const unknown = folders.filter((a) => a.startsWith('-'));

if (folders.length !== 1 || unknown.length) {
  console.error(
    `${unknown.length ? `Opción desconocida: ${unknown.join(' ')}\n` : ''}Uso: npm run restore -- <carpeta del respaldo> [--force]\n` +
      '  Ejemplo: npm run restore -- backups/sigobito-2026-03-01T02-00-00Z',
  );
  process.exit(2);
}

restoreBackup(folders[0], { force }).catch((e: unknown) => {
  console.error(`Restauración fallida: ${e instanceof EnvError ? e.message : e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
