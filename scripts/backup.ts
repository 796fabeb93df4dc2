/* `npm run backup`: a consistent copy of the database and of the uploaded files, with a
   manifest (row counts, sha256 of every file), into a dated folder under BACKUP_DIR; then
   keeps 7 daily, 4 weekly and 12 monthly backups. Safe while the CMS runs. Exits non-zero
   with a message on any failure (for cron or a systemd timer to notice). */
import { EnvError } from '@sigobito/config';
import { createBackup } from './lib/backup';

createBackup().catch((e: unknown) => {
  console.error(`Respaldo fallido: ${e instanceof EnvError ? e.message : e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
