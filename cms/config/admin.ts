import { getEnv } from '@sigobito/config';

export default () => {
  const env = getEnv();
  return {
    // Strapi's own admin is not part of SIGOBito: never served, and its API answers 404
    // (src/middlewares/edge.ts). The staff use the back office.
    serveAdminPanel: false,
    auth: { secret: env.ADMIN_JWT_SECRET },
    apiToken: { salt: env.API_TOKEN_SALT },
    transfer: { token: { salt: env.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: env.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
  };
};
