import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { memberId, page } from '../helpers/agenda';

let app: TestApp;
let followUp: DataProvider;
let manager: DataProvider;
let press: DataProvider;
let water: { id: string };
let market: { id: string };
let waterMilestone: { id: string };
let marketMilestone: { id: string };

const NOTES = 'negociación reservada con el contratista';
const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Panama' }).format(new Date(Date.now() + offset * 86_400_000));

/** The 400 (or other refusal) of a data provider call, with the server's field messages. */
const refusal = async (p: Promise<unknown>) => {
  const e = (await p.then(
    () => {
      throw new Error('expected a refusal');
    },
    (x) => x,
  )) as { status: number; body?: { errors?: Record<string, string>; message?: string } };
  return { status: e.status, errors: e.body?.errors ?? {}, message: e.body?.message };
};

beforeAll(async () => {
  app = await startApp();
  followUp = await app.client('follow-up');
  manager = await app.client('goal-manager');
  press = await app.client('press');
  const gm = await memberId(followUp, 'goal-manager');
  water = (await followUp.create('goals', { data: { code: 'M-21', title: 'Agua potable 24 horas', manager: gm, status: 'in_execution', isPublic: true, internalNotes: NOTES } })).data as { id: string };
  market = (await followUp.create('goals', { data: { code: 'M-22', title: 'Mercado remodelado', manager: gm, status: 'in_execution', isPublic: true } })).data as { id: string };
  waterMilestone = (await followUp.create('milestones', { data: { goal: water.id, order: 1, title: 'Estudio de la red', dueDate: day(30), weight: 50 } })).data as { id: string };
  marketMilestone = (await followUp.create('milestones', { data: { goal: market.id, order: 1, title: 'Diseño aprobado', dueDate: day(30), weight: 50 } })).data as { id: string };
});
afterAll(() => app.stop());

describe("a goal's internal notes are for the goal team", () => {
  it('press reads a public goal without them, in the record and in lists; the team reads them', async () => {
    expect((await followUp.getOne('goals', { id: water.id })).data.internalNotes).toBe(NOTES);
    expect((await manager.getOne('goals', { id: water.id })).data.internalNotes).toBe(NOTES);
    const one = (await press.getOne('goals', { id: water.id })).data;
    expect(one).toMatchObject({ id: water.id, title: 'Agua potable 24 horas', health: expect.any(String) });
    expect(one).not.toHaveProperty('internalNotes');
    const list = await press.getList('goals', { ...page, filter: {} });
    expect(list.data.map((g) => g.id)).toContain(water.id);
    expect(JSON.stringify(list.data)).not.toContain(NOTES);
    expect(JSON.stringify((await press.getMany('goals', { ids: [water.id] })).data)).not.toContain('internalNotes');
  });

  it('press may not find them out by filtering or sorting on them', async () => {
    const byNotes = await refusal(press.getList('goals', { ...page, filter: { internalNotes: NOTES } }));
    expect(byNotes.status).toBe(400);
    expect(byNotes.errors['filter.internalNotes']).toBe('No se puede filtrar por «internalNotes»');
    expect((await refusal(press.getList('goals', { pagination: page.pagination, sort: { field: 'internalNotes', order: 'ASC' }, filter: {} }))).status).toBe(400);
    expect((await followUp.getList('goals', { ...page, filter: { internalNotes: NOTES } })).data.map((g) => g.id)).toEqual([water.id]);
  });

  it("press reads the goal's history without them; the team reads them there", async () => {
    const g = (await followUp.getOne('goals', { id: water.id })).data;
    await followUp.update('goals', { id: water.id, data: { internalNotes: `${NOTES} (segunda ronda)`, indicatorTarget: 100 }, previousData: g });
    const history = async (role: 'press' | 'follow-up') =>
      (
        await app.http
          .get(`/api/backoffice/audit-logs?filter=${encodeURIComponent(JSON.stringify({ resource: 'goals', recordId: water.id }))}&sort=["at","ASC"]`)
          .set('Authorization', `Bearer ${await app.login(role)}`)
      ).body as Array<{ action: string; changes: Record<string, unknown> }>;
    const team = await history('follow-up');
    expect(team.map((l) => l.action)).toEqual(['create', 'update']);
    expect(team[1].changes).toMatchObject({ internalNotes: { before: NOTES, after: `${NOTES} (segunda ronda)` }, indicatorTarget: { after: 100 } });
    const pressView = await history('press');
    expect(pressView.map((l) => l.action)).toEqual(['create', 'update']);
    expect(pressView[1].changes).toMatchObject({ indicatorTarget: { after: 100 } });
    expect(pressView[1].changes).not.toHaveProperty('internalNotes');
    expect(pressView[0].changes).toHaveProperty('title');
    expect(JSON.stringify(pressView)).not.toContain('negociación reservada');
  });
});

