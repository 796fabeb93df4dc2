import path from 'node:path';
import type { DataProvider } from 'ra-core';
import { startApp, DEMO_PASSWORD, type TestApp } from '../helpers/app';
import { at, memberId, page } from '../helpers/agenda';
import { CMS_DIST } from '../../../scripts/lib/cms';

/*
 * A write and everything that goes with it (its audit entry, its outbox rows, the records an
 * action links or moves) commit or roll back together. Each test makes one step fail half-way,
 * with a database lifecycle that throws, and finds nothing half-written.
 */

let app: TestApp;
let agenda: DataProvider;
let admin: DataProvider;

const TASK = 'api::task.task';
const AUDIT = 'api::audit-log.audit-log';
const OUTBOX = 'api::notification.notification';

 
const tx = () => require(path.join(CMS_DIST, 'src/backoffice/transaction'));

beforeAll(async () => {
  app = await startApp();
  agenda = await app.client('agenda');
  admin = await app.client('admin');
});
afterAll(() => app.stop());

type Hook = 'beforeCreate' | 'afterCreate' | 'beforeUpdate' | 'afterUpdate' | 'beforeDelete';

/**
 * Runs `fn` while every `hook` on `uid` throws; the failure is gone afterwards, whatever happens.
 * The server's log of the 500 it causes is kept quiet meanwhile.
 */
async function failing<T>(uid: string, hook: Hook, fn: () => Promise<T>): Promise<T> {
  const unsubscribe = app.strapi.db.lifecycles.subscribe({
    models: [uid],
    [hook]: () => {
      throw new Error(`injected failure: ${hook} ${uid}`);
    },
  }) as unknown as () => void;
  const log = jest.spyOn(app.strapi.log, 'error').mockImplementation(() => app.strapi.log);
  try {
    return await fn();
  } finally {
    unsubscribe();
    log.mockRestore();
  }
}

/** The audit entries and outbox rows written while `fn` runs, committed or not. */
async function writtenDuring(fn: () => Promise<unknown>) {
  const written: string[] = [];
  const unsubscribe = app.strapi.db.lifecycles.subscribe({
    models: [AUDIT, OUTBOX],
    afterCreate: (event: { model: { uid: string }; result: Record<string, unknown> }) => {
      written.push(event.model.uid === AUDIT ? `audit ${event.result.action} ${event.result.contentType}` : `outbox ${String(event.result.key).split(':')[0]}`);
    },
  } as never) as unknown as () => void;
  try {
    await fn();
  } finally {
    unsubscribe();
  }
  return written;
}

const count = (uid: string, where: Record<string, unknown> = {}) => app.strapi.db.query(uid as never).count({ where });
const row = (uid: string, documentId: string, populate?: Record<string, unknown>) =>
  app.strapi.db.query(uid as never).findOne({ where: { documentId }, populate }) as Promise<Record<string, unknown>>;
/** How many audit entries and outbox rows there are: what a rolled-back write must not change. */
const trail = async () => ({ audit: await count(AUDIT), outbox: await count(OUTBOX) });
/** E-mails queued for an address (the outbox keeps the address in the message's payload). */
const mailsTo = async (to: string) =>
  ((await app.strapi.db.query(OUTBOX as never).findMany({ where: { channel: 'email' }, select: ['payload'] })) as Array<{ payload: { to?: string } | null }>).filter((m) => m.payload?.to === to).length;
const bearer = async (role: Parameters<TestApp['login']>[0]) => `Bearer ${await app.login(role)}`;

