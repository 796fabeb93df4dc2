import { BACKOFFICE_RESOURCES, can, ROLES, type Action, type BackofficeResource, type Role } from '@sigobito/config';
import { startApp, type TestApp } from '../integration/helpers/app';

/*
 * The permission matrix (issue 7), generated from config's matrix: every back-office resource ×
 * every role × every action (list, getOne, create, update, delete), on a record the role may
 * reach ("own") and, where a resource has record-level rules, on one it may not ("other").
 * The role-level expectation is `can(role, resource, action)`; the record-level one comes from
 * RULES below, the declared summary of each resource's readScope / canWrite
 * (each module's resources in cms/src/modules). Writes go to records made here for the purpose.
 */

/** The record-level rules on top of the matrix: what differs between "own" and "other". */
type RecordRule = {
  own: string;
  other: string;
  /** Roles the other record is outside the read scope of: 404 on every call about it (it does not exist for them). */
  hiddenFrom: Role[];
  /** Roles that see the other record but may not change it: 403. */
  notWritableBy?: Role[];
  /** Creating under the other record's parent: refused to these roles with a 400 on `field`. */
  createOther?: { refused: Role[]; field: string };
};

const allBut = (...roles: Role[]) => ROLES.filter((r) => !roles.includes(r));
const TASK_OWNERS_ONLY: Role[] = ['staff', 'goal-manager', 'press'];
const UNDER_GOAL: RecordRule = {
  own: 'under a public goal the goal manager manages',
  other: 'under a non-public goal someone else manages',
  hiddenFrom: ['press'],
  notWritableBy: ['goal-manager'],
  createOther: { refused: ['goal-manager'], field: 'goal' },
};

/** Goal managers and staff read only published communications and their published pieces. */
const PUBLISHED_ONLY: Role[] = ['goal-manager', 'staff'];

const RULES: Partial<Record<BackofficeResource, RecordRule>> = {
  activities: { own: 'a public activity', other: 'a private activity', hiddenFrom: allBut('mayor', 'agenda') },
  tasks: { own: 'a task the caller is responsible for', other: "someone else's task", hiddenFrom: TASK_OWNERS_ONLY },
  'task-updates': {
    own: "a follow-up on the caller's task",
    other: "a follow-up on someone else's task",
    hiddenFrom: TASK_OWNERS_ONLY,
    createOther: { refused: TASK_OWNERS_ONLY, field: 'task' },
  },
  goals: { own: 'a public goal the goal manager manages', other: 'a non-public goal someone else manages', hiddenFrom: ['press'], notWritableBy: ['goal-manager'] },
  milestones: UNDER_GOAL,
  'progress-reports': UNDER_GOAL,
  aros: UNDER_GOAL,
  'audit-logs': { own: 'the history entry of a public activity', other: 'the history entry of a private activity', hiddenFrom: allBut('mayor', 'agenda') },
  communications: { own: 'a published communication', other: 'a communication still identified', hiddenFrom: PUBLISHED_ONLY },
  pieces: {
    own: 'a published piece of a published communication (for press, who writes it: a draft of an open one)',
    other: 'a draft piece of a communication still identified',
    hiddenFrom: PUBLISHED_ONLY,
  },
  deliveries: { own: "a piece's delivery", other: 'an e-mail in the outbox (not a delivery)', hiddenFrom: [...ROLES] },
};

let app: TestApp;
let seq = 0;
const unique = (prefix: string) => `${prefix}-${++seq}`;
const auth = async (role: Role) => ({ Authorization: `Bearer ${await app.login(role)}` });

async function post(role: Role, resource: string, body: Record<string, unknown>): Promise<Record<string, unknown> & { id: string }> {
  const res = await app.http.post(`/api/backoffice/${resource}`).set(await auth(role)).send(body);
  if (res.status !== 201) throw new Error(`fixture: ${role} creating ${resource}: ${res.status} ${res.text}`);
  return res.body;
}

/** The demo members, by username: their profile ids. */
const members: Record<string, string> = {};

/** How to make and write each resource's records: `own`/`other` for a caller, bodies, fresh records to delete. */
type Subject = {
  own: (role: Role) => Promise<string>;
  other?: (role: Role) => Promise<string>;
  create: (role: Role, parent: 'own' | 'other') => Promise<Record<string, unknown>>;
  update: () => Record<string, unknown>;
};

/** Records shared by every role's case (reads and harmless updates), made once. */
const shared = new Map<string, Promise<string>>();
const once = (key: string, make: () => Promise<string>) => {
  if (!shared.has(key)) shared.set(key, make());
  return shared.get(key)!;
};

const catalog = (resource: string, extra: () => Record<string, unknown>, update: Record<string, unknown>): Subject => ({
  own: () => once(resource, async () => (await post('admin', resource, extra())).id),
  create: async () => extra(),
  update: () => update,
});

