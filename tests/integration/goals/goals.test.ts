import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { memberId, page } from '../helpers/agenda';

let app: TestApp;
let followUp: DataProvider;
let manager: DataProvider;
let mine: Record<string, unknown> & { id: string };
let theirs: Record<string, unknown> & { id: string };
let theirMilestone: { id: string };

const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Panama' }).format(new Date(Date.now() + offset * 86_400_000));

beforeAll(async () => {
  app = await startApp();
  followUp = await app.client('follow-up');
  manager = await app.client('goal-manager');
  const gm = await memberId(followUp, 'goal-manager');
  const other = await memberId(followUp, 'mgonzalez');
  const water = (await followUp.getList('themes', { ...page, filter: { code: 'T-AGUA' } })).data[0].id;
  const district = (await followUp.getList('places', { ...page, filter: { code: 'D-SANISIDRO' } })).data[0].id;
  mine = (await followUp.create('goals', {
    data: { code: 'M-01', title: 'Agua potable 24 horas', manager: gm, status: 'in_execution', isPublic: true, themes: [water], places: [district], internalNotes: 'negociación reservada con el contratista', indicatorTarget: 100 },
  })).data as typeof mine;
  theirs = (await followUp.create('goals', { data: { code: 'M-02', title: 'Mercado remodelado', manager: other, status: 'in_execution', isPublic: false } })).data as typeof theirs;
  theirMilestone = (await followUp.create('milestones', { data: { goal: theirs.id, order: 1, title: 'Diseño aprobado', dueDate: day(30), weight: 50 } })).data as { id: string };
});
afterAll(() => app.stop());

describe('goal health on every answer, with its reasons', () => {
  it('flags a goal with no milestones, then follows its milestones', async () => {
    expect((await manager.getOne('goals', { id: mine.id })).data).toMatchObject({ health: 'at_risk', healthReasons: ['La meta no tiene hitos programados'] });
    const m1 = (await manager.create('milestones', { data: { goal: mine.id, order: 1, title: 'Estudio de la red', dueDate: day(-12), weight: 20, critical: true } })).data;
    await manager.create('milestones', { data: { goal: mine.id, order: 2, title: 'Licitación', dueDate: day(60), weight: 80 } });
    expect(m1).toMatchObject({ late: true, daysLate: 12 });
    const g = (await manager.getOne('goals', { id: mine.id })).data;
    expect(g).toMatchObject({ health: 'delayed', plannedPercent: 20, actualPercent: 0 });
    expect(g.healthReasons).toEqual(['Hito 1 vencido hace 12 días (crítico): Estudio de la red']);
    // The same reason coded, for the back office to say it in the user's language.
    expect(g.healthReasonDetails).toEqual([
      { code: 'milestone_late', params: { order: 1, days: 12, critical: true, title: 'Estudio de la red' }, text: 'Hito 1 vencido hace 12 días (crítico): Estudio de la red' },
    ]);
    await manager.update('milestones', { id: m1.id, data: { status: 'done' }, previousData: m1 });
    // Done (late, but done): on plan, and nothing due in the next 14 days.
    expect((await manager.getOne('goals', { id: mine.id })).data).toMatchObject({ health: 'on_track', plannedPercent: 20, actualPercent: 20 });
  });

  it('filters goals by health and lists "my goals"', async () => {
    const minePage = await manager.getList('goals', { ...page, filter: { mine: true } });
    expect(minePage.data.map((g) => g.id)).toEqual([mine.id]);
    const byHealth = await followUp.getList('goals', { ...page, filter: { health: (await followUp.getOne('goals', { id: theirs.id })).data.health } });
    expect(byHealth.data.map((g) => g.id)).toContain(theirs.id);
  });
});

