import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { memberId, page } from '../helpers/agenda';

let app: TestApp;
let agenda: DataProvider;
let staff: DataProvider;
let staffMember: string;
let otherMember: string;
let mine: { id: string };
let theirs: { id: string };

const day = (offset: number) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Panama' }).format(d);
};

beforeAll(async () => {
  app = await startApp();
  agenda = await app.client('agenda');
  staff = await app.client('staff');
  staffMember = await memberId(agenda, 'staff');
  otherMember = await memberId(agenda, 'mgonzalez');
  mine = (await agenda.create('tasks', { data: { title: 'Revisar luminarias del parque', responsible: staffMember, dueDate: day(-1), kind: 'instruction' } })).data as { id: string };
  theirs = (await agenda.create('tasks', { data: { title: 'Informe de la junta comunal', responsible: otherMember, dueDate: day(10), kind: 'errand' } })).data as { id: string };
});
afterAll(() => app.stop());

describe('tasks and their traffic light', () => {
  it('computes the light from the due date in the municipality day', async () => {
    const soon = (await agenda.create('tasks', { data: { title: 'Llamar al ministerio', responsible: otherMember, dueDate: day(2) } })).data;
    const none = (await agenda.create('tasks', { data: { title: 'Sin fecha', responsible: otherMember } })).data;
    expect((await agenda.getOne('tasks', { id: mine.id })).data.light).toBe('overdue');
    expect(soon.light).toBe('due_soon');
    expect((await agenda.getOne('tasks', { id: theirs.id })).data.light).toBe('on_time');
    expect(none.light).toBe('on_time');
  });

  it('filters by light, by origin and "mine"', async () => {
    const overdue = await agenda.getList('tasks', { ...page, filter: { light: 'overdue' } });
    expect(overdue.data.map((t) => t.id)).toEqual([mine.id]);
    const several = await agenda.getList('tasks', { ...page, filter: { light: ['overdue', 'due_soon'] } });
    expect(several.data.every((t) => ['overdue', 'due_soon'].includes(t.light))).toBe(true);
    expect(several.total).toBe(2);
    const noOrigin = await agenda.getList('tasks', { ...page, filter: { origin: 'none' } });
    expect(noOrigin.total).toBeGreaterThanOrEqual(2);
    const staffMine = await staff.getList('tasks', { ...page, filter: { mine: true } });
    expect(staffMine.data.map((t) => t.id)).toEqual([mine.id]);
  });

  it('records who assigned the task and stamps completion', async () => {
    const agendaMember = await memberId(agenda, 'agenda');
    const t = (await agenda.getOne('tasks', { id: theirs.id })).data;
    expect(t.assignedBy).toBe(agendaMember);
    const done = (await agenda.update('tasks', { id: theirs.id, data: { status: 'done' }, previousData: t })).data;
    expect(done).toMatchObject({ status: 'done', light: 'done', progress: 100, completedAt: expect.any(String) });
    const reopened = (await agenda.update('tasks', { id: theirs.id, data: { status: 'in_progress' }, previousData: done })).data;
    expect(reopened.completedAt).toBeNull();
  });

  it('gives a cancelled task its own light, never "done", and filters it apart from the done ones', async () => {
    const t = (await agenda.create('tasks', { data: { title: 'Acto protocolar suspendido', responsible: otherMember, dueDate: day(-3) } })).data;
    const cancelled = (await agenda.update('tasks', { id: t.id, data: { status: 'cancelled' }, previousData: t })).data;
    expect(cancelled).toMatchObject({ status: 'cancelled', light: 'cancelled' });
    const byLight = async (light: string) => (await agenda.getList('tasks', { ...page, filter: { light } })).data.map((x) => x.id);
    expect(await byLight('cancelled')).toContain(t.id);
    expect(await byLight('done')).not.toContain(t.id);
    expect(await byLight('overdue')).not.toContain(t.id);
  });

  it('refuses a task without a responsible', async () => {
    const err = await agenda.create('tasks', { data: { title: 'Nadie' } }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.errors.responsible).toBe('Es obligatorio');
  });
});

