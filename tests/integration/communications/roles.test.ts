import type { Role } from '@sigobito/config';
import { startApp, type TestApp } from '../helpers/app';
import { comms } from '../helpers/communication-flow';

/* Comunicación (issue 9): each role is refused what it may not do, and reads only what it may:
   press prepares and publishes, the mayor approves, agenda and follow-up propose, admin reads,
   goal managers and staff read what is published; links to what a reader may not see are hidden. */

let app: TestApp;
let api: ReturnType<typeof comms>;
let published: { communication: Record<string, unknown> & { id: string }; web: Record<string, unknown> & { id: string } };
let inReview: { id: string; piece: string };
let delivery: string;

const filter = (f: Record<string, unknown>) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
const ids = (body: unknown) => (body as Array<{ id: string }>).map((r) => r.id).sort();

beforeAll(async () => {
  app = await startApp();
  api = comms(app);
  published = await api.news('Noticia para todos');
  const c = await api.communication('Todavía en revisión');
  const piece = await api.webPiece(c.id, 'Todavía en revisión');
  await api.moveOk('press', c.id, 'in_preparation');
  await api.moveOk('press', c.id, 'in_review');
  inReview = { id: c.id, piece: piece.id };
  delivery = ((await api.deliveryRow(published.web.id)) as { documentId: string }).documentId;
});
afterAll(() => app.stop());

describe('goal managers and staff', () => {
  it.each<Role>(['staff', 'goal-manager'])('%s reads published communications and their published pieces, nothing else', async (role) => {
    expect(ids((await api.get(role, `/communications?${filter({ id: [published.communication.id, inReview.id] })}`)).body)).toEqual([published.communication.id]);
    expect((await api.get(role, `/communications/${published.communication.id}`)).status).toBe(200);
    expect((await api.get(role, `/communications/${inReview.id}`)).status).toBe(404);
    expect(ids((await api.get(role, `/pieces?${filter({ id: [published.web.id, inReview.piece] })}`)).body)).toEqual([published.web.id]);
    expect((await api.get(role, `/pieces/${inReview.piece}`)).status).toBe(404);
    // They make no move, on any communication.
    expect((await api.move(role, inReview.id, 'approved')).status).toBe(403);
    expect((await api.move(role, published.communication.id, 'archived')).status).toBe(403);
    expect((await api.get(role, '/deliveries')).status).toBe(403);
    expect((await api.post(role, '/communications', { title: 'Propuesta' })).status).toBe(403);
  });
});

describe('workflow moves', () => {
  it('refuses the approval to press, and any move to who neither edits nor approves', async () => {
    const res = await api.move('press', inReview.id, 'approved');
    expect(res.status).toBe(400);
    expect(api.codes(res)).toEqual({ to: 'not_allowed_move' });
    for (const role of ['agenda', 'follow-up', 'admin'] as const) expect((await api.move(role, inReview.id, 'approved')).status).toBe(403);
    expect((await api.get('press', `/communications/${inReview.id}`)).body.status).toBe('in_review');
  });

  it('refuses publication by hand, to every role', async () => {
    expect(api.codes(await api.move('mayor', inReview.id, 'published'))).toEqual({ to: 'invalid_transition' });
  });

  it('lets agenda and follow-up propose, only as identified, and change nothing after', async () => {
    for (const role of ['agenda', 'follow-up'] as const) {
      const approved = await api.post(role, '/communications', { title: 'Ya aprobada', status: 'approved' });
      expect(approved.status).toBe(400);
      expect(api.codes(approved)).toEqual({ status: 'invalid_initial' });
      expect((await api.put(role, `/communications/${inReview.id}`, { title: 'Otro título' })).status).toBe(403);
      expect((await api.del(role, `/communications/${inReview.id}`)).status).toBe(403);
    }
    for (const role of ['mayor', 'admin'] as const) expect((await api.post(role, '/communications', { title: 'Propuesta' })).status).toBe(403);
  });
});