describe("a goal manager cannot modify another manager's goal by any path", () => {
  const refused = async (p: Promise<unknown>) => {
    const e = (await p.catch((x) => x)) as { status: number; body?: { errors?: Record<string, string> } };
    expect([400, 403, 404]).toContain(e.status);
    return e;
  };

  it('not the goal itself', async () => {
    await refused(manager.update('goals', { id: theirs.id, data: { title: 'x' }, previousData: theirs }));
    expect((await followUp.getOne('goals', { id: theirs.id })).data.title).toBe('Mercado remodelado');
  });

  it('not its milestones: create, update, delete, nor by moving one of theirs or one of mine', async () => {
    const e = await refused(manager.create('milestones', { data: { goal: theirs.id, order: 2, title: 'Intruso', dueDate: day(10) } }));
    expect(e.body?.errors?.goal).toBe('Solo puede registrar en las metas que gerencia');
    await refused(manager.update('milestones', { id: theirMilestone.id, data: { status: 'done' }, previousData: theirMilestone }));
    await refused(manager.delete('milestones', { id: theirMilestone.id, previousData: theirMilestone }));
    const own = (await manager.create('milestones', { data: { goal: mine.id, order: 3, title: 'Propio', dueDate: day(90) } })).data;
    await refused(manager.update('milestones', { id: own.id, data: { goal: theirs.id }, previousData: own }));
    expect((await followUp.getOne('milestones', { id: theirMilestone.id })).data.status).toBe('pending');
    expect((await followUp.getManyReference('milestones', { target: 'goal', id: theirs.id, ...page, filter: {} })).total).toBe(1);
  });

  it('not its progress reports nor its ARO', async () => {
    await refused(manager.create('progress-reports', { data: { goal: theirs.id, narrative: 'avance falso', percent: 99 } }));
    await refused(manager.create('aros', { data: { goal: theirs.id, kind: 'alert', title: 'Alerta falsa' } }));
    const aro = (await followUp.create('aros', { data: { goal: theirs.id, kind: 'restriction', severity: 'medium', title: 'Permiso de uso de suelo' } })).data;
    await refused(manager.update('aros', { id: aro.id, data: { title: 'cambiada' }, previousData: aro }));
    expect((await followUp.getOne('aros', { id: aro.id })).data.title).toBe('Permiso de uso de suelo');
  });

  it('and on their own goal may not treat ARO nor rewrite the programme', async () => {
    const aro = (await manager.create('aros', { data: { goal: mine.id, kind: 'restriction', severity: 'high', title: 'Falta el permiso ambiental', status: 'resolved' } })).data;
    expect(aro).toMatchObject({ status: 'open' });
    const e = await refused(manager.update('aros', { id: aro.id, data: { ...aro, status: 'resolved', treatmentNotes: 'listo' }, previousData: aro }));
    expect(e.body?.errors).toMatchObject({ status: 'Su rol no puede cambiar este campo' });
    const g = (await manager.getOne('goals', { id: mine.id })).data;
    const e2 = await refused(manager.update('goals', { id: mine.id, data: { ...g, title: 'Otro título' }, previousData: g }));
    expect(e2.body?.errors).toMatchObject({ title: 'Su rol no puede cambiar este campo' });
    const ok = (await manager.update('goals', { id: mine.id, data: { ...g, indicatorCurrent: 12 }, previousData: g })).data;
    expect(ok.indicatorCurrent).toBe(12);
  });
});

describe('ARO treatment and escalation', () => {
  it('follow-up escalates a restriction: one task for the agenda team, linked both ways, and the ARO goes into treatment', async () => {
    const aro = (await manager.create('aros', { data: { goal: mine.id, kind: 'restriction', severity: 'high', title: 'El IDAAN no entrega los planos' } })).data;
    const agendaMember = await memberId(followUp, 'agenda');
    const jwt = await app.login('follow-up');
    const res = await app.http.post(`/api/backoffice/aros/${aro.id}/escalate`).set('Authorization', `Bearer ${jwt}`).send({ responsible: agendaMember, dueDate: day(5) });
    expect(res.status).toBe(201);
    expect(res.body.task).toMatchObject({ aro: aro.id, goal: mine.id, origin: 'aro', responsible: agendaMember, title: expect.stringContaining('El IDAAN no entrega los planos') });
    expect(res.body.aro).toMatchObject({ status: 'in_treatment', treatmentStartedAt: expect.any(String), tasks: [res.body.task.id] });
    const agenda = await app.client('agenda');
    const fromAros = await agenda.getList('tasks', { ...page, filter: { origin: 'aro' } });
    expect(fromAros.data.map((t) => t.id)).toEqual([res.body.task.id]);
    const mgrJwt = await app.login('goal-manager');
    expect((await app.http.post(`/api/backoffice/aros/${aro.id}/escalate`).set('Authorization', `Bearer ${mgrJwt}`).send({ responsible: agendaMember })).status).toBe(403);
  });

  it('only restrictions are escalated, and follow-up resolves them with a date', async () => {
    const alert = (await followUp.create('aros', { data: { goal: mine.id, kind: 'alert', title: 'Lluvias fuertes' } })).data;
    const jwt = await app.login('follow-up');
    const res = await app.http.post(`/api/backoffice/aros/${alert.id}/escalate`).set('Authorization', `Bearer ${jwt}`).send({ responsible: await memberId(followUp, 'agenda') });
    expect(res.body.errors.kind).toBe('Solo se escalan restricciones');
    const treated = (await followUp.update('aros', { id: alert.id, data: { status: 'in_treatment' }, previousData: alert })).data;
    const resolved = (await followUp.update('aros', { id: alert.id, data: { status: 'resolved', treatmentNotes: 'Se reprogramó la obra' }, previousData: treated })).data;
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
  });
});

