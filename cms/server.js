'use strict';
// Starts the compiled CMS (cms/dist). `npm start` compiles first; Strapi's admin panel is
// never built nor served (cms/config/admin.ts).
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const fs = require('node:fs');
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { getEnv, repoRoot } = require('@sigobito/config');

// The folders the CMS writes to, so that any way of starting it (npm start, a systemd unit)
// works on a fresh install. A bad configuration is reported by Strapi's start below.
let env;
try {
  env = getEnv();
} catch {
  env = undefined;
}
if (env) {
  if (env.DATABASE_CLIENT === 'sqlite') fs.mkdirSync(path.dirname(path.resolve(repoRoot, env.DATABASE_FILENAME)), { recursive: true });
  fs.mkdirSync(path.resolve(repoRoot, env.CMS_PUBLIC_DIR, 'uploads'), { recursive: true });
}

createStrapi({ appDir: __dirname, distDir: path.join(__dirname, 'dist'), autoReload: false })
  .start()
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
