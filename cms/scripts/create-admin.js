'use strict';
// `npm run create-admin -- --username ana --email ana@municipio.example --name "Ana Pérez" [--role mayor]`
// Creates the first administrator of an install without demo data, or with `--role mayor` the
// mayor (only a mayor grants the mayor and agenda roles in the back office). The password comes
// from ADMIN_PASSWORD (so it stays out of the shell history) and must have 12+ characters.
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
// A script is not a CMS process: the scheduled jobs run in the CMS, never here while it runs.
process.env.CRON_ENABLED = 'false';
const path = require('node:path');
const { parseArgs } = require('node:util');
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..');

async function main() {
  const { values } = parseArgs({ options: { username: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } } });
  require('@sigobito/config').getEnv();
  await compileStrapi({ appDir });
  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  try {
    const { createAdmin } = require(path.join(appDir, 'dist/src/seed/first-admin'));
    const created = await createAdmin(strapi, { username: values.username, email: values.email, fullName: values.name, password: process.env.ADMIN_PASSWORD ?? '', role: values.role });
    console.log(`${created.role === 'mayor' ? 'Mayor' : 'Administrator'} ${created.username} <${created.email}> created. Log in at /backoffice/.`);
  } finally {
    await strapi.destroy();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
