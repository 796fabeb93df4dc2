import { startApp, type TestApp } from '../helpers/app';
import { startSmtp } from '../helpers/smtp';
import { comms } from '../helpers/communication-flow';

/* Comunicación (issue 9): a communication from identified to approved, its pieces under the
   channels' rules, the approval and what voids it, every move in the history and told by e-mail. */

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let api: ReturnType<typeof comms>;
const members: Record<string, string> = {};
const subjects = (to: string) => smtp.to(to).map((m) => m.subject ?? '');

beforeAll(async () => {
  smtp = await startSmtp();
  Object.assign(process.env, smtp.env);
  app = await startApp();
  api = comms(app);
  const rows = (await app.strapi.db.query('api::member.member').findMany({ populate: { user: { select: ['username'] } } })) as Array<{ documentId: string; user: { username: string } | null }>;
  for (const m of rows) if (m.user) members[m.user.username] = m.documentId;
});
afterAll(async () => {
  await app.stop();
  await smtp.stop();
});

describe('a new communication', () => {
  it('needs only a title, starts identified, and press who writes it down is its editor', async () => {
    const created = await api.communication('Feria de emprendedores');
    expect(created).toMatchObject({ title: 'Feria de emprendedores', status: 'identified', origin: 'institutional', editor: members.press, approvedBy: null });
    expect(created.allowedMoves).toEqual(['in_preparation', 'discarded']);
    const untitled = await api.post('press', '/communications', {});
    expect(untitled.status).toBe(400);
    expect(api.codes(untitled)).toEqual({ title: 'required' });
  });

  it('is proposed by agenda and follow-up only as identified, and edited by press alone', async () => {
    const proposed = await api.post('agenda', '/communications', { title: 'Visita al mercado' });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'identified', editor: null });
    expect((await api.post('follow-up', '/communications', { title: 'Meta cumplida' })).status).toBe(201);
    const approved = await api.post('agenda', '/communications', { title: 'Aprobada por su cuenta', status: 'approved' });
    expect(approved.status).toBe(400);
    expect(api.codes(approved)).toEqual({ status: 'invalid_initial' });
    expect((await api.put('agenda', `/communications/${proposed.body.id}`, { keyMessage: 'Otra cosa' })).status).toBe(403);
    expect((await api.put('press', `/communications/${proposed.body.id}`, { keyMessage: 'El mercado renovado' })).body).toMatchObject({ keyMessage: 'El mercado renovado' });
  });
});

describe('a leaving editor', () => {
  it("hands over the communications still being worked on, not the published ones' record", async () => {
    const created = await api.post('admin', '/members', { fullName: 'Prensa Temporal', username: 'prensa-temporal', email: 'prensa-temporal@example.org', password: 'prensa-temporal-123', role: 'press' });
    expect(created.status).toBe(201);
    const login = await app.http.post('/api/auth/local').send({ identifier: 'prensa-temporal', password: 'prensa-temporal-123' });
    const open = await app.http.post('/api/backoffice/communications').set('Authorization', `Bearer ${login.body.jwt}`).send({ title: 'De quien se va' });
    expect(open.body.editor).toBe(created.body.id);
    const discarded = await app.http.post('/api/backoffice/communications').set('Authorization', `Bearer ${login.body.jwt}`).send({ title: 'Descartada de quien se va' });
    await app.http.post(`/api/backoffice/communications/${discarded.body.id}/transition`).set('Authorization', `Bearer ${login.body.jwt}`).send({ to: 'discarded' }).expect(200);
    const done = await api.post('admin', `/members/${created.body.id}/deactivate`, { handoverTo: members.press });
    expect(done.body.handedOver).toMatchObject({ communications: 1 });
    expect((await api.get('press', `/communications/${open.body.id}`)).body.editor).toBe(members.press);
    expect((await api.get('press', `/communications/${discarded.body.id}`)).body.editor).toBe(created.body.id);
  });
});

