'use strict';
// `npm run seed`: compiles the CMS, boots it without listening and upserts the demo
// municipality from database/seeds/*.json (safe to run again). Plain JS on purpose: Strapi
// is loaded by Node itself, not through a TypeScript loader.
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
// A script is not a CMS process: the scheduled jobs run in the CMS, never here while it runs.
process.env.CRON_ENABLED = 'false';
const path = require('node:path');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..');

async function main() {
  const { getEnv, EnvError } = require('@sigobito/config');
  let env;
  try {
    env = getEnv();
  } catch (e) {
    console.error(e instanceof EnvError ? e.message : e);
    process.exit(1);
  }
  await compileStrapi({ appDir });
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  try {
    const { seedDemo } = require(path.join(appDir, 'dist/src/seed/demo'));
    await seedDemo(strapi, { password: env.DEMO_PASSWORD, log: (m) => console.log(m) });
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