const goal = (which: 'own' | 'other') =>
  once(`goal:${which}`, async () =>
    which === 'own'
      ? (await post('follow-up', 'goals', { code: unique('MP'), title: 'Meta de la matriz, pública', status: 'in_execution', isPublic: true, manager: members['goal-manager'] })).id
      : (await post('follow-up', 'goals', { code: unique('MP'), title: 'Meta de la matriz, interna', status: 'in_execution', isPublic: false, manager: members.ajaen })).id,
  );
const activity = (visibility: 'public' | 'private') => ({
  title: `Actividad de la matriz (${visibility})`,
  start: '2030-03-04T14:00:00Z',
  end: '2030-03-04T15:00:00Z',
  kind: 'meeting',
  status: 'confirmed',
  visibility,
});
/** A task of the caller (responsible: their member) or of someone else; made by agenda, who sees every task. */
const task = (role: Role, which: 'own' | 'other') =>
  once(`task:${which === 'own' ? role : 'other'}`, async () => (await post('agenda', 'tasks', { kind: 'instruction', title: unique('Tarea de la matriz'), responsible: which === 'own' ? members[role] : members.mgonzalez })).id);
const underGoal = (resource: string, body: () => Record<string, unknown>): Subject => ({
  own: () => once(`${resource}:own`, async () => (await post('follow-up', resource, { ...body(), goal: await goal('own') })).id),
  other: () => once(`${resource}:other`, async () => (await post('follow-up', resource, { ...body(), goal: await goal('other') })).id),
  create: async (_role, parent) => ({ ...body(), goal: await goal(parent) }),
  update: () => ({ description: 'Revisado por la matriz' }),
});
const historyOf = (visibility: 'public' | 'private') =>
  once(`audit:${visibility}`, async () => {
    const id = (await post('agenda', 'activities', activity(visibility))).id;
    const entry = (await app.strapi.db.query('api::audit-log.audit-log').findOne({ where: { recordId: id, action: 'create' } })) as { documentId: string } | null;
    if (!entry) throw new Error(`fixture: no history entry for activity ${id}`);
    return entry.documentId;
  });

/*
 * Comunicación. Press writes communications and pieces; a published one is put in its state
 * directly (the publishing itself is tested in tests/integration/communications).
 */
const COMMUNICATION_UID = 'api::communication.communication';
const communication = (which: 'published' | 'identified') =>
  once(`communication:${which}`, async () => {
    const id = (await post('press', 'communications', { title: unique(`Acción de la matriz (${which})`) })).id;
    if (which === 'published') await app.strapi.db.query(COMMUNICATION_UID).update({ where: { documentId: id }, data: { status: 'published' } });
    return id;
  });
const pieceBody = async () => ({ communication: await communication('identified'), channel: 'x', body: unique('Pieza de la matriz') });
const publishedPiece = () =>
  once('piece:published', async () => {
    const id = (await post('press', 'pieces', await pieceBody())).id;
    await app.strapi.db.query('api::piece.piece').update({ where: { documentId: id }, data: { status: 'published', communication: (await app.strapi.db.query(COMMUNICATION_UID).findOne({ where: { documentId: await communication('published') } }))!.id } });
    return id;
  });
const outboxRow = (channel: string, key: string) =>
  once(`outbox:${channel}`, async () => ((await app.strapi.db.query('api::notification.notification').create({ data: { channel, key, payload: {}, status: 'pending', attempts: 0 } })) as { documentId: string }).documentId);

