import type { Core } from '@strapi/strapi';
import { withSessionRevocation, type JwtService } from '../../sessions/revocation';

type Plugin = {
  contentTypes: { user: { schema: { attributes: Record<string, unknown> } } };
  services: Record<string, unknown> & { jwt: (deps: { strapi: Core.Strapi }) => JwtService };
};

/**
 * users-permissions with sessions that can end: the account remembers when its sessions were
 * last ended, and the JWT service refuses every token from before (see sessions/revocation.ts).
 */
export default (plugin: Plugin) => {
  plugin.contentTypes.user.schema.attributes.sessionsValidAfter = { type: 'datetime', private: true, configurable: false };
  const jwt = plugin.services.jwt;
  plugin.services.jwt = ({ strapi }) => withSessionRevocation(strapi, jwt({ strapi }));
  return plugin;
};