describe('pieces', () => {
  it('refuses an X text of 281 characters as X counts them, naming the body', async () => {
    const c = await api.communication('Anuncio en X');
    const link = 'https://municipio.gob.pa/noticias/una-direccion-muy-larga-que-x-cuenta-como-veintitres';
    // 257 letters, a space and a link (23 for X): 281.
    const tooLong = await api.post('press', '/pieces', { communication: c.id, channel: 'x', body: `${'a'.repeat(257)} ${link}` });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error?.details?.errors).toEqual([expect.objectContaining({ path: ['body'], code: 'too_long', params: { max: 280, count: 281, variant: 'weighted' } })]);
    const fits = await api.post('press', '/pieces', { communication: c.id, channel: 'x', body: `${'a'.repeat(256)} ${link}` });
    expect(fits.status).toBe(201);
    expect(fits.body).toMatchObject({ channel: 'x', status: 'draft' });
  });

  it('needs a title on the web, alt text for every image, plain text on social networks and a real link', async () => {
    const c = await api.communication('Reglas de canal');
    const image = await api.image();
    const res = await api.post('press', '/pieces', { communication: c.id, channel: 'web', body: '<p>Hola</p>', images: [image] });
    expect(res.status).toBe(400);
    expect(api.codes(res)).toEqual({ title: 'required', 'imageAlts.0': 'required' });
    const fb = await api.post('press', '/pieces', { communication: c.id, channel: 'facebook', body: '<b>Hola</b>', link: 'javascript:alert(1)' });
    expect(api.codes(fb)).toEqual({ body: 'invalid_format', link: 'invalid_url' });
    expect(api.codes(await api.post('press', '/pieces', { channel: 'x', body: 'Sin acción' }))).toEqual({ communication: 'required' });
  });

  it('sanitises the web body on save and keeps one alt text per image, in order', async () => {
    const c = await api.communication('Cuerpo limpio');
    const [a, b] = [await api.image(), await api.image()];
    const piece = await api.piece(c.id, {
      channel: 'web',
      title: 'Noticia',
      body: '<p onclick="robar()">Hola <script>alert(1)</script><a href="javascript:x()">enlace</a> <a href="https://municipio.example">sitio</a></p>',
      images: [a, b],
      imageAlts: [{ file: b, alt: ' Segunda ' }, { file: 999, alt: 'de otra' }, { file: a, alt: 'Primera' }],
    });
    expect(piece.body).toBe('<p>Hola <a rel="noopener noreferrer">enlace</a> <a href="https://municipio.example" rel="noopener noreferrer">sitio</a></p>');
    expect(piece.imageAlts).toEqual([{ file: a, alt: 'Primera' }, { file: b, alt: 'Segunda' }]);
    expect((piece.images as Array<{ id: number }>).map((i) => i.id)).toEqual([a, b]);
  });

  it('keeps its channel and its communication', async () => {
    const c = await api.communication('Fija');
    const other = await api.communication('Otra');
    const piece = await api.piece(c.id, { channel: 'x', body: 'Hola' });
    const res = await api.put('press', `/pieces/${piece.id}`, { channel: 'facebook', communication: other.id });
    expect(api.codes(res)).toEqual({ channel: 'forbidden_field', communication: 'forbidden_field' });
  });
});

