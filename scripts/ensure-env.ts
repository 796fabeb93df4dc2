/* Writes local secrets into .env on the first run (never in production). */
import { ensureSecrets } from './lib/env-file';

const generated = ensureSecrets();
if (generated.length) console.log(`Secretos locales generados en .env: ${generated.join(', ')}`);
