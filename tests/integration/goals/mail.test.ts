import path from 'node:path';
import { addDays, dayInWords, localDate, weekStart, zonedInstant } from '@sigobito/config/contracts';
import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { startSmtp } from '../helpers/smtp';
import { memberId, page } from '../helpers/agenda';
import { CMS_DIST } from '../../../scripts/lib/cms';

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let followUp: DataProvider;
let goalId: string;

 
const load = (p: string) => require(path.join(CMS_DIST, p));
const flush = () => load('src/notifications/outbox').flushOutbox(app.strapi);
const subjects = (to: string) => smtp.to(to).map((m) => m.subject ?? '');
const day = (offset: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Panama' }).format(new Date(Date.now() + offset * 86_400_000));
/** Noon of the municipality's today (the day `day(0)` names: between midnight UTC and midnight in Panama, UTC's date is already tomorrow). */
const todayAtNoon = () => zonedInstant(day(0), '12:00', 'America/Panama');

beforeAll(async () => {
  smtp = await startSmtp();
  Object.assign(process.env, smtp.env);
  app = await startApp();
  followUp = await app.client('follow-up');
  goalId = (await followUp.create('goals', {
    data: { code: 'M-09', title: 'Caminos rurales', manager: await memberId(followUp, 'goal-manager'), followUpOfficer: await memberId(followUp, 'follow-up'), status: 'in_execution' },
  })).data.id as string;
});
afterAll(async () => {
  await app.stop();
  await smtp.stop();
});

describe('goal e-mails', () => {
  it('tells the follow-up officer and the mayor about a new restriction, not about an alert', async () => {
    const manager = await app.client('goal-manager');
    await manager.create('aros', { data: { goal: goalId, kind: 'alert', title: 'Lluvias' } });
    await manager.create('aros', { data: { goal: goalId, kind: 'restriction', severity: 'high', title: 'Sin maquinaria' } });
    await flush();
    expect(subjects('follow-up@demo.sigobito.org')).toEqual(['Nueva restricción (alta) en la meta M-09']);
    expect(subjects('mayor@demo.sigobito.org')).toEqual(['Nueva restricción (alta) en la meta M-09']);
  });

  it('reminds the responsible and the manager of a milestone due soon or overdue, once', async () => {
    const staff = await memberId(followUp, 'staff');
    await followUp.create('milestones', { data: { goal: goalId, order: 1, title: 'Compra de balasto', dueDate: day(-2), responsible: staff } });
    await followUp.create('milestones', { data: { goal: goalId, order: 2, title: 'Limpieza de cunetas', dueDate: day(5), responsible: staff } });
    const noon = todayAtNoon();
    const { sendMilestoneReminders } = load('src/modules/goals/notifications');
    expect(await sendMilestoneReminders(app.strapi, noon)).toBe(4);
    expect(await sendMilestoneReminders(app.strapi, noon)).toBe(0);
    await flush();
    expect(subjects('staff@demo.sigobito.org').sort()).toEqual(['Hito por vencer: M-09 hito 2', 'Hito vencido: M-09 hito 1']);
    const overdue = smtp.to('staff@demo.sigobito.org').find((m) => m.subject === 'Hito vencido: M-09 hito 1')!;
    expect(overdue.text).toContain(`Venció hace 2 días (el ${dayInWords(day(-2))}) el hito «Compra de balasto»`);
    expect(overdue.text).not.toContain(day(-2));
    expect(subjects('goal-manager@demo.sigobito.org').sort()).toEqual(['Hito por vencer: M-09 hito 2', 'Hito vencido: M-09 hito 1']);
  });

  it("sends the mayor's weekly digest on Monday morning only, once, with the week's numbers", async () => {
    const { sendWeeklyDigest } = load('src/modules/goals/notifications');
    const { digestText } = load('src/modules/goals/dashboard');
    const mayorView = { id: 0, username: 'x', email: '', role: 'mayor', member: null };
    const summary = (now: Date) => digestText(app.strapi, mayorView, now);
    const nextMonday = addDays(weekStart(localDate(new Date(), 'America/Panama')), 7);
    const monday = zonedInstant(nextMonday, '08:00', 'America/Panama');
    const tuesday = zonedInstant(addDays(nextMonday, 1), '08:00', 'America/Panama');
    expect(await sendWeeklyDigest(app.strapi, tuesday, summary)).toBe(0);
    expect(await sendWeeklyDigest(app.strapi, monday, summary)).toBe(1);
    expect(await sendWeeklyDigest(app.strapi, monday, summary)).toBe(0);
    await flush();
    const digest = smtp.to('mayor@demo.sigobito.org').find((m) => /Resumen de la semana/.test(m.subject ?? ''))!;
    expect(digest.subject).toBe(`Resumen de la semana del ${dayInWords(nextMonday)}`);
    // Days in words; only the links may hold anything like an ISO date.
    expect((digest.text ?? '').split('\n').filter((line) => !line.includes('http')).join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(digest.text).toMatch(/Restricciones abiertas: 1 — http:\/\/\S+\/backoffice\/#\/aros\?filter=/);
    expect(digest.text).toMatch(/Compromisos vencidos: \d+ — \S+#\/tasks\?filter=/);
    expect(digest.text).toMatch(/M-09 Caminos rurales: .*Hito 1 vencido/);
    // Each goal at risk or delayed links to its page in the back office.
    expect(digest.text).toContain(`/backoffice/#/goals/${goalId}/show`);
    const link = decodeURIComponent(/Hitos vencidos: \d+ — (\S+)/.exec(digest.text ?? '')![1]);
    expect(link).toContain('milestones?filter={"late":true}');
  });

  it('respects the per-user opt-out', async () => {
    const admin = await app.client('admin');
    const fu = await memberId(admin, 'follow-up');
    const m = (await admin.getOne('members', { id: fu })).data;
    await admin.update('members', { id: fu, data: { notificationPreferences: { ...m.notificationPreferences, newRestriction: false } }, previousData: m });
    await followUp.create('aros', { data: { goal: goalId, kind: 'restriction', severity: 'low', title: 'Otra' } });
    await flush();
    expect(subjects('follow-up@demo.sigobito.org')).toHaveLength(1);
    expect(subjects('mayor@demo.sigobito.org').filter((s) => /baja/.test(s))).toHaveLength(1);
    expect((await followUp.getList('aros', { ...page, filter: {} })).total).toBe(3);
  });

  it('tells the whole follow-up team about a restriction on a goal that has no follow-up officer', async () => {
    const jwt = await app.login('follow-up');
    await app.http.put('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`).send({ newRestriction: true }).expect(200);
    const manager = await memberId(followUp, 'goal-manager');
    const goal = (await followUp.create('goals', { data: { code: 'M-12', title: 'Meta sin responsable de seguimiento', manager, status: 'in_execution' } })).data.id as string;
    await followUp.create('aros', { data: { goal, kind: 'restriction', severity: 'high', title: 'Sin permiso de paso' } });
    await flush();
    expect(subjects('follow-up@demo.sigobito.org')).toContain('Nueva restricción (alta) en la meta M-12');
    expect(subjects('mayor@demo.sigobito.org')).toContain('Nueva restricción (alta) en la meta M-12');
  });

  it('does not remind anyone of the milestones of a draft, cancelled or completed goal', async () => {
    const staff = await memberId(followUp, 'staff');
    const manager = await memberId(followUp, 'goal-manager');
    for (const [code, status] of [['M-10', 'cancelled'], ['M-11', 'completed'], ['M-13', 'draft']]) {
      const goal = (await followUp.create('goals', { data: { code, title: `Meta ${status}`, manager, status } })).data.id as string;
      await followUp.create('milestones', { data: { goal, order: 1, title: 'Pendiente', dueDate: day(-1), responsible: staff } });
    }
    const noon = todayAtNoon();
    const { sendMilestoneReminders } = load('src/modules/goals/notifications');
    expect(await sendMilestoneReminders(app.strapi, noon)).toBe(0);
    await flush();
    expect(smtp.received.map((m) => m.subject ?? '').filter((s) => /M-1[013]/.test(s))).toEqual([]);
  });
});
