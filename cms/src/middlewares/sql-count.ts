import type { Core } from '@strapi/strapi';
import { sqlCountEnabled, sqlCounter } from '../http/sql-count';

/** First middleware: `X-Sql-Statements` on every answer, only with SIGOBITO_SQL_COUNT=true (src/http/sql-count.ts). */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => sqlCounter(strapi.db?.connection as never, sqlCountEnabled());