describe('pieces and publishing', () => {
  it('lets only press write pieces', async () => {
    for (const role of ['mayor', 'agenda', 'follow-up', 'admin', 'staff', 'goal-manager'] as const) {
      expect((await api.post(role, '/pieces', { communication: inReview.id, channel: 'x', body: 'Hola' })).status).toBe(403);
      expect((await api.put(role, `/pieces/${inReview.piece}`, { body: '<p>Otro</p>' })).status).toBe(403);
    }
  });

  it('refuses to publish an unapproved piece, and publishing to anyone but press', async () => {
    const res = await api.publish('press', inReview.piece);
    expect(res.status).toBe(400);
    expect(api.codes(res)).toEqual({ communication: 'not_approved' });
    for (const role of ['mayor', 'agenda', 'follow-up', 'admin'] as const) expect((await api.publish(role, published.web.id)).status).toBe(403);
  });

  it('lets press alone withdraw, correct and retry', async () => {
    const id = published.communication.id;
    for (const role of ['mayor', 'admin', 'agenda'] as const) {
      expect((await api.post(role, `/communications/${id}/withdraw`, { reason: 'No' })).status).toBe(403);
      expect((await api.post(role, `/communications/${id}/correct`, { note: 'No' })).status).toBe(403);
      expect((await api.post(role, `/deliveries/${delivery}/retry`)).status).toBe(403);
    }
    expect((await api.get('press', `/communications/${id}`)).body.withdrawnAt).toBeNull();
  });

  it('shows the deliveries to press, the mayor and admin', async () => {
    for (const role of ['press', 'mayor', 'admin'] as const) expect((await api.get(role, `/deliveries/${delivery}`)).body).toMatchObject({ piece: published.web.id, status: 'published' });
    for (const role of ['agenda', 'follow-up'] as const) expect((await api.get(role, `/deliveries/${delivery}`)).status).toBe(403);
  });
});

describe('links to what the reader may not see', () => {
  it("hides a private activity behind a communication from follow-up and press, and keeps it on press's save", async () => {
    const activity = await api.post('agenda', '/activities', { title: 'Reunión reservada', start: '2030-03-04T14:00:00Z', end: '2030-03-04T15:00:00Z', kind: 'meeting', status: 'done', visibility: 'private' });
    expect(activity.status).toBe(201);
    const proposed = await api.post('agenda', '/communications', { title: 'Lo que salió de la reunión', origin: 'activity', activity: activity.body.id });
    expect(proposed.body).toMatchObject({ activity: activity.body.id });
    const id = proposed.body.id as string;
    for (const role of ['mayor', 'agenda'] as const) expect((await api.get(role, `/communications/${id}`)).body.activity).toBe(activity.body.id);
    for (const role of ['follow-up', 'press', 'admin'] as const) expect((await api.get(role, `/communications/${id}`)).body.activity).toBeNull();
    const shown = (await api.get('press', `/communications/${id}`)).body;
    expect((await api.put('press', `/communications/${id}`, { ...shown, keyMessage: 'Lo acordado' })).status).toBe(200);
    expect((await api.get('mayor', `/communications/${id}`)).body).toMatchObject({ activity: activity.body.id, keyMessage: 'Lo acordado' });
    expect(api.codes(await api.post('press', '/communications', { title: 'Enlazada a escondidas', activity: activity.body.id }))).toEqual({ activity: 'not_found' });
  });

  it('hides a non-public goal behind a communication from press', async () => {
    const goal = await api.post('follow-up', '/goals', { code: 'M-COM', title: 'Meta interna', status: 'in_execution', isPublic: false });
    expect(goal.status).toBe(201);
    const proposed = await api.post('follow-up', '/communications', { title: 'Avance de la meta interna', origin: 'goal', goal: goal.body.id });
    expect((await api.get('mayor', `/communications/${proposed.body.id}`)).body.goal).toBe(goal.body.id);
    expect((await api.get('press', `/communications/${proposed.body.id}`)).body.goal).toBeNull();
  });
});
