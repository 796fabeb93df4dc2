import { startApp, type TestApp } from '../helpers/app';
import { page } from '../helpers/agenda';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ goals: true });
});
afterAll(() => app.stop());

describe('the demo goals', () => {
  it('are five priority goals with 6–12 milestones each, in every health state, with reports and ARO', async () => {
    const mayor = await app.client('mayor');
    const goals = (await mayor.getList('goals', { ...page, filter: {} })).data;
    expect(goals).toHaveLength(5);
    expect(new Set(goals.map((g) => g.health))).toEqual(new Set(['on_track', 'at_risk', 'delayed', 'completed']));
    for (const g of goals) {
      const ms = await mayor.getManyReference('milestones', { target: 'goal', id: g.id, ...page, filter: {} });
      expect(ms.total).toBeGreaterThanOrEqual(6);
      expect(ms.total).toBeLessThanOrEqual(12);
      expect(g.healthReasons.length > 0 || g.health === 'on_track').toBe(true);
    }
    expect((await mayor.getList('progress-reports', { ...page, filter: {} })).total).toBeGreaterThanOrEqual(10);
    const aros = (await mayor.getList('aros', { ...page, filter: {} })).data;
    expect(new Set(aros.map((a) => a.kind))).toEqual(new Set(['alert', 'restriction', 'opportunity']));
  });

  it("publish as open data every public goal's milestones, goal by goal, as each goal's page shows them", async () => {
    const goals = (await app.http.get('/api/public/goals')).body.data as Array<{ id: string; code: string }>;
    expect(goals.length).toBeGreaterThan(1);
    const expected = [];
    for (const g of goals) {
      const { milestones } = (await app.http.get(`/api/public/goals/${g.id}`)).body.data;
      expected.push(...milestones.map((m: object) => ({ goalCode: g.code, goalId: g.id, ...m })));
    }
    const json = (await app.http.get('/api/public/open-data/milestones.json')).body.data;
    expect(json).toEqual(expected);
    const csv = (await app.http.get('/api/public/open-data/milestones.csv')).text.trim().split('\n');
    expect(csv).toHaveLength(expected.length + 1);
  });

  it('give the goal-manager demo user goals of their own', async () => {
    const manager = await app.client('goal-manager');
    expect((await manager.getList('goals', { ...page, filter: { mine: true } })).total).toBeGreaterThanOrEqual(2);
  });
});
