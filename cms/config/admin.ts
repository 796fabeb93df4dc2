import { getEnv } from '@sigobito/config';

export default () => {
  const env = getEnv();
  return {
    // Strapi's own admin panel is a developer tool here; the staff use the back office.
    serveAdminPanel: env.SERVE_ADMIN_PANEL,
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
  };
};
