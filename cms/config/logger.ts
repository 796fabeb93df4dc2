import { winston, formats } from '@strapi/logger';
import { getEnv } from '@sigobito/config';

export default () => {
  const level = getEnv().LOG_LEVEL;
  return {
    level,
    transports: [new winston.transports.Console({ level, format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss' }) })],
  };
};
