import path from 'node:path';
import { opportunityKey } from '@sigobito/config/contracts';
import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { startSmtp } from '../helpers/smtp';
import { at, memberId, page } from '../helpers/agenda';
import { CMS_DIST } from '../../../scripts/lib/cms';

/*
 * Opportunities: a milestone of a public goal or a public activity marked done proposes one
 * communication (identified, linked, themes/places/actors copied) and tells press, once, on
 * every write path, in the write's transaction.
 */

const COMMUNICATION_UID = 'api::communication.communication';
const MILESTONE_UID = 'api::milestone.milestone';
const ACTIVITY_UID = 'api::activity.activity';
const PRESS = 'press@demo.sigobito.org';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let followUp: DataProvider;
let agenda: DataProvider;
let publicGoal: string;
let internalGoal: string;
const catalog = { themes: [] as string[], places: [] as string[], actors: [] as string[] };
let order = 0;

 
const load = (p: string) => require(path.join(CMS_DIST, p));
const flush = () => load('src/notifications/outbox').flushOutbox(app.strapi);
const pressSubjects = () => smtp.to(PRESS).map((m) => m.subject ?? '');

type Proposal = {
  documentId: string;
  title: string;
  status: string;
  origin: string;
  opportunityKey: string;
  goal: { documentId: string } | null;
  milestone: { documentId: string } | null;
  activity: { documentId: string } | null;
  themes: Array<{ documentId: string }>;
  places: Array<{ documentId: string }>;
  actors: Array<{ documentId: string }>;
};
const REF = { select: ['documentId'] };
const proposals = (key: string) =>
  app.strapi.db.query(COMMUNICATION_UID).findMany({
    where: { opportunityKey: key },
    populate: { goal: REF, milestone: REF, activity: REF, themes: REF, places: REF, actors: REF },
  }) as Promise<Proposal[]>;
const ids = (refs: Array<{ documentId: string }>) => refs.map((r) => r.documentId).sort();

async function milestone(goal: string, title: string) {
  order += 1;
  const { data } = await followUp.create('milestones', { data: { goal, order, title, dueDate: '2026-06-30', weight: 1, status: 'in_progress' } });
  return data as { id: string } & Record<string, unknown>;
}
async function setMilestone(id: string, data: Record<string, unknown>) {
  const previous = (await followUp.getOne('milestones', { id })).data;
  return (await followUp.update('milestones', { id, data: { ...previous, ...data }, previousData: previous })).data;
}
async function activity(title: string, visibility: 'public' | 'private') {
  const { data } = await agenda.create('activities', {
    data: { title, start: at(-1, 14), end: at(-1, 15), status: 'confirmed', visibility, place: catalog.places[0], places: [catalog.places[1]], themes: [catalog.themes[1]], actors: [catalog.actors[1]] },
  });
  return data as { id: string };
}
async function setActivity(id: string, data: Record<string, unknown>) {
  const previous = (await agenda.getOne('activities', { id })).data;
  return (await agenda.update('activities', { id, data: { ...previous, ...data }, previousData: previous })).data;
}

beforeAll(async () => {
  smtp = await startSmtp();
  Object.assign(process.env, smtp.env);
  app = await startApp();
  followUp = await app.client('follow-up');
  agenda = await app.client('agenda');
  for (const kind of ['themes', 'places', 'actors'] as const) catalog[kind] = (await followUp.getList(kind, { ...page, filter: {} })).data.slice(0, 3).map((r) => r.id as string);
  const manager = await memberId(followUp, 'goal-manager');
  publicGoal = (await followUp.create('goals', {
    data: { code: 'M-40', title: 'Alumbrado LED', manager, status: 'in_execution', isPublic: true, themes: catalog.themes.slice(0, 2), places: [catalog.places[0]], actors: [catalog.actors[0]] },
  })).data.id as string;
  internalGoal = (await followUp.create('goals', { data: { code: 'M-41', title: 'Reorganización interna', manager, status: 'in_execution', isPublic: false } })).data.id as string;
});
afterAll(async () => {
  await app.stop();
  await smtp.stop();
});