describe("a report's or ARO's milestone is one of its goal's", () => {
  it.each(['progress-reports', 'aros'])('%s: refused on create with a milestone of another goal', async (resource) => {
    const data = resource === 'aros' ? { goal: water.id, milestone: marketMilestone.id, kind: 'alert', title: 'Lluvias' } : { goal: water.id, milestone: marketMilestone.id, narrative: 'Avance', percent: 10 };
    const e = await refusal(followUp.create(resource, { data }));
    expect(e.status).toBe(400);
    expect(e.errors.milestone).toBe('El hito no pertenece a esta meta');
  });

  it.each(['progress-reports', 'aros'])('%s: refused on update, also when only the goal changes', async (resource) => {
    const data = resource === 'aros' ? { goal: water.id, milestone: waterMilestone.id, kind: 'alert', title: 'Lluvias' } : { goal: water.id, milestone: waterMilestone.id, narrative: 'Avance', percent: 10 };
    const record = (await followUp.create(resource, { data })).data;
    expect(record.milestone).toBe(waterMilestone.id);
    const toOther = await refusal(followUp.update(resource, { id: record.id, data: { milestone: marketMilestone.id }, previousData: record }));
    expect(toOther.errors.milestone).toBe('El hito no pertenece a esta meta');
    const goalOnly = await refusal(followUp.update(resource, { id: record.id, data: { goal: market.id }, previousData: record }));
    expect(goalOnly.errors.milestone).toBe('El hito no pertenece a esta meta');
    // Moving both together, or dropping the milestone, is fine.
    expect((await followUp.update(resource, { id: record.id, data: { goal: market.id, milestone: marketMilestone.id }, previousData: record })).data).toMatchObject({ goal: market.id, milestone: marketMilestone.id });
    expect((await followUp.update(resource, { id: record.id, data: { goal: water.id, milestone: null }, previousData: record })).data).toMatchObject({ goal: water.id, milestone: null });
  });
});

describe('the ARO workflow', () => {
  it('refuses skipping treatment, and closing without notes', async () => {
    const aro = (await followUp.create('aros', { data: { goal: water.id, kind: 'restriction', severity: 'medium', title: 'Permiso de uso de suelo' } })).data;
    expect(aro).toMatchObject({ status: 'open', resolvedAt: null });
    const skip = await refusal(followUp.update('aros', { id: aro.id, data: { status: 'resolved', treatmentNotes: 'Se obtuvo' }, previousData: aro }));
    expect(skip).toMatchObject({ status: 400, errors: { status: 'Una ARO abierta no puede pasar a resuelta' } });
    const treated = (await followUp.update('aros', { id: aro.id, data: { status: 'in_treatment' }, previousData: aro })).data;
    expect(treated).toMatchObject({ status: 'in_treatment', treatmentStartedAt: expect.any(String) });
    const noNotes = await refusal(followUp.update('aros', { id: aro.id, data: { status: 'resolved', treatmentNotes: '  ' }, previousData: treated }));
    expect(noNotes.errors.treatmentNotes).toBe('Indique cómo se trató antes de resolverla o descartarla');
    expect((await followUp.getOne('aros', { id: aro.id })).data.status).toBe('in_treatment');
  });

  it('stamps the closing date when resolved or discarded and clears it when reopened', async () => {
    let aro = (await followUp.create('aros', { data: { goal: water.id, kind: 'alert', title: 'Lluvias fuertes' } })).data;
    const move = async (data: Record<string, unknown>) => (aro = (await followUp.update('aros', { id: aro.id, data, previousData: aro })).data);
    await move({ status: 'in_treatment' });
    expect(await move({ status: 'resolved', treatmentNotes: 'Se reprogramó la obra' })).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    expect((await refusal(followUp.update('aros', { id: aro.id, data: { status: 'discarded' }, previousData: aro }))).errors.status).toBe('Una ARO resuelta no puede pasar a descartada');
    expect(await move({ status: 'in_treatment' })).toMatchObject({ status: 'in_treatment', resolvedAt: null });
    expect(await move({ status: 'discarded' })).toMatchObject({ status: 'discarded', resolvedAt: expect.any(String) });
    expect(await move({ status: 'open' })).toMatchObject({ status: 'open', resolvedAt: null });
  });
});

