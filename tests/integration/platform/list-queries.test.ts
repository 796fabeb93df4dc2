import { statementsDuring } from '../helpers/statements';
import { startApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

/** Counts the SQL statements the database receives while `fn` runs. */
const countQueries = async (fn: () => Promise<unknown>) => (await statementsDuring(app.strapi, fn)).map((s) => s.sql);

describe('a list costs a handful of SQL statements whatever the page size', () => {
  it('actors (two many-to-many relations): the same statements for 5 rows and for 50 rows', async () => {
    const jwt = await app.login('admin');
    const list = (n: number) => app.http.get(`/api/backoffice/actors?range=[0,${n - 1}]&sort=["name","ASC"]`).set('Authorization', `Bearer ${jwt}`);
    await list(5); // warm-up
    const small = await countQueries(() => list(5));
    const large = await countQueries(() => list(50));
    const res = await list(50);
    expect(res.body.length).toBeGreaterThanOrEqual(40);
    expect(large.length).toBeLessThanOrEqual(small.length); // a last page that is not full needs no count
    // auth (user, role, member) + rows + one batch per relation (themes, places) + the
    // Document Service's id lookup + count; the rest are transaction statements around them.
    const selects = large.filter((sql) => /^select/i.test(sql));
    expect(selects.length).toBeLessThanOrEqual(8);
    expect(large.length).toBeLessThanOrEqual(12);
  });

  it('members (account and role through relations) stays constant too', async () => {
    const jwt = await app.login('admin');
    const list = (n: number) => app.http.get(`/api/backoffice/members?range=[0,${n - 1}]`).set('Authorization', `Bearer ${jwt}`);
    await list(2);
    const small = await countQueries(() => list(2));
    const large = await countQueries(() => list(12));
    expect(large.length).toBeLessThanOrEqual(small.length); // a last page that is not full needs no count
  });

  it('goals with their computed health stay constant too (health is batched per page)', async () => {
    const jwt = await app.login('follow-up');
    for (let i = 0; i < 6; i++) {
      await app.http.post('/api/backoffice/goals').set('Authorization', `Bearer ${jwt}`).send({ code: `Q-${i}`, title: `Meta ${i}`, status: 'programmed' });
    }
    const list = (n: number) => app.http.get(`/api/backoffice/goals?range=[0,${n - 1}]`).set('Authorization', `Bearer ${jwt}`);
    await list(2);
    const small = await countQueries(() => list(2));
    const large = await countQueries(() => list(6));
    expect((await list(6)).body.every((g: { health: string }) => typeof g.health === 'string')).toBe(true);
    expect(large.length).toBeLessThanOrEqual(small.length); // a last page that is not full needs no count
  });

  it('indexes the columns lists sort and filter on', async () => {
    const knex = app.strapi.db.connection;
    const names: string[] =
      app.strapi.db.dialect.client === 'sqlite'
        ? (await knex.raw("select name from sqlite_master where type = 'index' and tbl_name = 'actors'")).map((r: { name: string }) => r.name)
        : (await knex.raw('show index from actors'))[0].map((r: { Key_name: string }) => r.Key_name);
    expect(names).toEqual(expect.arrayContaining(['actors_name_idx', 'actors_kind_idx', 'actors_code_idx']));
  });

  it.each([
    ['tasks', ['tasks_title_idx', 'tasks_kind_idx', 'tasks_due_date_idx', 'tasks_priority_idx', 'tasks_status_due_date_idx', 'tasks_progress_idx']],
    ['goals', ['goals_code_idx', 'goals_title_idx', 'goals_status_idx', 'goals_target_date_idx']],
    ['milestones', ['milestones_order_idx', 'milestones_title_idx', 'milestones_due_date_idx', 'milestones_status_idx']],
    ['audit_logs', ['audit_logs_user_name_idx', 'audit_logs_action_idx']],
  ])('indexes the columns the %s list sorts on', async (table, expected) => {
    const knex = app.strapi.db.connection;
    const names: string[] =
      app.strapi.db.dialect.client === 'sqlite'
        ? (await knex.raw(`select name from sqlite_master where type = 'index' and tbl_name = '${table}'`)).map((r: { name: string }) => r.name)
        : (await knex.raw(`show index from ${table}`))[0].map((r: { Key_name: string }) => r.Key_name);
    expect(names).toEqual(expect.arrayContaining(expected));
  });
});