describe('an engine write', () => {
  it('that fails at its outbox row leaves neither the record nor its audit entry', async () => {
    const staff = await memberId(agenda, 'staff');
    const before = await trail();
    let res: Awaited<ReturnType<TestApp['http']['post']>> | undefined;
    const written = await writtenDuring(async () => {
      res = await failing(OUTBOX, 'beforeCreate', async () =>
        app.http.post('/api/backoffice/tasks').set('Authorization', await bearer('agenda')).send({ title: 'Tarea que no debe quedar', responsible: staff }),
      );
    });
    expect(written).toEqual([`audit create ${TASK}`]);
    // An injected internal failure: the general 500, without its details.
    expect(res!.status).toBe(500);
    expect(res!.body.error).toEqual({ status: 500, name: 'InternalServerError', message: 'Internal Server Error' });
    expect(await count(TASK, { title: 'Tarea que no debe quedar' })).toBe(0);
    expect(await trail()).toEqual(before);

    // The same write without the failure stores all three.
    const ok = await app.http.post('/api/backoffice/tasks').set('Authorization', await bearer('agenda')).send({ title: 'Tarea que sí queda', responsible: staff });
    expect(ok.status).toBe(201);
    expect(await count(AUDIT, { contentType: TASK, recordId: ok.body.id, action: 'create' })).toBe(1);
    expect(await count(OUTBOX, { key: `task-assigned:${ok.body.id}:${staff}` })).toBe(1);
  });

  it('that fails at its audit entry changes nothing: an update, and a delete', async () => {
    const { data: task } = await agenda.create('tasks', { data: { title: 'Título original', responsible: await memberId(agenda, 'agenda') } });
    const before = await trail();
    const update = await failing(AUDIT, 'beforeCreate', async () =>
      app.http.put(`/api/backoffice/tasks/${task.id}`).set('Authorization', await bearer('agenda')).send({ ...task, title: 'Título cambiado' }),
    );
    expect(update.status).toBe(500);
    expect((await row(TASK, task.id)).title).toBe('Título original');
    const remove = await failing(AUDIT, 'beforeCreate', async () => app.http.delete(`/api/backoffice/tasks/${task.id}`).set('Authorization', await bearer('agenda')));
    expect(remove.status).toBe(500);
    expect(await count(TASK, { documentId: task.id })).toBe(1);
    expect(await trail()).toEqual(before);
  });

  it('made outside the back office (a job, Strapi itself) is not stored without its audit entry either', async () => {
    const { data: task } = await agenda.create('tasks', { data: { title: 'Escrita por un proceso', responsible: await memberId(agenda, 'agenda') } });
    const write = () => app.strapi.documents(TASK as never).update({ documentId: task.id, data: { title: 'Cambiada por un proceso' } } as never);
    await failing(AUDIT, 'beforeCreate', () => expect(write()).rejects.toThrow(/injected failure/));
    expect((await row(TASK, task.id)).title).toBe('Escrita por un proceso');
  });
});

describe('accepting a request', () => {
  it('that fails at the request leaves no activity, no answer and no e-mail to the requester', async () => {
    const { data: request } = await agenda.create('requests', {
      data: { kind: 'audience', subject: 'Audiencia de la cooperativa', requesterName: 'Cooperativa El Progreso', requesterEmail: 'coop@example.org' },
    });
    const transition = async (body: Record<string, unknown>) =>
      app.http.post(`/api/backoffice/requests/${request.id}/transition`).set('Authorization', await bearer('agenda')).send(body);
    expect((await transition({ to: 'in_review' })).status).toBe(200);
    const activities = await count('api::activity.activity');
    const before = await trail();

    const accept = { to: 'accepted', answerText: 'Le recibimos el martes', slot: { start: at(5, 14), end: at(5, 15), title: 'Reunión con la cooperativa' } };
    const failed = await failing('api::request.request', 'beforeUpdate', () => transition(accept));
    expect(failed.status).toBe(500);
    expect(await count('api::activity.activity')).toBe(activities);
    expect(await row('api::request.request', request.id)).toMatchObject({ status: 'in_review', answeredAt: null, answerText: null });
    expect(await trail()).toEqual(before);

    const accepted = await transition(accept);
    expect(accepted.status).toBe(200);
    expect(accepted.body.request).toMatchObject({ status: 'accepted', activity: accepted.body.activity.id });
    expect(await count('api::activity.activity', { title: 'Reunión con la cooperativa' })).toBe(1);
    expect(await mailsTo('coop@example.org')).toBe(2); // received, then answered
  });
});

describe('escalating a restriction', () => {
  it('that fails at the restriction leaves no task and the restriction open', async () => {
    const followUp = await app.client('follow-up');
    const { data: goal } = await followUp.create('goals', { data: { code: 'M-TX', title: 'Alumbrado público', manager: await memberId(followUp, 'goal-manager'), status: 'in_execution' } });
    const { data: aro } = await followUp.create('aros', { data: { goal: goal.id, kind: 'restriction', severity: 'high', title: 'Falta el permiso de la empresa eléctrica' } });
    const escalate = async () =>
      app.http.post(`/api/backoffice/aros/${aro.id}/escalate`).set('Authorization', await bearer('follow-up')).send({ responsible: await memberId(followUp, 'agenda') });
    const tasks = await count(TASK);
    const before = await trail();

    let failed: Awaited<ReturnType<typeof escalate>> | undefined;
    // The task, its audit entry and its e-mail were written before the restriction failed...
    expect(await writtenDuring(async () => (failed = await failing('api::aro.aro', 'beforeUpdate', escalate)))).toEqual([`audit create ${TASK}`, 'outbox task-assigned']);
    expect(failed!.status).toBe(500);
    // ...and none of them is left.
    expect(await count(TASK)).toBe(tasks);
    expect(await row('api::aro.aro', aro.id)).toMatchObject({ status: 'open', treatmentStartedAt: null });
    expect(await trail()).toEqual(before);

    const done = await escalate();
    expect(done.status).toBe(201);
    expect(done.body.aro).toMatchObject({ status: 'in_treatment', tasks: [done.body.task.id] });
  });
});