const SUBJECTS: Record<BackofficeResource, Subject> = {
  actors: catalog('actors', () => ({ name: unique('Actor de la matriz'), kind: 'person' }), { notes: 'Revisado por la matriz' }),
  themes: catalog('themes', () => ({ code: unique('TM'), name: 'Tema de la matriz' }), { description: 'Revisado por la matriz' }),
  places: catalog('places', () => ({ code: unique('LM'), name: 'Lugar de la matriz', kind: 'other' }), { name: 'Lugar de la matriz, revisado' }),
  areas: catalog('areas', () => ({ code: unique('AM'), name: 'Área de la matriz' }), { name: 'Área de la matriz, revisada' }),
  positions: catalog('positions', () => ({ code: unique('CM'), name: 'Cargo de la matriz' }), { name: 'Cargo de la matriz, revisado' }),
  members: catalog(
    'members',
    () => {
      const username = unique('matriz');
      return { fullName: `Miembro ${username}`, username, email: `${username}@example.org`, password: 'clave-de-la-matriz', role: 'staff' };
    },
    { phone: '+507 6000-0000' },
  ),
  settings: { own: async () => 'current', create: async () => ({ shortName: 'Otra' }), update: () => ({ shortName: 'San Isidro' }) },
  activities: {
    own: () => once('activity:public', async () => (await post('agenda', 'activities', activity('public'))).id),
    other: () => once('activity:private', async () => (await post('agenda', 'activities', activity('private'))).id),
    create: async () => activity('public'),
    update: () => ({ description: 'Revisada por la matriz' }),
  },
  requests: {
    own: () => once('request', async () => (await post('agenda', 'requests', { kind: 'audience', subject: 'Solicitud de la matriz', requesterName: 'Vecino', channel: 'letter' })).id),
    create: async () => ({ kind: 'audience', subject: 'Solicitud de la matriz', requesterName: 'Vecino', channel: 'letter' }),
    update: () => ({ description: 'Revisada por la matriz' }),
  },
  tasks: {
    own: (role) => task(role, 'own'),
    other: (role) => task(role, 'other'),
    create: async () => ({ kind: 'instruction', title: 'Tarea nueva de la matriz', responsible: members.staff }),
    update: () => ({ progress: 10 }),
  },
  'task-updates': {
    own: (role) => once(`task-update:${role}`, async () => (await post('agenda', 'task-updates', { task: await task(role, 'own'), note: 'Avance de la matriz' })).id),
    other: (role) => once('task-update:other', async () => (await post('agenda', 'task-updates', { task: await task(role, 'other'), note: 'Avance de la matriz' })).id),
    create: async (role, parent) => ({ task: await task(role, parent), note: 'Avance nuevo de la matriz' }),
    update: () => ({ note: 'Avance revisado' }),
  },
  goals: {
    own: () => goal('own'),
    other: () => goal('other'),
    create: async () => ({ code: unique('MN'), title: 'Meta nueva de la matriz', status: 'draft' }),
    update: () => ({ indicatorCurrent: 3 }),
  },
  milestones: underGoal('milestones', () => ({ order: 1, title: 'Hito de la matriz', dueDate: '2030-06-30', weight: 1 })),
  'progress-reports': { ...underGoal('progress-reports', () => ({ narrative: 'Informe de la matriz' })), update: () => ({ narrative: 'Informe revisado' }) },
  aros: underGoal('aros', () => ({ kind: 'alert', title: 'Alerta de la matriz', severity: 'low' })),
  'audit-logs': { own: () => historyOf('public'), other: () => historyOf('private'), create: async () => ({ action: 'create' }), update: () => ({ recordLabel: 'x' }) },
  communications: {
    own: () => communication('published'),
    other: () => communication('identified'),
    create: async () => ({ title: unique('Acción nueva de la matriz') }),
    update: () => ({ keyMessage: 'Revisada por la matriz' }),
  },
  pieces: {
    own: (role) => (role === 'press' ? once('piece:draft', async () => (await post('press', 'pieces', await pieceBody())).id) : publishedPiece()),
    other: () => once('piece:other', async () => (await post('press', 'pieces', await pieceBody())).id),
    create: pieceBody,
    update: () => ({ body: 'Revisada por la matriz' }),
  },
  deliveries: {
    own: () => outboxRow('x', 'piece:matriz'),
    other: () => outboxRow('email', 'matriz:correo'),
    create: async () => ({ channel: 'x', key: 'piece:nueva' }),
    update: () => ({ status: 'sent' }),
  },
};

/** A record made just to be deleted: a fresh "own" or "other" one. */
async function fresh(resource: BackofficeResource, role: Role, which: 'own' | 'other'): Promise<string> {
  switch (resource) {
    case 'goals':
      return (await post('follow-up', 'goals', { code: unique('MB'), title: 'Meta para borrar', status: 'draft', isPublic: which === 'own', manager: which === 'own' ? members['goal-manager'] : members.ajaen })).id;
    case 'milestones':
    case 'progress-reports':
    case 'aros':
      return (await post('follow-up', resource, { ...(await SUBJECTS[resource].create(role, which)) })).id;
    case 'activities':
      return (await post('agenda', 'activities', activity(which === 'own' ? 'public' : 'private'))).id;
    case 'tasks':
      return (await post('agenda', 'tasks', { kind: 'instruction', title: unique('Tarea para borrar'), responsible: which === 'own' ? members[role] : members.mgonzalez })).id;
    case 'task-updates':
      return (await post('agenda', 'task-updates', { task: await task(role, which), note: 'Avance para borrar' })).id;
    case 'requests':
      return (await post('agenda', 'requests', await SUBJECTS.requests.create(role, 'own'))).id;
    case 'communications':
      return (await post('press', 'communications', { title: unique('Acción para borrar') })).id;
    case 'pieces':
      return (await post('press', 'pieces', await pieceBody())).id;
    default:
      return (await post('admin', resource, await SUBJECTS[resource].create(role, 'own'))).id;
  }
}