describe('the dashboard', () => {
  it('counts goals by health, overdue milestones, open restrictions and overdue commitments', async () => {
    const jwt = await app.login('mayor');
    const before = (await app.http.get('/api/backoffice/dashboard').set('Authorization', `Bearer ${jwt}`)).body;
    expect(Object.values(before.goalsByHealth as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(2);
    expect(before.openRestrictions).toBeGreaterThanOrEqual(2);
    await followUp.create('milestones', { data: { goal: theirs.id, order: 5, title: 'Vencido ya', dueDate: day(-3) } });
    const after = (await app.http.get('/api/backoffice/dashboard').set('Authorization', `Bearer ${jwt}`)).body;
    expect(after.overdueMilestones).toBe(before.overdueMilestones + 1);
    expect(after.goals.find((g: { id: string }) => g.id === theirs.id).health).toBe('delayed');
    expect((await app.http.get('/api/backoffice/dashboard').set('Authorization', `Bearer ${await app.login('staff')}`)).status).toBe(403);
  });

  it('reports: consolidated and information quality', async () => {
    const jwt = await app.login('follow-up');
    const rows = (await app.http.get('/api/backoffice/reports/goals').set('Authorization', `Bearer ${jwt}`)).body as Array<{ code: string; healthLabel: string }>;
    expect(rows.find((r) => r.code === 'M-01')).toMatchObject({ healthLabel: expect.any(String), reasonDetails: expect.any(Array) });
    const q = (await app.http.get('/api/backoffice/reports/quality').set('Authorization', `Bearer ${jwt}`)).body;
    expect(q.milestonesWithoutResponsible.length).toBeGreaterThan(0);
    expect(q.goalsWithoutRecentReport.map((g: { code: string }) => g.code)).toEqual(expect.arrayContaining(['M-01', 'M-02']));
  });

  it("gives one goal's milestones with their state today (its report and the report's CSV), to who may read the goal", async () => {
    const mayor = await app.client('mayor');
    const milestones = await mayor.getManyReference('milestones', { target: 'goal', id: theirs.id, ...page, filter: {} });
    expect(milestones.data.find((m) => m.title === 'Vencido ya')).toMatchObject({ status: 'pending', late: true, daysLate: 3 });
    // Press reads public goals only: a private goal is as missing as its report.
    expect((await app.http.get(`/api/backoffice/goals/${theirs.id}`).set('Authorization', `Bearer ${await app.login('press')}`)).status).toBe(404);
  });
});

describe('the public sees only public goals and no internal notes', () => {
  it('in the goals list and page, proximity pages and open data', async () => {
    const list = await app.http.get('/api/public/goals');
    expect(list.body.data.map((g: { code: string }) => g.code)).toEqual(['M-01']);
    expect(JSON.stringify(list.body)).not.toMatch(/internalNotes|negociación reservada|manager/);
    // ARO are internal: the public reason says there is a high restriction, not which.
    expect(JSON.stringify(list.body)).not.toMatch(/IDAAN no entrega|permiso ambiental/);
    expect((await app.http.get(`/api/public/goals/${theirs.id}`)).status).toBe(404);
    const one = (await app.http.get(`/api/public/goals/${mine.id}`)).body.data;
    expect(one.milestones.map((m: { state: string }) => m.state)).toEqual(['done', 'upcoming', 'upcoming']);
    expect(JSON.stringify(one)).not.toMatch(/negociación reservada/);
    const theme = (await app.http.get('/api/public/proximity/themes/T-AGUA')).body.data;
    expect(theme.goals.map((g: { code: string }) => g.code)).toEqual(['M-01']);
    const csv = await app.http.get('/api/public/open-data/goals.csv');
    expect(csv.text).toContain('M-01');
    expect(csv.text).not.toContain('M-02');
    const json = (await app.http.get('/api/public/open-data/milestones.json')).body;
    expect(json.data.every((m: { goalCode: string }) => m.goalCode === 'M-01')).toBe(true);
    // The same milestones, in the same order and state, as the goal's own public page.
    expect(json.data.map(({ goalCode, goalId, ...m }: { goalCode: string; goalId: string }) => ({ goalCode, goalId, ...m }))).toEqual(
      one.milestones.map((m: object) => ({ goalCode: 'M-01', goalId: mine.id, ...m })),
    );
    expect(json.data).toHaveLength(3);
    for (const path of ['/api/goals', '/api/milestones', '/api/aros', '/api/progress-reports']) expect([404, 403]).toContain((await app.http.get(path)).status);
  });

  it('press reads public goals only', async () => {
    const press = await app.client('press');
    expect((await press.getList('goals', { ...page, filter: {} })).data.map((g) => g.id)).toEqual([mine.id]);
    await expect(press.getOne('goals', { id: theirs.id })).rejects.toMatchObject({ status: 404 });
    expect((await press.getList('milestones', { ...page, filter: { goal: theirs.id } })).total).toBe(0);
  });
});