describe('deactivating a member', () => {
  it('that fails half-way through the handover moves nothing, keeps the member active and sends nothing', async () => {
    const [leaving, receiver] = [await memberId(admin, 'krodriguez'), await memberId(admin, 'ajaen')];
    const followUp = await app.client('follow-up');
    const tasks = [];
    for (const title of ['Revisar el contrato de aseo', 'Llamar a la junta comunal']) tasks.push((await agenda.create('tasks', { data: { title, responsible: leaving, dueDate: '2030-01-01' } })).data);
    const { data: goal } = await followUp.create('goals', { data: { code: 'M-HANDOVER', title: 'Parque del barrio', manager: leaving, status: 'in_execution' } });
    const before = await trail();
    const deactivate = async () =>
      app.http.post(`/api/backoffice/members/${leaving}/deactivate`).set('Authorization', await bearer('admin')).send({ handoverTo: receiver });

    // The agenda's handovers run first: the tasks are moved when the goal's move fails.
    const failed = await failing('api::goal.goal', 'beforeUpdate', deactivate);
    expect(failed.status).toBe(500);
    for (const t of tasks) expect(((await row(TASK, t.id, { responsible: true })).responsible as { documentId: string }).documentId).toBe(leaving);
    expect(((await row('api::goal.goal', goal.id, { manager: true })).manager as { documentId: string }).documentId).toBe(leaving);
    expect(await row('api::member.member', leaving)).toMatchObject({ active: true, deactivatedAt: null });
    expect(await trail()).toEqual(before);
    const login = await app.http.post('/api/auth/local').send({ identifier: 'krodriguez', password: DEMO_PASSWORD });
    expect(login.status).toBe(200);

    const done = await deactivate();
    expect(done.status).toBe(200);
    expect(done.body.handedOver).toMatchObject({ tasks: 2, goals: 1 });
    const moved = await agenda.getList('tasks', { ...page, filter: { responsible: receiver } });
    expect(moved.data.map((t) => t.id)).toEqual(expect.arrayContaining(tasks.map((t) => t.id)));
    expect(await count(OUTBOX, { key: { $startsWith: `handover:${leaving}:` } })).toBe(1);
  });
});

describe('a citizen request from the public site', () => {
  it('that fails while being stored does not use up its form: sent again, it is registered', async () => {
    const { formSecret } = require(path.join(CMS_DIST, 'src/modules/agenda/citizen-requests'));
    const token = require(path.join(CMS_DIST, 'src/modules/agenda/form-token')).issueFormToken(Date.now() - 60_000, formSecret());
    const form = { kind: 'audience', subject: 'Calle sin alumbrado', description: 'La calle 8 lleva un mes sin alumbrado.', name: 'Luis Pérez', email: 'luis@example.org', website: '', formToken: token };
    const requests = await count('api::request.request');
    const failed = await failing('api::request.request', 'beforeCreate', () => app.http.post('/api/public/requests').send(form));
    expect(failed.status).toBe(500);
    expect(await count('api::request.request')).toBe(requests);
    const sent = await app.http.post('/api/public/requests').send(form);
    expect(sent.status).toBe(201);
    expect(await count('api::request.request')).toBe(requests + 1);
  });
});

describe('what follows a commit', () => {
  it('runs once the outermost transaction commits, outside it, and never after a rollback', async () => {
    const { inTransaction, afterCommit } = tx();
    const seen: string[] = [];
    await expect(
      inTransaction(app.strapi, async () => {
        await afterCommit(app.strapi, () => seen.push('rolled back'));
        throw new Error('injected');
      }),
    ).rejects.toThrow('injected');
    await inTransaction(app.strapi, async () => {
      await inTransaction(app.strapi, () => afterCommit(app.strapi, () => seen.push(`committed; still in a transaction: ${app.strapi.db.inTransaction()}`)));
      seen.push('inner done, outer open');
    });
    await afterCommit(app.strapi, () => seen.push('no transaction: at once'));
    expect(seen).toEqual(['inner done, outer open', 'committed; still in a transaction: false', 'no transaction: at once']);
  });
});