describe('the workflow', () => {
  it('goes to review with a piece, e-mails the approvers, and records the approval: who, when, the comment', async () => {
    const c = await api.communication('Nuevo puente en El Valle');
    expect(api.codes(await api.move('press', c.id, 'in_review'))).toEqual({ to: 'invalid_transition' });
    await api.moveOk('press', c.id, 'in_preparation');
    expect(api.codes(await api.move('press', c.id, 'in_review'))).toEqual({ to: 'no_pieces' });
    await api.webPiece(c.id);
    const inReview = await api.moveOk('press', c.id, 'in_review');
    expect(inReview).toMatchObject({ status: 'in_review', allowedMoves: ['in_preparation', 'discarded'] });
    expect((await api.get('mayor', `/communications/${c.id}`)).body.allowedMoves).toEqual(['approved', 'in_preparation', 'discarded']);
    await api.flush();
    expect(subjects('mayor@demo.sigobito.org')).toContain('Comunicación por aprobar: Nuevo puente en El Valle');
    expect(smtp.to('mayor@demo.sigobito.org').find((m) => m.subject?.includes('Nuevo puente'))?.text).toContain(`/backoffice/#/communications/${c.id}/show`);

    const before = Date.now();
    const approved = await api.moveOk('mayor', c.id, 'approved', 'Muy bien, publíquela el lunes');
    expect(approved).toMatchObject({ status: 'approved', approvedBy: members.mayor, approvalComment: 'Muy bien, publíquela el lunes' });
    expect(Date.parse(String(approved.approvedAt))).toBeGreaterThanOrEqual(before - 1000);

    const history = await api.history('communications', c.id);
    const moves = history.filter((e) => e.action === 'update' && e.changes.status).map((e) => [e.changes.status.before, e.changes.status.after, e.userName]);
    expect(moves).toEqual([
      ['identified', 'in_preparation', expect.any(String)],
      ['in_preparation', 'in_review', expect.any(String)],
      ['in_review', 'approved', expect.stringMatching(/.+/)],
    ]);
    expect(history.at(-1)!.changes).toMatchObject({ approvedBy: { before: null }, approvalComment: { before: null, after: 'Muy bien, publíquela el lunes' } });
  });

  it("keeps the approver's comment when review sends it back to preparation", async () => {
    const c = await api.communication('Devuelta');
    await api.piece(c.id, { channel: 'x', body: 'Texto' });
    await api.moveOk('press', c.id, 'in_preparation');
    await api.moveOk('press', c.id, 'in_review');
    expect(await api.moveOk('mayor', c.id, 'in_preparation', 'Falta la foto')).toMatchObject({ status: 'in_preparation', approvalComment: 'Falta la foto', approvedBy: null });
  });

  it('refuses a move by hand through the form, and an unknown status', async () => {
    const c = await api.communication('A mano');
    const put = await api.put('press', `/communications/${c.id}`, { status: 'in_preparation' });
    expect(api.codes(put)).toEqual({ status: 'workflow_action' });
    expect(api.codes(await api.move('press', c.id, 'constructor'))).toEqual({ to: 'invalid_choice' });
    expect(api.codes(await api.post('press', `/communications/${c.id}/transition`, { comment: 'sin destino' }))).toEqual({ to: 'invalid_type' });
  });

  it('lets the roles the settings name approve, and only them', async () => {
    const settings = (await api.get('admin', '/settings/current')).body;
    expect(settings.communicationApprovers).toEqual(['mayor']);
    expect(api.codes(await api.put('admin', '/settings/current', { communicationApprovers: [] }))).toEqual({ communicationApprovers: 'required' });
    expect(api.codes(await api.put('admin', '/settings/current', { communicationApprovers: ['mayor', 'root'] }))).toEqual({ communicationApprovers: 'invalid_choice' });
    expect((await api.put('admin', '/settings/current', { communicationApprovers: ['admin', 'admin'] })).body.communicationApprovers).toEqual(['admin']);
    try {
      const c = await api.communication('Aprueba el administrador');
      await api.piece(c.id, { channel: 'x', body: 'Texto' });
      await api.moveOk('press', c.id, 'in_preparation');
      await api.moveOk('press', c.id, 'in_review');
      // The mayor, no longer an approver nor an editor, makes no move at all.
      expect((await api.move('mayor', c.id, 'approved')).status).toBe(403);
      expect(api.codes(await api.move('press', c.id, 'approved'))).toEqual({ to: 'not_allowed_move' });
      expect(await api.moveOk('admin', c.id, 'approved')).toMatchObject({ status: 'approved', approvedBy: members.admin });
    } finally {
      await api.put('admin', '/settings/current', { communicationApprovers: null });
    }
    expect((await api.get('admin', '/settings/current')).body.communicationApprovers).toEqual(['mayor']);
  });
});