describe('a milestone of a public goal marked done', () => {
  let id: string;

  it('proposes one identified communication linked to the milestone and its goal, with the goal themes, places and actors', async () => {
    id = (await milestone(publicGoal, 'Fase 1: 120 luminarias')).id;
    const saved = await setMilestone(id, { status: 'done' });
    expect(saved.status).toBe('done');
    const [proposal, ...more] = await proposals(opportunityKey('milestone', id));
    expect(more).toEqual([]);
    expect(proposal).toMatchObject({ title: 'Hito cumplido: Fase 1: 120 luminarias', status: 'identified', origin: 'milestone', goal: { documentId: publicGoal }, milestone: { documentId: id }, activity: null });
    expect(ids(proposal.themes)).toEqual(catalog.themes.slice(0, 2).sort());
    expect(ids(proposal.places)).toEqual([catalog.places[0]]);
    expect(ids(proposal.actors)).toEqual([catalog.actors[0]]);
    // Press finds it among its communications.
    const press = await app.client('press');
    expect((await press.getOne('communications', { id: proposal.documentId })).data).toMatchObject({ title: 'Hito cumplido: Fase 1: 120 luminarias', status: 'identified' });
  });

  it('tells press by e-mail, with the link to the proposal', async () => {
    await flush();
    const mails = smtp.to(PRESS).filter((m) => m.subject === 'Oportunidad de comunicación: Hito cumplido: Fase 1: 120 luminarias');
    expect(mails).toHaveLength(1);
    const [proposal] = await proposals(opportunityKey('milestone', id));
    expect(mails[0].text).toContain('de la meta pública M-40 — Alumbrado LED');
    expect(mails[0].text).toContain(`/backoffice/#/communications/${proposal.documentId}/show`);
    // Press only: the mayor and follow-up hear of it when it reaches them.
    expect(smtp.to('mayor@demo.sigobito.org').filter((m) => /Oportunidad/.test(m.subject ?? ''))).toEqual([]);
  });

  it('proposes nothing more on an edit, or when it is undone and done again', async () => {
    await setMilestone(id, { description: 'Con las juntas comunales' });
    await setMilestone(id, { status: 'in_progress' });
    await setMilestone(id, { status: 'done' });
    await setMilestone(id, { status: 'done', title: 'Fase 1: 120 luminarias LED' });
    expect(await proposals(opportunityKey('milestone', id))).toHaveLength(1);
    await flush();
    expect(pressSubjects().filter((s) => s.includes('Fase 1'))).toHaveLength(1);
  });

  it('proposes nothing more when press discarded the proposal and the milestone is done again', async () => {
    const [proposal] = await proposals(opportunityKey('milestone', id));
    await app.strapi.db.query(COMMUNICATION_UID).update({ where: { documentId: proposal.documentId }, data: { status: 'discarded' } });
    await setMilestone(id, { status: 'pending' });
    await setMilestone(id, { status: 'done' });
    expect((await proposals(opportunityKey('milestone', id))).map((p) => p.status)).toEqual(['discarded']);
  });

  it('is proposed once when two writes mark it done at the same time, and both writes succeed', async () => {
    const racing = (await milestone(publicGoal, 'Fase 2: 100 luminarias')).id;
    const previous = (await followUp.getOne('milestones', { id: racing })).data;
    const other = await app.client('follow-up');
    const results = await Promise.all([
      followUp.update('milestones', { id: racing, data: { ...previous, status: 'done' }, previousData: previous }),
      other.update('milestones', { id: racing, data: { ...previous, status: 'done' }, previousData: previous }),
      app.strapi.documents(MILESTONE_UID as never).update({ documentId: racing, data: { status: 'done' } } as never),
    ]);
    expect(results).toHaveLength(3);
    expect((await app.strapi.db.query(MILESTONE_UID).findOne({ where: { documentId: racing } })).status).toBe('done');
    expect(await proposals(opportunityKey('milestone', racing))).toHaveLength(1);
  });

  it('keeps the write when the key is taken between its look and its insert (the unique index decides)', async () => {
    const raced = (await milestone(publicGoal, 'Fase 3: 80 luminarias')).id;
    const key = opportunityKey('milestone', raced);
    // Another writer inserts the same key just before ours (as a concurrent transaction committing first would).
    type Middleware = Parameters<typeof app.strapi.documents.use>[0];
    const racer = async (ctx: { uid: string; action: string; params: { data?: Record<string, unknown> } }, next: () => Promise<unknown>) => {
      if (ctx.uid === COMMUNICATION_UID && ctx.action === 'create' && ctx.params.data?.opportunityKey === key) {
        await app.strapi.db.query(COMMUNICATION_UID).create({ data: { title: 'La otra escritura', origin: 'milestone', status: 'identified', opportunityKey: key } });
      }
      return next();
    };
    const remove = app.strapi.documents.use(racer as unknown as Middleware) as unknown as () => void;
    try {
      const saved = await setMilestone(raced, { status: 'done' });
      expect(saved.status).toBe('done');
    } finally {
      remove();
    }
    expect((await app.strapi.db.query(MILESTONE_UID).findOne({ where: { documentId: raced } })).status).toBe('done');
    expect((await proposals(key)).map((p) => p.title)).toEqual(['La otra escritura']);
  });

  it('is proposed by a direct Document Service update too (a script, an import, an action)', async () => {
    const scripted = (await milestone(publicGoal, 'Recorrido nocturno de verificación')).id;
    await app.strapi.documents(MILESTONE_UID as never).update({ documentId: scripted, data: { status: 'done' } } as never);
    expect((await proposals(opportunityKey('milestone', scripted))).map((p) => p.title)).toEqual(['Hito cumplido: Recorrido nocturno de verificación']);
  });

  it('commits with the write or not at all: a write rolled back proposes nothing and tells no one', async () => {
    const rolledBack = (await milestone(publicGoal, 'Retiro de luminarias de sodio')).id;
    await expect(
      app.strapi.db.transaction(async () => {
        await app.strapi.documents(MILESTONE_UID as never).update({ documentId: rolledBack, data: { status: 'done' } } as never);
        expect(await proposals(opportunityKey('milestone', rolledBack))).toHaveLength(1);
        throw new Error('the write fails after the proposal');
      }),
    ).rejects.toThrow('the write fails after the proposal');
    expect((await app.strapi.db.query(MILESTONE_UID).findOne({ where: { documentId: rolledBack } })).status).toBe('in_progress');
    expect(await proposals(opportunityKey('milestone', rolledBack))).toEqual([]);
    await flush();
    expect(pressSubjects().filter((s) => s.includes('sodio'))).toEqual([]);
  });
});