type Outcome = Record<string, number | string | string[]>;
const status = (allowed: boolean, ok: number) => (allowed ? ok : 403);

/** What the matrix and the record rules say each call answers. */
function expected(resource: BackofficeResource, role: Role, ownId: string, otherId: string | undefined): Outcome {
  const rule = RULES[resource];
  const may = (action: Action) => can(role, resource, action);
  const hidden = !!rule?.hiddenFrom.includes(role);
  const locked = !!rule?.notWritableBy?.includes(role);
  const onOther = (action: Action, ok: number) => (!may(action) ? 403 : hidden ? 404 : locked && action !== 'read' ? 403 : ok);
  const out: Outcome = {
    list: status(may('read'), 200),
    getOwn: status(may('read'), 200),
    create: status(may('create'), 201),
    updateOwn: status(may('update'), 200),
    deleteOwn: status(may('delete'), 200),
  };
  if (may('read') && resource !== 'settings') out.listed = [ownId, ...(otherId && !hidden ? [otherId] : [])].sort();
  if (rule && otherId) {
    out.getOther = onOther('read', 200);
    out.updateOther = onOther('update', 200);
    out.deleteOther = onOther('delete', 200);
  }
  if (rule?.createOther) out.createOther = !may('create') ? 403 : rule.createOther.refused.includes(role) ? `400 ${rule.createOther.field}` : 201;
  return out;
}

const withErrors = (res: { status: number; body: { errors?: Record<string, unknown> } }) =>
  res.status === 400 ? `400 ${Object.keys(res.body?.errors ?? {}).join(',')}` : res.status;

/** What the API answers, call by call. */
async function actual(resource: BackofficeResource, role: Role, ownId: string, otherId: string | undefined): Promise<Outcome> {
  const subject = SUBJECTS[resource];
  const rule = RULES[resource];
  const headers = await auth(role);
  const url = `/api/backoffice/${resource}`;
  const ids = [ownId, ...(otherId ? [otherId] : [])];
  const list = await app.http.get(url).query({ filter: JSON.stringify({ id: ids }) }).set(headers);
  const out: Outcome = { list: list.status };
  if (list.status === 200 && resource !== 'settings') out.listed = (list.body as Array<{ id: string }>).map((r) => r.id).sort();
  out.getOwn = (await app.http.get(`${url}/${ownId}`).set(headers)).status;
  out.create = withErrors(await app.http.post(url).set(headers).send(await subject.create(role, 'own')));
  out.updateOwn = (await app.http.put(`${url}/${ownId}`).set(headers).send(subject.update())).status;
  const deleteTarget = async (which: 'own' | 'other') => (can(role, resource, 'delete') ? fresh(resource, role, which) : which === 'own' ? ownId : otherId!);
  out.deleteOwn = (await app.http.delete(`${url}/${await deleteTarget('own')}`).set(headers)).status;
  if (rule && otherId) {
    out.getOther = (await app.http.get(`${url}/${otherId}`).set(headers)).status;
    out.updateOther = (await app.http.put(`${url}/${otherId}`).set(headers).send(subject.update())).status;
    out.deleteOther = (await app.http.delete(`${url}/${await deleteTarget('other')}`).set(headers)).status;
  }
  if (rule?.createOther) out.createOther = withErrors(await app.http.post(url).set(headers).send(await subject.create(role, 'other')));
  return out;
}

beforeAll(async () => {
  app = await startApp();
  const rows = (await app.strapi.db.query('api::member.member').findMany({ populate: { user: { select: ['username'] } } })) as Array<{ documentId: string; user: { username: string } | null }>;
  for (const m of rows) if (m.user) members[m.user.username] = m.documentId;
});
afterAll(() => app.stop());

const CASES = BACKOFFICE_RESOURCES.flatMap((resource) => ROLES.map((role) => [resource, role] as const));
let calls = 0;

describe('the permission matrix, generated from config: every resource × role × action, on own and other records', () => {
  it('knows how to exercise every resource of the matrix (a new resource needs its subject here)', () => {
    expect(Object.keys(SUBJECTS).sort()).toEqual([...BACKOFFICE_RESOURCES].sort());
  });

  it.each(CASES)('%s as %s', async (resource, role) => {
    const subject = SUBJECTS[resource];
    const ownId = await subject.own(role);
    const otherId = RULES[resource] ? await subject.other?.(role) : undefined;
    const got = await actual(resource, role, ownId, otherId);
    calls += Object.keys(got).filter((k) => k !== 'listed').length;
    expect({ resource, role, ...got }).toEqual({ resource, role, ...expected(resource, role, ownId, otherId) });
  });

  afterAll(() => {
    console.log(`permission matrix: ${BACKOFFICE_RESOURCES.length} resources × ${ROLES.length} roles: ${CASES.length} cases, ${calls} calls checked`);
  });
});