describe("a goal manager does not weaken an ARO someone else raised", () => {
  it('may not change its kind nor its severity, but may describe it; on their own ARO they may', async () => {
    const raised = (await followUp.create('aros', { data: { goal: water.id, kind: 'restriction', severity: 'high', title: 'Falta el permiso ambiental' } })).data;
    const lower = await refusal(manager.update('aros', { id: raised.id, data: { severity: 'low' }, previousData: raised }));
    expect(lower).toMatchObject({ status: 400, errors: { severity: 'Solo quien registró la ARO puede cambiar este campo' } });
    const toAlert = await refusal(manager.update('aros', { id: raised.id, data: { kind: 'alert' }, previousData: raised }));
    expect(toAlert.errors.kind).toBe('Solo quien registró la ARO puede cambiar este campo');
    // The whole form, unchanged kind and severity, with a better title: fine.
    const described = (await manager.update('aros', { id: raised.id, data: { goal: water.id, kind: 'restriction', severity: 'high', title: 'Falta el permiso ambiental de MiAmbiente' }, previousData: raised })).data;
    expect(described).toMatchObject({ kind: 'restriction', severity: 'high', title: 'Falta el permiso ambiental de MiAmbiente' });
    const own = (await manager.create('aros', { data: { goal: water.id, kind: 'restriction', severity: 'high', title: 'Se atrasa la cuadrilla' } })).data;
    expect((await manager.update('aros', { id: own.id, data: { kind: 'alert', severity: 'low' }, previousData: own })).data).toMatchObject({ kind: 'alert', severity: 'low' });
  });
});

describe('escalating a restriction', () => {
  it('happens once: a second escalation is refused and no second task is created', async () => {
    const aro = (await followUp.create('aros', { data: { goal: water.id, kind: 'restriction', severity: 'high', title: 'El IDAAN no entrega los planos' } })).data;
    const agendaMember = await memberId(followUp, 'agenda');
    const jwt = await app.login('follow-up');
    const escalate = () => app.http.post(`/api/backoffice/aros/${aro.id}/escalate`).set('Authorization', `Bearer ${jwt}`).send({ responsible: agendaMember });
    expect((await escalate()).status).toBe(201);
    const again = await escalate();
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Esta restricción ya fue escalada');
    expect((await followUp.getOne('aros', { id: aro.id })).data.tasks).toHaveLength(1);
  });
});

describe('the dashboard and the goals list agree on health', () => {
  it('counts by health exactly the goals the list filtered by that health shows (drafts and cancelled ones in neither)', async () => {
    // With no milestones, these would be "at risk": they are not followed.
    await followUp.create('goals', { data: { code: 'M-23', title: 'Borrador de parque', status: 'draft' } });
    await followUp.create('goals', { data: { code: 'M-24', title: 'Terminal cancelada', status: 'cancelled' } });
    const mayor = await app.client('mayor');
    const jwt = await app.login('mayor');
    const counts = (await app.http.get('/api/backoffice/dashboard').set('Authorization', `Bearer ${jwt}`)).body.goalsByHealth as Record<string, number>;
    expect(counts.at_risk).toBeGreaterThan(0);
    for (const [health, count] of Object.entries(counts)) {
      const list = await mayor.getList('goals', { ...page, filter: { health } });
      expect({ health, total: list.total }).toEqual({ health, total: count });
      expect(list.data.map((g) => g.code)).not.toEqual(expect.arrayContaining(['M-23']));
      expect(list.data.map((g) => g.code)).not.toEqual(expect.arrayContaining(['M-24']));
    }
  });
});
