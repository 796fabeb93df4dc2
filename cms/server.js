'use strict';
// Starts the compiled CMS (cms/dist). `npm start` compiles first; Strapi's admin panel is
// never built nor served (cms/config/admin.ts).
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

createStrapi({ appDir: __dirname, distDir: path.join(__dirname, 'dist'), autoReload: false })
  .start()
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