describe('what proposes nothing', () => {
  it('a done milestone of a goal that is not public', async () => {
    const id = (await milestone(internalGoal, 'Manual de procedimientos aprobado')).id;
    await setMilestone(id, { status: 'done' });
    expect(await proposals(opportunityKey('milestone', id))).toEqual([]);
  });

  it('a milestone created already done (a record of the past, not news)', async () => {
    order += 1;
    const { data } = await followUp.create('milestones', { data: { goal: publicGoal, order, title: 'Inventario de puntos oscuros', dueDate: '2026-01-30', weight: 1, status: 'done' } });
    expect(await proposals(opportunityKey('milestone', data.id as string))).toEqual([]);
  });

  it('a private activity held', async () => {
    const { id } = await activity('Reunión reservada con inversionistas', 'private');
    await setActivity(id, { status: 'done' });
    expect(await proposals(opportunityKey('activity', id))).toEqual([]);
    await flush();
    expect(pressSubjects().filter((s) => s.includes('inversionistas'))).toEqual([]);
  });
});

describe('a public activity marked done', () => {
  it('proposes one communication linked to it, with its themes, its places (main place first) and actors, and tells press', async () => {
    const { id } = await activity('Inauguración de la cancha techada', 'public');
    await setActivity(id, { status: 'done' });
    await setActivity(id, { status: 'done', minutes: 'Asistieron 200 vecinos' });
    const found = await proposals(opportunityKey('activity', id));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ title: 'Actividad realizada: Inauguración de la cancha techada', status: 'identified', origin: 'activity', activity: { documentId: id }, goal: null, milestone: null });
    expect(ids(found[0].themes)).toEqual([catalog.themes[1]]);
    expect(ids(found[0].places)).toEqual([catalog.places[0], catalog.places[1]].sort());
    expect(ids(found[0].actors)).toEqual([catalog.actors[1]]);
    await flush();
    const mail = smtp.to(PRESS).filter((m) => m.subject === 'Oportunidad de comunicación: Actividad realizada: Inauguración de la cancha techada');
    expect(mail).toHaveLength(1);
    expect(mail[0].text).toMatch(/actividad pública «Inauguración de la cancha techada» del \d{4}-\d{2}-\d{2}/);
  });

  it('by a direct Document Service update too', async () => {
    const { id } = await activity('Jornada de limpieza de playa', 'public');
    await app.strapi.documents(ACTIVITY_UID as never).update({ documentId: id, data: { status: 'done' } } as never);
    expect(await proposals(opportunityKey('activity', id))).toHaveLength(1);
  });
});

describe("press's switch", () => {
  it('turns the e-mail off for whoever turns it off; the proposal is still made', async () => {
    const jwt = await app.login('press');
    await app.http.put('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`).send({ communicationOpportunity: false }).expect(200);
    const id = (await milestone(publicGoal, 'Entrega de la meta a las juntas')).id;
    await setMilestone(id, { status: 'done' });
    expect(await proposals(opportunityKey('milestone', id))).toHaveLength(1);
    await flush();
    expect(pressSubjects().filter((s) => s.includes('Entrega de la meta'))).toEqual([]);
    const me = await app.http.get('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`).expect(200);
    expect(me.body).toMatchObject({ communicationOpportunity: false });
  });
});
