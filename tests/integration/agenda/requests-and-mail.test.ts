import path from 'node:path';
import type { DataProvider } from 'ra-core';
import { dayInWords, zonedInstant } from '@sigobito/config/contracts';
import { startApp, type TestApp } from '../helpers/app';
import { startSmtp } from '../helpers/smtp';
import { at, memberId, page } from '../helpers/agenda';
import { CMS_DIST, loadCms } from '../../../scripts/lib/cms';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let agenda: DataProvider;

 
const outbox = () => require(path.join(CMS_DIST, 'src/notifications/outbox'));
 
const reminders = () => require(path.join(CMS_DIST, 'src/modules/agenda/notifications'));
/** A form token as the CMS signs it, for a form shown `ago` ms before now. */
const shownAgo = (ago: number): string => {
  const { formSecret } = require(path.join(CMS_DIST, 'src/modules/agenda/citizen-requests'));
  return require(path.join(CMS_DIST, 'src/modules/agenda/form-token')).issueFormToken(Date.now() - ago, formSecret());
};

const waitForMail = async (to: string, subject: RegExp) => {
  for (let i = 0; i < 100; i++) {
    await outbox().flushOutbox(app.strapi);
    const found = smtp.to(to).find((m) => subject.test(m.subject ?? ''));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail "${subject}" to ${to}; got: ${smtp.received.map((m) => `${m.subject}`).join(' | ')}`);
};

const transition = async (id: string, body: Record<string, unknown>, role: 'agenda' | 'mayor' | 'staff' = 'agenda') =>
  app.http.post(`/api/backoffice/requests/${id}/transition`).set('Authorization', `Bearer ${await app.login(role)}`).send(body);

const form = (over: Record<string, unknown> = {}) => ({
  kind: 'audience',
  subject: 'Problema de agua en el barrio',
  description: 'Hace tres semanas que no llega el agua a la calle 5.',
  name: 'Rosa Quintero',
  email: 'rosa@example.org',
  phone: '',
  website: '',
  formToken: shownAgo(60_000),
  ...over,
});

beforeAll(async () => {
  smtp = await startSmtp();
  Object.assign(process.env, smtp.env);
  app = await startApp();
  agenda = await app.client('agenda');
});
afterAll(async () => {
  await app.stop();
  await smtp.stop();
});

describe('a request registered in the back office', () => {
  it('gets a tracking code, an answer due date from the settings, and status received', async () => {
    const { data } = await agenda.create('requests', { data: { kind: 'invitation', subject: 'Invitación a la feria', requesterName: 'Club de Leones', channel: 'letter' } });
    expect(data).toMatchObject({ status: 'received', trackingCode: expect.stringMatching(/^[A-Z2-9]{10}$/), receivedAt: expect.any(String), overdue: false });
    // Ten days after the day it was received in the municipality (between 00:00 and 05:00 UTC
    // that is the day before UTC's).
    const { timeZone } = (await app.strapi.db.query('api::setting.setting' as never).findOne({})) as { timeZone: string };
    const receivedDay = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date(data.receivedAt));
    expect((Date.parse(`${data.answerDueDate}T00:00:00Z`) - Date.parse(`${receivedDay}T00:00:00Z`)) / 86_400_000).toBe(10);
  });

  it('refuses a request without a requester and refuses editing its status directly', async () => {
    const err = await agenda.create('requests', { data: { kind: 'audience', subject: 'Sin nadie' } }).catch((e) => e);
    expect(err.body.errors.requesterName).toMatch(/actor o un nombre/);
    const { data } = await agenda.create('requests', { data: { kind: 'audience', subject: 'Estado fijo', requesterName: 'X' } });
    const err2 = await agenda.update('requests', { id: data.id, data: { ...data, status: 'accepted' }, previousData: data }).catch((e) => e);
    expect([err2.status, err2.body.errors.status]).toEqual([400, expect.stringContaining('/requests/:id/transition')]);
    expect((await agenda.getOne('requests', { id: data.id })).data.status).toBe('received');
  });

  it('follows only the allowed transitions, and accepting into a slot creates the activity', async () => {
    const { data: r } = await agenda.create('requests', { data: { kind: 'audience', subject: 'Audiencia de la junta comunal', requesterName: 'Junta Comunal de El Guayabo' } });
    const skip = await transition(r.id, { to: 'accepted', slot: { start: at(3, 14), end: at(3, 15) } });
    expect(skip.status).toBe(400);
    expect(skip.body.errors.to).toContain('in_review');
    expect((await transition(r.id, { to: 'in_review' })).status).toBe(200);
    const noSlot = await transition(r.id, { to: 'accepted' });
    expect(noSlot.body.errors.slot).toBe('Elija un horario o una actividad existente');
    const accepted = await transition(r.id, { to: 'accepted', answerText: 'Le esperamos', slot: { start: at(3, 14), end: at(3, 15), visibility: 'public' } });
    expect(accepted.status).toBe(200);
    expect(accepted.body.request).toMatchObject({ status: 'accepted', answeredAt: expect.any(String), activity: accepted.body.activity.id });
    expect(accepted.body.activity).toMatchObject({ title: 'Audiencia de la junta comunal', kind: 'audience', status: 'confirmed', visibility: 'public', start: at(3, 14) });
    expect((await transition(r.id, { to: 'in_review' })).status).toBe(400);
    expect((await transition(r.id, { to: 'closed' })).status).toBe(200);
    expect((await transition(r.id, { to: 'closed' })).body.errors.to).toBe('La solicitud está cerrada');
  });

  it('is delegated to an active member, and only agenda and mayor move requests', async () => {
    const { data: r } = await agenda.create('requests', { data: { kind: 'invitation', subject: 'Acto de graduación', requesterName: 'Colegio' } });
    await transition(r.id, { to: 'in_review' });
    expect((await transition(r.id, { to: 'delegated' })).body.errors.delegatedTo).toBe('Indique a quién se delega');
    const staffId = await memberId(agenda, 'staff');
    const ok = await transition(r.id, { to: 'delegated', delegatedTo: staffId }, 'mayor');
    expect(ok.body.request).toMatchObject({ status: 'delegated', delegatedTo: staffId });
    expect((await transition(r.id, { to: 'closed' }, 'staff')).status).toBe(403);
  });

  it('hides requests (and their contact data) from roles that do not handle them', async () => {
    for (const role of ['staff', 'press', 'goal-manager', 'follow-up'] as const) {
      const jwt = await app.login(role);
      expect([role, (await app.http.get('/api/backoffice/requests').set('Authorization', `Bearer ${jwt}`)).status]).toEqual([role, 403]);
    }
  });

  it('lists overdue requests: unanswered past their answer due date', async () => {
    const { data } = await agenda.create('requests', { data: { kind: 'attention', subject: 'Vieja', requesterName: 'Alguien', receivedAt: at(-30, 15), answerDueDate: '2020-01-01' } });
    expect(data.overdue).toBe(true);
    const overdue = await agenda.getList('requests', { ...page, filter: { overdue: true } });
    expect(overdue.data.map((r) => r.id)).toContain(data.id);
    expect(overdue.data.every((r) => r.overdue)).toBe(true);
  });
});

describe('a citizen asks for an audience on the public site', () => {
  // Each case starts with a fresh per-address budget (the limit has its own case below).
  beforeEach(() => require(path.join(CMS_DIST, 'src/api/public/controllers/public')).requestLimiter.reset());

  it('gets a tracking code, an e-mail, and can follow the status (nothing private)', async () => {
    const res = await app.http.post('/api/public/requests').send(form());
    expect(res.status).toBe(201);
    const code = res.body.trackingCode as string;
    const mail = await waitForMail('rosa@example.org', /Recibimos su solicitud/);
    expect(mail.text).toContain(code);
    expect(mail.text).toContain(`/solicitudes/estado?codigo=${code}`);
    // Signed as the settings name the mayor: the demo's is a woman.
    expect(mail.text).toContain('— Despacho de la Alcaldesa');

    const status = await app.http.get(`/api/public/requests/${code}`);
    expect(status.body.data).toMatchObject({ trackingCode: code, status: 'received', statusLabel: 'Recibida', subject: 'Problema de agua en el barrio' });
    expect(JSON.stringify(status.body)).not.toMatch(/rosa@example.org|Rosa Quintero|phone|email/);
    expect((await app.http.get('/api/public/requests/NOPE1234567')).status).toBe(404);

    const { data: inbox } = await agenda.getList('requests', { ...page, filter: { trackingCode: code } });
    expect(inbox[0]).toMatchObject({ channel: 'web_form', requesterName: 'Rosa Quintero', requesterEmail: 'rosa@example.org', status: 'received' });

    await transition(inbox[0].id, { to: 'in_review' });
    await transition(inbox[0].id, { to: 'accepted', answerText: 'La recibirá el alcalde el jueves.', slot: { start: at(4, 15), end: at(4, 16) } });
    const answered = await waitForMail('rosa@example.org', /fue aceptada/);
    expect(answered.text).toContain('La recibirá el alcalde el jueves.');
    const after = await app.http.get(`/api/public/requests/${code.toLowerCase()}`);
    expect(after.body.data).toMatchObject({ status: 'accepted', answerText: 'La recibirá el alcalde el jueves.', scheduledStart: at(4, 15) });
  });

  it('explains bad input field by field, in Spanish', async () => {
    const res = await app.http.post('/api/public/requests').send(form({ kind: 'bribe', subject: 'x', email: 'no', name: '' }));
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['email', 'kind', 'name', 'subject']);
    const noContact = await app.http.post('/api/public/requests').send(form({ email: '', phone: '' }));
    expect(noContact.body.errors.email).toBe('Deje un correo o un teléfono para responderle');
  });

  it('turns away bots: a filled honeypot, a form sent too fast', async () => {
    const before = await app.strapi.db.query('api::request.request').count();
    expect((await app.http.post('/api/public/requests').send(form({ website: 'http://spam.example' }))).status).toBe(400);
    expect((await app.http.post('/api/public/requests').send(form({ formToken: undefined }))).status).toBe(400);
    expect(await app.strapi.db.query('api::request.request').count()).toBe(before);
  });

  it('signs the time a form was shown: a form sent at once, or with a made-up old time, is refused', async () => {
    const before = await app.strapi.db.query('api::request.request').count();
    const issued = await app.http.get('/api/public/requests/form-token');
    expect(issued.status).toBe(200);
    expect(issued.headers['cache-control']).toBe('no-store');
    const token: string = issued.body.token;
    const atOnce = await app.http.post('/api/public/requests').send(form({ formToken: token }));
    expect(atOnce.status).toBe(400);
    expect(atOnce.body.errors.form).toMatch(/vuelva a cargar la página/);
    const [, signature] = token.split('.');
    const madeUp = await app.http.post('/api/public/requests').send(form({ formToken: `${Date.now() - 60_000}.${signature}` }));
    expect(madeUp.status).toBe(400);
    const bareTime = await app.http.post('/api/public/requests').send(form({ formToken: String(Date.now() - 60_000) }));
    expect(bareTime.status).toBe(400);
    expect(await app.strapi.db.query('api::request.request').count()).toBe(before);
  });

  it('limits how many requests one address sends in an hour', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await app.http.post('/api/public/requests').send(form({ subject: `Solicitud número ${i}` }))).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(5);
  });
});

describe('e-mail notifications', () => {
  it('tells the receiver of a handover, in one e-mail, what they now have', async () => {
    const admin = await app.client('admin');
    const [leaving, receiver] = [await memberId(admin, 'krodriguez'), await memberId(admin, 'ajaen')];
    for (const title of ['Revisar contrato de aseo', 'Llamar a la junta comunal']) await agenda.create('tasks', { data: { title, responsible: leaving, dueDate: '2030-01-01' } });
    const jwt = await app.login('admin');
    const res = await app.http.post(`/api/backoffice/members/${leaving}/deactivate`).set('Authorization', `Bearer ${jwt}`).send({ handoverTo: receiver });
    expect(res.status).toBe(200);
    const mail = await waitForMail('ajaen@demo.sigobito.org', /Recibe el trabajo abierto de/);
    expect(mail.text).toMatch(/· 2 tareas/);
    expect(mail.text).toContain('/backoffice/#/my-tasks');
    await outbox().flushOutbox(app.strapi);
    expect(smtp.to('ajaen@demo.sigobito.org').filter((m) => /Recibe el trabajo abierto/.test(m.subject ?? ''))).toHaveLength(1);
  });

  it('tells the responsible a task was assigned, unless they turned it off', async () => {
    const staffId = await memberId(agenda, 'staff');
    await agenda.create('tasks', { data: { title: 'Visitar la escuela', responsible: staffId, dueDate: '2030-01-01' } });
    const mail = await waitForMail('staff@demo.sigobito.org', /Nueva tarea: Visitar la escuela/);
    expect(mail.text).toContain('/backoffice/#/tasks/');

    const admin = await app.client('admin');
    const quiet = await memberId(admin, 'jcedeno');
    const m = (await admin.getOne('members', { id: quiet })).data;
    await admin.update('members', { id: quiet, data: { notificationPreferences: { ...m.notificationPreferences, taskAssigned: false } }, previousData: m });
    await agenda.create('tasks', { data: { title: 'Tarea silenciosa', responsible: quiet } });
    await outbox().flushOutbox(app.strapi);
    expect(smtp.to('jcedeno@demo.sigobito.org').length).toBe(0);
  });

  it('sends due-soon and overdue reminders once per task and due date, however often the job runs', async () => {
    const mg = await memberId(agenda, 'mgonzalez');
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Panama' }).format(new Date(Date.now() - 86_400_000));
    await agenda.create('tasks', { data: { title: 'Entregar el informe', responsible: mg, dueDate: yesterday } });
    // 12:00 in Panama of Panama's today (from midnight UTC to midnight there, UTC's date is tomorrow).
    const noon = zonedInstant(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Panama' }).format(new Date()), '12:00', 'America/Panama');
    await reminders().sendTaskReminders(app.strapi, noon);
    await reminders().sendTaskReminders(app.strapi, noon);
    const reminder = await waitForMail('mgonzalez@demo.sigobito.org', /Tarea vencida: Entregar el informe/);
    // The due date in words, as a letter writes it, never as ISO.
    expect(reminder.text).toContain(`Venció el ${dayInWords(yesterday)} la tarea «Entregar el informe»`);
    expect(reminder.text).not.toContain(yesterday);
    await outbox().flushOutbox(app.strapi);
    expect(smtp.to('mgonzalez@demo.sigobito.org').filter((m) => /Tarea vencida: Entregar el informe/.test(m.subject ?? '')).length).toBe(1);
    const night = new Date(noon.getTime() - 10 * 3600_000); // 02:00 in Panama
    const rows = await app.strapi.db.query('api::notification.notification').count();
    expect(await reminders().sendTaskReminders(app.strapi, night)).toBe(0);
    expect(await app.strapi.db.query('api::notification.notification').count()).toBe(rows);
  });

  it('keeps a message pending and retries later when the SMTP server is down, and never sends it twice', async () => {
    const { enqueue, flushOutbox, resetTransport } = outbox();
    process.env.SMTP_PORT = '1'; // nothing listens there
     
    require('@sigobito/config').resetEnvCache();
    resetTransport();
    await enqueue(app.strapi, { key: 'test:retry', to: 'retry@example.org', subject: 'Reintento', text: 'hola' });
    await flushOutbox(app.strapi);
    const row = await app.strapi.db.query('api::notification.notification').findOne({ where: { key: 'test:retry' } });
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.any(String), nextAttemptAt: expect.anything() });

    process.env.SMTP_PORT = String(smtp.port);
    require('@sigobito/config').resetEnvCache();
    resetTransport();
    await flushOutbox(app.strapi, new Date(Date.now() + 2 * 60_000));
    expect((await app.strapi.db.query('api::notification.notification').findOne({ where: { key: 'test:retry' } })).status).toBe('sent');
    expect(await enqueue(app.strapi, { key: 'test:retry', to: 'retry@example.org', subject: 'Reintento', text: 'hola' })).toBe(false);
    await flushOutbox(app.strapi, new Date(Date.now() + 60 * 60_000));
    expect(smtp.to('retry@example.org').length).toBe(1);
  });

  it('keeps what was waiting across a restart of the server, and sends it once', async () => {
    const { enqueue, flushOutbox, resetTransport } = outbox();
    process.env.SMTP_PORT = '1';
    require('@sigobito/config').resetEnvCache();
    resetTransport();
    await enqueue(app.strapi, { key: 'test:restart', to: 'restart@example.org', subject: 'Tras reiniciar', text: 'hola' });
    await flushOutbox(app.strapi);

    // The server stops and starts again on the same database, with the mail server back.
    await app.strapi.destroy();
    process.env.SMTP_PORT = String(smtp.port);
    require('@sigobito/config').resetEnvCache();
    const restarted = await loadCms();
    app.strapi = restarted;
    app.stop = () => restarted.destroy();
    const fresh = outbox();
    fresh.resetTransport();
    expect(await restarted.db.query('api::notification.notification').findOne({ where: { key: 'test:restart' } })).toMatchObject({ status: 'pending', attempts: 1 });
    await fresh.flushOutbox(restarted, new Date(Date.now() + 2 * 60_000));
    await fresh.flushOutbox(restarted, new Date(Date.now() + 60 * 60_000));
    expect(await fresh.enqueue(restarted, { key: 'test:restart', to: 'restart@example.org', subject: 'Tras reiniciar', text: 'hola' })).toBe(false);
    expect(smtp.to('restart@example.org').map((m) => m.subject)).toEqual(['Tras reiniciar']);
  });
});