describe('an approval covers what it saw', () => {
  async function approvedWithScheduledX(title: string) {
    const c = await api.communication(title);
    const x = await api.piece(c.id, { channel: 'x', body: 'Mañana abrimos el puente', scheduledAt: new Date(Date.now() + 86_400_000).toISOString() });
    const fb = await api.piece(c.id, { channel: 'facebook', body: 'Mañana abrimos el puente de El Valle' });
    await api.approve(c.id);
    const published = await api.publish('press', x.id);
    expect(published.body.piece).toMatchObject({ status: 'scheduled' });
    expect(await api.deliveryRow(x.id)).toMatchObject({ status: 'pending', channel: 'x' });
    return { c, x, fb };
  }

  it('goes back to review when a piece text changes, tells the approver, and calls off the scheduled delivery', async () => {
    const { c, x, fb } = await approvedWithScheduledX('Aprobación anulada por el texto');
    const edited = await api.put('press', `/pieces/${fb.id}`, { ...fb, body: 'Mañana abrimos el puente, ¡vengan todos!' });
    expect(edited.status).toBe(200);
    const after = (await api.get('press', `/communications/${c.id}`)).body;
    expect(after).toMatchObject({ status: 'in_review', approvedBy: null, approvedAt: null });
    expect((await api.get('press', `/pieces/${x.id}`)).body).toMatchObject({ status: 'draft' });
    expect(await api.deliveryRow(x.id)).toMatchObject({ status: 'cancelled' });
    const history = await api.history('communications', c.id);
    expect(history.at(-1)!.changes.status).toEqual({ before: 'approved', after: 'in_review' });
    await api.flush();
    const mail = smtp.to('mayor@demo.sigobito.org').find((m) => m.subject === 'Aprobación sin efecto: Aprobación anulada por el texto');
    expect(mail?.text).toContain('cambió (el texto de la pieza de Facebook)');

    // Approved again, the same piece goes out through the same delivery, with what was approved now.
    await api.moveOk('mayor', c.id, 'approved');
    expect((await api.publish('press', x.id)).body.piece).toMatchObject({ status: 'scheduled' });
    const row = await api.deliveryRow(x.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await app.strapi.db.query('api::notification.notification').count({ where: { key: `piece:${x.id}` } })).toBe(1);
  });

  it('goes back to review when the schedule changes, even on the scheduled piece itself, which becomes a draft', async () => {
    const { c, x } = await approvedWithScheduledX('Aprobación anulada por la hora');
    const res = await api.put('press', `/pieces/${x.id}`, { ...x, status: 'scheduled', scheduledAt: new Date(Date.now() + 2 * 86_400_000).toISOString() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'draft' });
    expect((await api.get('press', `/communications/${c.id}`)).body.status).toBe('in_review');
  });

  it('stays approved when the form is saved unchanged', async () => {
    const { c, fb } = await approvedWithScheduledX('Guardada sin cambios');
    const current = (await api.get('press', `/pieces/${fb.id}`)).body;
    expect((await api.put('press', `/pieces/${fb.id}`, current)).status).toBe(200);
    expect((await api.get('press', `/communications/${c.id}`)).body.status).toBe('approved');
  });

  it('goes back to review when a piece is added or deleted', async () => {
    const { c, x, fb } = await approvedWithScheduledX('Aprobación anulada por una pieza nueva');
    await api.piece(c.id, { channel: 'x', body: 'Otra más' });
    expect((await api.get('press', `/communications/${c.id}`)).body.status).toBe('in_review');
    expect(await api.deliveryRow(x.id)).toMatchObject({ status: 'cancelled' });
    await api.moveOk('mayor', c.id, 'approved');
    expect((await api.del('press', `/pieces/${fb.id}`)).status).toBe(200);
    expect((await api.get('press', `/communications/${c.id}`)).body.status).toBe('in_review');
  });

  it('calls off what was going out when press reopens an approved communication', async () => {
    const { c, x } = await approvedWithScheduledX('Reabierta');
    expect(await api.moveOk('press', c.id, 'in_preparation')).toMatchObject({ status: 'in_preparation', approvedBy: null });
    expect(await api.deliveryRow(x.id)).toMatchObject({ status: 'cancelled' });
    expect((await api.get('press', `/pieces/${x.id}`)).body.status).toBe('draft');
  });

  it('refuses an edit while a delivery is on its way, and changes nothing', async () => {
    const { c, x, fb } = await approvedWithScheduledX('En vuelo');
    await app.strapi.db.query('api::notification.notification').updateMany({ where: { key: `piece:${x.id}` }, data: { status: 'sending' } });
    const res = await api.put('press', `/pieces/${fb.id}`, { body: 'Cambio a destiempo' });
    expect(api.codes(res)).toEqual({ pieces: 'in_flight' });
    expect((await api.get('press', `/communications/${c.id}`)).body.status).toBe('approved');
    expect((await api.get('press', `/pieces/${fb.id}`)).body.body).toBe('Mañana abrimos el puente de El Valle');
  });

  it("respects the approver's opt-out", async () => {
    const jwt = await app.login('mayor');
    await app.http.put('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`).send({ communicationAwaitingApproval: false }).expect(200);
    try {
      const c = await api.communication('Sin aviso al titular');
      await api.piece(c.id, { channel: 'x', body: 'Texto' });
      await api.moveOk('press', c.id, 'in_preparation');
      await api.moveOk('press', c.id, 'in_review');
      await api.flush();
      expect(subjects('mayor@demo.sigobito.org').filter((s) => s.includes('Sin aviso al titular'))).toEqual([]);
    } finally {
      await app.http.put('/api/backoffice/me/notifications').set('Authorization', `Bearer ${jwt}`).send({ communicationAwaitingApproval: true }).expect(200);
    }
  });
});

describe('deleting', () => {
  it('deletes a communication not yet approved with its pieces, each in the history', async () => {
    const c = await api.communication('Para borrar');
    const piece = await api.piece(c.id, { channel: 'x', body: 'Texto' });
    expect((await api.del('press', `/communications/${c.id}`)).status).toBe(200);
    expect((await api.get('press', `/pieces/${piece.id}`)).status).toBe(404);
    expect((await api.history('pieces', piece.id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });

  it('keeps an approved communication on record', async () => {
    const c = await api.communication('Aprobada, no se borra');
    await api.piece(c.id, { channel: 'x', body: 'Texto' });
    await api.approve(c.id);
    const res = await api.del('press', `/communications/${c.id}`);
    expect(api.codes(res)).toEqual({ status: 'not_editable' });
    expect((await api.get('press', `/communications/${c.id}`)).status).toBe(200);
  });
});
