import knex, { type Knex } from 'knex';
import { ClientGoneError, forClient, forEveryone, refuseStatementsForGoneClients } from './client-gone';

let db: Knex;

beforeEach(async () => {
  db = knex({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
  refuseStatementsForGoneClients(db);
  await db.schema.createTable('tasks', (t) => t.increments('id'));
});
afterEach(() => db.destroy());

describe('work for a client that has gone', () => {
  it('runs every statement while the client is there', async () => {
    const client = new AbortController();
    const { done, state } = forClient(client.signal, async () => {
      await db('tasks').insert({});
      return db('tasks').count({ n: '*' });
    });
    await expect(done).resolves.toEqual([{ n: 1 }]);
    expect(state.refused).toBe(0);
  });

  it('refuses the next statement once the client has gone, inside a transaction too (it rolls back)', async () => {
    const client = new AbortController();
    const { done, state } = forClient(client.signal, () =>
      db.transaction(async (trx) => {
        await trx('tasks').insert({});
        client.abort();
        await trx('tasks').insert({});
      }),
    );
    await expect(done).rejects.toBeInstanceOf(ClientGoneError);
    expect(state.refused).toBe(1);
    expect(await db('tasks').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('lets what the request left behind run after it ended, and a load shared with everyone run meanwhile', async () => {
    const client = new AbortController();
    let later: Promise<unknown> = Promise.resolve();
    const { done } = forClient(client.signal, async () => {
      client.abort();
      await forEveryone(() => db('tasks').insert({}));
      later = new Promise((resolve) => setImmediate(resolve)).then(() => db('tasks').insert({}));
    });
    await done;
    await later;
    expect(await db('tasks').count({ n: '*' })).toEqual([{ n: 2 }]);
  });

  it('leaves statements outside any request alone', async () => {
    await db('tasks').insert({});
    expect(await db('tasks').count({ n: '*' })).toEqual([{ n: 1 }]);
  });
});
