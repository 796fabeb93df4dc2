import { refuseUnreadableBody } from '../src/http/unreadable-body';

export default [
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept', 'Range'],
      expose: ['Content-Range'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // Evidence files up to 20 MB (the back office checks type and size again); an unreadable body is a 400.
  { name: 'strapi::body', config: { jsonLimit: '5mb', formidable: { maxFileSize: 20 * 1024 * 1024 }, onError: refuseUnreadableBody } },
  'global::request-input',
  'strapi::session',
  'strapi::favicon',
  'global::backoffice-static',
  // Uploaded files only at the signed addresses the back-office API hands out.
  'global::signed-uploads',
  'strapi::public',
];
