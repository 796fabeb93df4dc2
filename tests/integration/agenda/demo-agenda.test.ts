import path from 'node:path';
import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { page } from '../helpers/agenda';
import { CMS_DIST } from '../../../scripts/lib/cms';

let app: TestApp;
let agenda: DataProvider;
beforeAll(async () => {
  app = await startApp({ agenda: true });
  agenda = await app.client('agenda');
});
afterAll(() => app.stop());

describe('the demo agenda', () => {
  it('has weeks of past and future activities, public and private, and one conflict to resolve', async () => {
    const { data } = await agenda.getList('activities', { ...page, filter: {} });
    const now = Date.now();
    expect(data.filter((a) => Date.parse(a.start) < now - 7 * 86_400_000).length).toBeGreaterThan(3);
    expect(data.filter((a) => Date.parse(a.start) > now + 7 * 86_400_000).length).toBeGreaterThan(3);
    expect(new Set(data.map((a) => a.visibility))).toEqual(new Set(['public', 'private']));
    expect(data.filter((a) => a.conflicts.length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it('has requests in every state, one of them overdue', async () => {
    const { data } = await agenda.getList('requests', { ...page, filter: {} });
    expect(new Set(data.map((r) => r.status))).toEqual(new Set(['received', 'in_review', 'accepted', 'declined', 'delegated', 'closed']));
    expect(data.some((r) => r.overdue)).toBe(true);
  });

  it('has tasks in every traffic-light state, with follow-ups, and some for the staff demo user', async () => {
    const { data } = await agenda.getList('tasks', { ...page, filter: {} });
    expect(new Set(data.map((t) => t.light))).toEqual(new Set(['on_time', 'due_soon', 'overdue', 'done', 'cancelled']));
    expect((await agenda.getList('task-updates', { ...page, filter: {} })).total).toBeGreaterThan(5);
    const staff = await app.client('staff');
    expect((await staff.getList('tasks', { ...page, filter: {} })).total).toBeGreaterThanOrEqual(4);
  });

  it("keeps its private meetings out of the goal manager's tasks and the admin's change log", async () => {
    const privateIds = (await agenda.getList('activities', { ...page, filter: { visibility: 'private' } })).data.map((a) => a.id);
    const fromPrivate = (await agenda.getList('tasks', { ...page, filter: { activity: privateIds } })).data;
    const manager = await app.client('goal-manager');
    const own = (await manager.getList('tasks', { ...page, filter: {} })).data;
    // The demo goal manager has a commitment from a private review meeting: it shows no origin.
    expect(own.filter((t) => fromPrivate.some((p) => p.id === t.id)).length).toBeGreaterThan(0);
    expect(own.map((t) => t.activity).filter((id) => privateIds.includes(id))).toEqual([]);
    const jwt = await app.login('admin');
    const adminLog = await app.http.get(`/api/backoffice/audit-logs?range=[0,499]&filter=${encodeURIComponent('{"resource":"activities"}')}`).set('Authorization', `Bearer ${jwt}`);
    expect(adminLog.body.length).toBeGreaterThan(0);
    expect(adminLog.body.filter((e: { recordId: string }) => privateIds.includes(e.recordId))).toEqual([]);
    const mayorLog = await app.http.get(`/api/backoffice/audit-logs?range=[0,499]&filter=${encodeURIComponent('{"resource":"activities"}')}`).set('Authorization', `Bearer ${await app.login('mayor')}`);
    expect(mayorLog.body.filter((e: { recordId: string }) => privateIds.includes(e.recordId)).length).toBeGreaterThan(0);
  });

  it('is an upsert: seeding again the same day adds nothing', async () => {
    const uids = ['api::activity.activity', 'api::request.request', 'api::task.task', 'api::task-update.task-update', 'api::audit-log.audit-log'];
    const counts = () => Promise.all(uids.map((u) => app.strapi.db.query(u as never).count()));
    const before = await counts();
     
    const { seedDemo } = require(path.join(CMS_DIST, 'src/seed/demo'));
    await seedDemo(app.strapi, { password: 'demo-test-password', log: () => undefined, goals: false });
    expect(await counts()).toEqual(before);
  });
});
