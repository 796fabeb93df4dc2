import { EventEmitter } from 'node:events';
import { SQL_COUNT_HEADER, sqlCountEnabled, sqlCounter } from './sql-count';

const ctx = () => {
  const headers: Record<string, string> = {};
  return { headers, set: (name: string, value: string) => void (headers[name] = value) };
};

describe('the SQL statement counter', () => {
  it('is off by default and only on with SIGOBITO_SQL_COUNT=true', () => {
    expect(sqlCountEnabled({})).toBe(false);
    expect(sqlCountEnabled({ SIGOBITO_SQL_COUNT: '1' })).toBe(false);
    expect(sqlCountEnabled({ SIGOBITO_SQL_COUNT: 'true' })).toBe(true);
  });

  it('when off, listens to nothing and adds no header', async () => {
    const knex = new EventEmitter();
    const c = ctx();
    await sqlCounter(knex, false)(c, async () => void knex.emit('query'));
    expect(knex.listenerCount('query')).toBe(0);
    expect(c.headers).toEqual({});
  });

  it('when on, counts each request’s own statements, even interleaved', async () => {
    const knex = new EventEmitter();
    const middleware = sqlCounter(knex, true);
    const tick = () => new Promise((r) => setImmediate(r));
    const a = ctx();
    const b = ctx();
    await Promise.all([
      middleware(a, async () => {
        for (let i = 0; i < 3; i++) {
          knex.emit('query');
          await tick();
        }
      }),
      middleware(b, async () => {
        await tick();
        knex.emit('query');
      }),
    ]);
    knex.emit('query'); // outside any request: counted nowhere
    expect(a.headers[SQL_COUNT_HEADER]).toBe('3');
    expect(b.headers[SQL_COUNT_HEADER]).toBe('1');
  });
});