describe('staff see and update only their own tasks', () => {
  it('lists only the tasks assigned to them', async () => {
    const list = await staff.getList('tasks', { ...page, filter: {} });
    expect(list.data.map((t) => t.id)).toEqual([mine.id]);
    expect(list.total).toBe(1);
  });

  it("cannot open, fetch or update someone else's task", async () => {
    await expect(staff.getOne('tasks', { id: theirs.id })).rejects.toMatchObject({ status: 404 });
    expect((await staff.getMany('tasks', { ids: [theirs.id, mine.id] })).data.map((t) => t.id)).toEqual([mine.id]);
    await expect(staff.update('tasks', { id: theirs.id, data: { status: 'done' }, previousData: { id: theirs.id } })).rejects.toMatchObject({ status: 404 });
  });

  it('may change status and progress of their own task, nothing else', async () => {
    const t = (await staff.getOne('tasks', { id: mine.id })).data;
    const ok = (await staff.update('tasks', { id: mine.id, data: { ...t, status: 'in_progress', progress: 40 }, previousData: t })).data;
    expect(ok).toMatchObject({ status: 'in_progress', progress: 40, responsible: staffMember });
    const err = await staff.update('tasks', { id: mine.id, data: { ...ok, responsible: otherMember, dueDate: day(30) }, previousData: ok }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.errors).toEqual({ responsible: 'Su rol no puede cambiar este campo', dueDate: 'Su rol no puede cambiar este campo' });
    expect((await agenda.getOne('tasks', { id: mine.id })).data.responsible).toBe(staffMember);
  });

  it('cannot create or delete tasks', async () => {
    const jwt = await app.login('staff');
    expect((await app.http.post('/api/backoffice/tasks').set('Authorization', `Bearer ${jwt}`).send({ title: 'x', responsible: staffMember })).status).toBe(403);
    expect((await app.http.delete(`/api/backoffice/tasks/${mine.id}`).set('Authorization', `Bearer ${jwt}`)).status).toBe(403);
  });

  it('adds follow-up entries to their task (author = them) but not to others', async () => {
    const entry = (await staff.create('task-updates', { data: { task: mine.id, note: 'Se cambiaron 4 luminarias', percent: 60 } })).data;
    expect(entry).toMatchObject({ task: mine.id, author: staffMember, percent: 60, date: expect.any(String) });
    expect((await staff.getOne('tasks', { id: mine.id })).data.progress).toBe(60);
    const spoof = (await staff.create('task-updates', { data: { task: mine.id, note: 'otra', author: otherMember } })).data;
    expect(spoof.author).toBe(staffMember);
    const err = await staff.create('task-updates', { data: { task: theirs.id, note: 'no es mía' } }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.errors.task).toBe(`No existe: ${theirs.id}`);
    const log = await staff.getManyReference('task-updates', { target: 'task', id: mine.id, ...page, filter: {} });
    expect(log.total).toBe(2);
    const theirLog = await staff.getList('task-updates', { ...page, filter: { task: theirs.id } });
    expect(theirLog.total).toBe(0);
  });
});

describe('commitments taken at an activity', () => {
  it('become tasks with the activity as their origin, listed on the activity', async () => {
    const act = (await agenda.create('activities', { data: { title: 'Gira a Los Naranjos', start: new Date().toISOString(), end: new Date(Date.now() + 3600e3).toISOString(), status: 'done', visibility: 'public' } })).data;
    const c = (await agenda.create('tasks', { data: { kind: 'commitment', title: 'Reparar el puente peatonal', activity: act.id, responsible: staffMember, dueDate: day(20) } })).data;
    expect(c).toMatchObject({ origin: 'activity', activity: act.id, kind: 'commitment' });
    const onActivity = await agenda.getManyReference('tasks', { target: 'activity', id: act.id, ...page, filter: {} });
    expect(onActivity.data.map((t) => t.id)).toEqual([c.id]);
    expect((await staff.getList('tasks', { ...page, filter: { origin: 'activity' } })).data.map((t) => t.id)).toEqual([c.id]);
  });
});

describe('handing over a leaving member', () => {
  it('moves their open tasks to the receiver and reports the count', async () => {
    const admin = await app.client('admin');
    const leaving = await memberId(admin, 'krodriguez');
    await agenda.create('tasks', { data: { title: 'Abierta', responsible: leaving } });
    const closed = (await agenda.create('tasks', { data: { title: 'Cerrada', responsible: leaving } })).data;
    await agenda.update('tasks', { id: closed.id, data: { status: 'done' }, previousData: closed });
    const jwt = await app.login('admin');
    const res = await app.http.post(`/api/backoffice/members/${leaving}/deactivate`).set('Authorization', `Bearer ${jwt}`).send({ handoverTo: otherMember });
    expect(res.status).toBe(200);
    expect(res.body.handedOver).toMatchObject({ tasks: 1, requests: 0 });
    const stillTheirs = await agenda.getList('tasks', { ...page, filter: { responsible: leaving } });
    expect(stillTheirs.data.map((t) => t.title)).toEqual(['Cerrada']);
  });
});
