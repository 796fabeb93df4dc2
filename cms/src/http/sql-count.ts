import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * An opt-in count of the SQL statements each request runs, for `npm run bench` (issue 13):
 * with SIGOBITO_SQL_COUNT=true every answer carries `X-Sql-Statements`. Off by default: then
 * nothing listens to the database and no header is added.
 */
export const SQL_COUNT_HEADER = 'X-Sql-Statements';

export const sqlCountEnabled = (env: NodeJS.ProcessEnv = process.env) => env.SIGOBITO_SQL_COUNT === 'true';

type Emitter = { on: (event: 'query', listener: () => void) => unknown };
type Ctx = { set: (name: string, value: string) => void };

/** The middleware: counts the knex `query` events fired while this request's work runs. */
export function sqlCounter(knex: Emitter | undefined, enabled: boolean) {
  if (!enabled || !knex) return (_ctx: Ctx, next: () => Promise<void>) => next();
  const current = new AsyncLocalStorage<{ n: number }>();
  knex.on('query', () => {
    const box = current.getStore();
    if (box) box.n++;
  });
  return (ctx: Ctx, next: () => Promise<void>) => {
    const box = { n: 0 };
    return current.run(box, async () => {
      try {
        await next();
      } finally {
        ctx.set(SQL_COUNT_HEADER, String(box.n));
      }
    });
  };
}
