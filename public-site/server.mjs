// Starts the built public site. The node adapter's standalone server listens on PORT and HOST,
// but in this repository those variables belong to Strapi, so the public site has its own.
import { existsSync } from 'node:fs';

const entry = new URL('./dist/server/entry.mjs', import.meta.url);

const port = process.env.PUBLIC_PORT || '4321';
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`PUBLIC_PORT must be a port number (1-65535), got "${port}".`);
  process.exit(1);
}
if (process.env.CMS_URL && !URL.canParse(process.env.CMS_URL)) {
  console.error(`CMS_URL must be a URL such as http://127.0.0.1:1337, got "${process.env.CMS_URL}".`);
  process.exit(1);
}
if (!existsSync(entry)) {
  console.error('The public site is not built: run `npm run build -w @sigobito/public-site` first.');
  process.exit(1);
}

process.env.PORT = port;
process.env.HOST = process.env.PUBLIC_HOST || '0.0.0.0';

await import(entry.href);
