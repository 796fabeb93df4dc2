import { corsOrigins, getEnv } from '@sigobito/config';
import { refuseUnreadableBody } from '../src/http/unreadable-body';

export default () => [
  // Off unless SIGOBITO_SQL_COUNT=true (the benchmark): the SQL statements of each request in a header.
  'global::sql-count',
  'strapi::logger',
  'strapi::errors',
  // Graceful overload: a bounded number of requests at once, a short queue, then a fast 503 with
  // Retry-After; work for clients that have gone is dropped. Before everything that costs.
  'global::overload',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        // Strings, not lists: Strapi fills missing list items from its own defaults (which
        // add https: and Strapi's market), so a shorter list would not replace them.
        directives: {
          // The back office calls, and loads from, only its own origin.
          'connect-src': "'self'",
          'img-src': "'self' data: blob:",
          'media-src': "'self' data: blob:",
          'style-src': "'self' 'unsafe-inline'",
          'font-src': "'self' data:",
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  // Only SIGOBito's own routes go further (Strapi's admin API answers 404), and the public
  // site's signed visitor address becomes the request's address (rate limits).
  'global::edge',
  // Failed password checks counted per address across every login path.
  'global::login-brake',
  {
    name: 'strapi::cors',
    config: {
      // Only the configured origins (CMS_URL, PUBLIC_SITE_URL, CORS_ORIGINS), never `null`.
      origin: corsOrigins(getEnv()),
      // Never with credentials: the back office is same-origin, the public site reads the API
      // from its server, so no other origin may read an answer made with the session cookie.
      credentials: false,
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Range'],
      expose: ['Content-Range'],
    },
  },
  'strapi::query',
  // Evidence files up to 20 MB (the back office checks type and size again); an unreadable body is a 400.
  { name: 'strapi::body', config: { jsonLimit: '5mb', formidable: { maxFileSize: 20 * 1024 * 1024 }, onError: refuseUnreadableBody } },
  'global::request-input',
  'strapi::session',
  // Required by Strapi; never reached: global::edge answers /favicon.ico with a plain 404
  // (there is no favicon.png, and Strapi's answered 500).
  'strapi::favicon',
  'global::backoffice-static',
  // Uploaded files only at the signed addresses the back-office API hands out.
  'global::signed-uploads',
  'strapi::public',
];
