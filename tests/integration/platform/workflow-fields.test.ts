import type { DataProvider } from 'ra-core';
import { startApp, type TestApp } from '../helpers/app';
import { memberId } from '../helpers/agenda';

/*
 * Workflow fields (a request's and an ARO's status) are declared by their resource and the
 * kernel enforces them on every path: the generic PUT, the actions, and any other write through
 * the Document Service (a handover, a script).
 */
let app: TestApp;
let agenda: DataProvider;
let followUp: DataProvider;
let goal: string;

const put = async (resource: string, id: string, body: Record<string, unknown>, role: 'agenda' | 'follow-up') =>
  app.http.put(`/api/backoffice/${resource}/${id}`).set('Authorization', `Bearer ${await app.login(role)}`).send(body);
const fieldErrors = (res: { body: { error?: { details?: { errors?: unknown[] } } } }) => res.body.error?.details?.errors;
const stored = async (uid: string, documentId: string) => ((await app.strapi.db.query(uid as never).findOne({ where: { documentId } })) as { status: string }).status;

beforeAll(async () => {
  app = await startApp();
  agenda = await app.client('agenda');
  followUp = await app.client('follow-up');
  goal = ((await followUp.create('goals', { data: { code: 'M-WF', title: 'Alumbrado público', manager: await memberId(followUp, 'goal-manager'), status: 'in_execution' } })).data as { id: string }).id;
});
afterAll(() => app.stop());

describe("a request's status", () => {
  it('is refused through the generic PUT (400 on status, workflow_action), and the request stays received', async () => {
    const { data } = await agenda.create('requests', { data: { kind: 'audience', subject: 'Audiencia directa', requesterName: 'Junta' } });
    const res = await put('requests', data.id, { status: 'closed' }, 'agenda');
    expect([res.status, fieldErrors(res)]).toEqual([400, [{ path: ['status'], code: 'workflow_action', params: { action: 'POST /api/backoffice/requests/:id/transition' }, message: expect.stringContaining('POST /api/backoffice/requests/:id/transition') }]]);
    expect(await stored('api::request.request', data.id)).toBe('received');
  });

  it('may be sent back unchanged with the rest of the form', async () => {
    const { data } = await agenda.create('requests', { data: { kind: 'audience', subject: 'Antes', requesterName: 'Junta' } });
    const res = await put('requests', data.id, { ...data, subject: 'Después' }, 'agenda');
    expect([res.status, res.body.subject, res.body.status]).toEqual([200, 'Después', 'received']);
  });

  it('starts received even when a create asks for another state', async () => {
    const { data } = await agenda.create('requests', { data: { kind: 'audience', subject: 'Estado inventado', requesterName: 'Junta', status: 'closed' } });
    expect(data.status).toBe('received');
  });

  it('moves through its action, and a write outside the back office that skips the workflow is refused by the same rule', async () => {
    const { data } = await agenda.create('requests', { data: { kind: 'invitation', subject: 'Feria', requesterName: 'Club' } });
    const docs = app.strapi.documents('api::request.request' as never) as unknown as { update: (p: unknown) => Promise<unknown> };
    await expect(docs.update({ documentId: data.id, data: { status: 'closed' } })).rejects.toMatchObject({ errors: [{ path: 'status', code: 'invalid_transition' }] });
    expect(await stored('api::request.request', data.id)).toBe('received');
    const moved = await app.http.post(`/api/backoffice/requests/${data.id}/transition`).set('Authorization', `Bearer ${await app.login('agenda')}`).send({ to: 'in_review' });
    expect([moved.status, moved.body.request.status]).toEqual([200, 'in_review']);
    await docs.update({ documentId: data.id, data: { status: 'declined' } });
    expect(await stored('api::request.request', data.id)).toBe('declined');
  });
});

describe("an ARO's status", () => {
  it('moves by a plain PUT only as the ARO rule allows', async () => {
    const aro = (await followUp.create('aros', { data: { goal, kind: 'alert', title: 'Postes caídos' } })).data as { id: string };
    const skip = await put('aros', aro.id, { status: 'resolved', treatmentNotes: 'Se repusieron' }, 'follow-up');
    expect([skip.status, fieldErrors(skip)]).toEqual([400, [expect.objectContaining({ path: ['status'], code: 'invalid_transition' })]]);
    expect(await stored('api::aro.aro', aro.id)).toBe('open');
    const treated = await put('aros', aro.id, { status: 'in_treatment' }, 'follow-up');
    expect([treated.status, treated.body.status]).toEqual([200, 'in_treatment']);
  });

  it('is checked by the same rule on any other write, and moved into treatment by an escalation', async () => {
    const aro = (await followUp.create('aros', { data: { goal, kind: 'restriction', severity: 'high', title: 'Permiso eléctrico' } })).data as { id: string };
    const docs = app.strapi.documents('api::aro.aro' as never) as unknown as { update: (p: unknown) => Promise<unknown> };
    await expect(docs.update({ documentId: aro.id, data: { status: 'resolved' } })).rejects.toMatchObject({
      errors: expect.arrayContaining([expect.objectContaining({ path: 'status', code: 'invalid_transition' }), expect.objectContaining({ path: 'treatmentNotes', code: 'required' })]),
    });
    const escalated = await app.http
      .post(`/api/backoffice/aros/${aro.id}/escalate`)
      .set('Authorization', `Bearer ${await app.login('follow-up')}`)
      .send({ responsible: await memberId(followUp, 'agenda') });
    expect([escalated.status, escalated.body.aro?.status]).toEqual([201, 'in_treatment']);
  });
});
