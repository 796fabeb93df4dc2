import path from 'node:path';
import { localDate } from '@sigobito/config/contracts';
import { startApp, type TestApp } from '../helpers/app';
import { comms } from '../helpers/communication-flow';
import { CMS_DIST } from '../../../scripts/lib/cms';

/* Comunicación (issue 9): publishing through the outbox (the web channel makes the news public;
   X and Facebook wait for their adapters), scheduled pieces at their time, deliveries and their
   retry, withdrawing and correcting published news. */

const SITE = 'https://sitio.municipio.example';
const load = (p: string) => require(path.join(CMS_DIST, p));
const OUTBOX = 'api::notification.notification';

let app: TestApp;
let api: ReturnType<typeof comms>;

beforeAll(async () => {
  process.env.PUBLIC_SITE_URL = SITE;
  app = await startApp();
  api = comms(app);
});
afterAll(async () => {
  await app.stop();
  delete process.env.PUBLIC_SITE_URL;
});

const today = () => localDate(new Date(), 'America/Panama');

describe('publishing a web piece', () => {
  it('refuses a piece whose communication is not approved, and a web piece without its cover', async () => {
    const c = await api.communication('Sin aprobar');
    const web = await api.webPiece(c.id, 'Sin aprobar');
    const early = await api.publish('press', web.id);
    expect(early.status).toBe(400);
    expect(api.codes(early)).toEqual({ communication: 'not_approved' });
    const noCover = await api.piece(c.id, { channel: 'web', title: 'Sin portada', body: '<p>Texto</p>' });
    await api.approve(c.id);
    const res = await api.publish('press', noCover.id);
    expect(res.body.error?.details?.errors).toEqual([expect.objectContaining({ path: ['images'], code: 'required', params: { variant: 'cover' } })]);
    expect(await api.deliveryRow(noCover.id)).toBeNull();
  });

  it('writes one delivery, once, and the news is public when it has gone out: slug, address, time', async () => {
    const c = await api.communication('Acción del puente');
    const web = await api.webPiece(c.id, 'Inauguramos el puente de El Valle');
    await api.approve(c.id);
    const first = await api.publish('press', web.id);
    expect(first.status).toBe(200);
    expect(first.body.piece).toMatchObject({ id: web.id, status: 'sending' });
    expect(first.body.delivery).toMatchObject({ piece: web.id, channel: 'web', status: 'pending', attempts: 0, channelConfigured: true, note: null });
    const again = await api.publish('press', web.id);
    expect(again.status).toBe(200);
    expect(await app.strapi.db.query(OUTBOX).count({ where: { key: `piece:${web.id}` } })).toBe(1);

    await api.flush();
    const slug = `${today()}-inauguramos-el-puente-de-el-valle`;
    const piece = (await api.get('press', `/pieces/${web.id}`)).body;
    expect(piece).toMatchObject({ status: 'published', externalId: slug, externalUrl: `${SITE}/noticias/${slug}`, lastError: null });
    expect(Date.parse(String(piece.postedAt))).toBeLessThanOrEqual(Date.now());
    expect((await api.get('press', `/communications/${c.id}`)).body).toMatchObject({ status: 'published', slug });
    const [delivery] = (await api.get('press', `/deliveries?filter=${encodeURIComponent(JSON.stringify({ piece: web.id }))}`)).body as unknown as Array<Record<string, unknown>>;
    expect(delivery).toMatchObject({ piece: web.id, channel: 'web', status: 'published', attempts: 1, externalUrl: `${SITE}/noticias/${slug}`, lastError: null });
    // Publishing a published piece is still nothing new.
    expect((await api.publish('press', web.id)).body.piece).toMatchObject({ status: 'published' });

    const moves = (await api.history('communications', c.id)).filter((e) => e.changes.status).map((e) => e.changes.status.after);
    expect(moves.at(-1)).toBe('published');
  });

  it('gives a second news item of the same title and day the next free address', async () => {
    const { communication } = await api.news('Feria del libro');
    const { communication: second } = await api.news('Feria del libro');
    expect(communication.slug).toBe(`${today()}-feria-del-libro`);
    expect(second.slug).toBe(`${today()}-feria-del-libro-2`);
  });

  it('finds, after a crash, the news it already made, and never gives it a second address', async () => {
    const { communication, web } = await api.news('Tras un corte');
    const adapter = load('src/outbox/adapters').adapterFor('web');
    const row = (await api.deliveryRow(web.id)) as { id: number; key: string; payload: Record<string, unknown> };
    const message = { id: row.id, channel: 'web', key: row.key, payload: row.payload, attempts: 1, attemptStartedAt: new Date(Date.now() + 86_400_000), createdAt: null };
    const address = { externalId: communication.slug, externalUrl: `${SITE}/noticias/${communication.slug}` };
    expect(await adapter.reconcile(message)).toEqual({ outcome: 'found', ...address });
    expect(await adapter.send(message)).toEqual(address);
    const other = await api.communication('Aún no salió');
    expect(await adapter.reconcile({ ...message, payload: { ...row.payload, communication: other.id } })).toEqual({ outcome: 'absent' });
  });

  it('sends a scheduled piece when it is due, dated the day it goes out', async () => {
    const due = new Date(Date.now() + 3 * 86_400_000);
    const c = await api.communication('Programada');
    const web = await api.webPiece(c.id, 'Noticia programada', { scheduledAt: due.toISOString() });
    await api.approve(c.id);
    const res = await api.publish('press', web.id);
    expect(res.body.piece).toMatchObject({ status: 'scheduled' });
    expect(await api.deliveryRow(web.id)).toMatchObject({ status: 'pending', nextAttemptAt: due.toISOString() });
    await api.flush(new Date(due.getTime() - 60_000));
    expect((await api.get('press', `/pieces/${web.id}`)).body.status).toBe('scheduled');
    expect((await api.get('staff', `/communications/${c.id}`)).status).toBe(404);
    await api.flush(new Date(due.getTime() + 60_000));
    expect((await api.get('press', `/pieces/${web.id}`)).body.status).toBe('published');
    expect((await api.get('staff', `/communications/${c.id}`)).body).toMatchObject({ status: 'published', slug: `${localDate(due, 'America/Panama')}-noticia-programada` });
  });
});

describe('social pieces before their channels are configured', () => {
  it('are published into a delivery that waits, saying the channel is not configured, and lose nothing', async () => {
    const { communication } = await api.news('Con redes');
    const c = communication.id;
    // A published communication takes more pieces only through a new communication: its pieces are closed.
    expect(api.codes(await api.post('press', '/pieces', { communication: c, channel: 'x', body: 'Tarde' }))).toEqual({ communication: 'not_editable' });

    const social = await api.communication('Solo redes');
    const x = await api.piece(social.id, { channel: 'x', body: 'El puente ya está abierto' });
    const fb = await api.piece(social.id, { channel: 'facebook', body: 'El puente ya está abierto', link: 'https://municipio.gob.pa' });
    await api.approve(social.id);
    const res = await api.publish('press', x.id);
    expect(res.body.piece).toMatchObject({ status: 'sending' });
    expect(res.body.delivery).toMatchObject({ piece: x.id, channel: 'x', status: 'pending', channelConfigured: false, note: 'Canal no configurado' });
    await api.publish('press', fb.id);
    await api.flush();
    const list = (await api.get('mayor', `/deliveries?filter=${encodeURIComponent(JSON.stringify({ piece: [x.id, fb.id] }))}`)).body as unknown as Array<Record<string, unknown>>;
    expect(list.map((d) => [d.channel, d.status, d.note]).sort()).toEqual([
      ['facebook', 'pending', 'Canal no configurado'],
      ['x', 'pending', 'Canal no configurado'],
    ]);
    const payload = ((await api.deliveryRow(x.id)) as { payload: Record<string, unknown> }).payload;
    expect(payload).toEqual({ piece: x.id, communication: social.id, channel: 'x', title: null, text: 'El puente ya está abierto', link: null, images: [], scheduledAt: null });
    expect((await api.get('press', `/communications/${social.id}`)).body.status).toBe('approved');
  });

  it('are listed by status as press names it, never with the e-mails of the outbox', async () => {
    await api.news('Listada');
    const c = await api.communication('Listada en redes');
    const x = await api.piece(c.id, { channel: 'x', body: 'Pendiente' });
    await api.approve(c.id);
    await api.publish('press', x.id);
    const pending = (await api.get('press', `/deliveries?filter=${encodeURIComponent(JSON.stringify({ status: 'pending' }))}`)).body as unknown as Array<{ channel: string; status: string }>;
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((d) => d.status === 'pending' && ['web', 'x', 'facebook'].includes(d.channel))).toBe(true);
    const published = (await api.get('press', `/deliveries?filter=${encodeURIComponent(JSON.stringify({ status: 'published' }))}`)).body as unknown as Array<{ status: string }>;
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((d) => d.status === 'published')).toBe(true);
    expect(api.codes(await api.get('press', `/deliveries?filter=${encodeURIComponent(JSON.stringify({ status: 'sent' }))}`))).toEqual({ 'filter.status': 'invalid_choice' });
    await app.strapi.db.query(OUTBOX).create({ data: { channel: 'email', key: 'publish-test:mail', payload: { to: 'a@b.c', subject: 'x', text: 'x' }, status: 'failed' } });
    const all = (await api.get('press', '/deliveries?range=[0,499]')).body as unknown as Array<{ channel: string }>;
    expect(all.some((d) => d.channel === 'email')).toBe(false);
  });
});

describe('a delivery that failed', () => {
  it('is tried again by press from scratch, its piece back to sending; anything else is not retried', async () => {
    const c = await api.communication('Reintento');
    const x = await api.piece(c.id, { channel: 'x', body: 'Reintentar' });
    await api.approve(c.id);
    await api.publish('press', x.id);
    const row = (await api.deliveryRow(x.id))!;
    expect(api.codes(await api.post('press', `/deliveries/${row.documentId}/retry`))).toEqual({ status: 'not_retryable' });
    // What the X adapter records for a refused post (issue 10), and tells the piece.
    await app.strapi.db.query(OUTBOX).update({ where: { id: row.id }, data: { status: 'failed', attempts: 3, lastError: 'Texto duplicado' } });
    await load('src/modules/communications/piece-sync').applyDeliveryOutcome(app.strapi, x.id, { status: 'failed', lastError: 'Texto duplicado' });
    expect((await api.get('press', `/pieces/${x.id}`)).body).toMatchObject({ status: 'failed', lastError: 'Texto duplicado' });
    expect((await api.post('mayor', `/deliveries/${row.documentId}/retry`)).status).toBe(403);
    const retried = await api.post('press', `/deliveries/${row.documentId}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: row.documentId, piece: x.id, status: 'pending', attempts: 0 });
    expect((await api.get('press', `/pieces/${x.id}`)).body).toMatchObject({ status: 'sending', lastError: null });
  });
});

describe('published news', () => {
  it('is withdrawn with its reason and date, once, in the history; what had not gone out is called off', async () => {
    const communication = await api.communication('Retirada');
    const id = communication.id;
    const web = await api.webPiece(id, 'Retirada');
    const x = await api.piece(id, { channel: 'x', body: 'También en X' });
    await api.approve(id);
    await api.publish('press', web.id);
    await api.publish('press', x.id);
    await api.flush();
    expect((await api.get('press', `/communications/${id}`)).body.status).toBe('published');
    expect(api.codes(await api.post('press', `/communications/${id}/withdraw`, { reason: '  ' }))).toEqual({ reason: 'required' });
    const res = await api.post('press', `/communications/${id}/withdraw`, { reason: 'Los datos del censo no eran los definitivos' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'published', withdrawalReason: 'Los datos del censo no eran los definitivos', withdrawnAt: expect.any(String) });
    expect(await api.deliveryRow(x.id)).toMatchObject({ status: 'cancelled' });
    expect((await api.get('press', `/pieces/${x.id}`)).body.status).toBe('draft');
    expect((await api.get('press', `/pieces/${web.id}`)).body.status).toBe('published');
    expect(api.codes(await api.publish('press', x.id))).toEqual({ communication: 'withdrawn' });
    expect(api.codes(await api.post('press', `/communications/${id}/withdraw`, { reason: 'Otra vez' }))).toEqual({ status: 'withdrawn' });
    expect(api.codes(await api.post('press', `/communications/${id}/correct`, { note: 'Tarde' }))).toEqual({ status: 'withdrawn' });
    expect((await api.history('communications', id)).at(-1)!.changes).toMatchObject({ withdrawalReason: { before: null, after: 'Los datos del censo no eran los definitivos' } });
    const draft = await api.communication('No publicada');
    expect(api.codes(await api.post('press', `/communications/${draft.id}/withdraw`, { reason: 'x' }))).toEqual({ status: 'not_published' });
  });

  it('is corrected with a dated note: the web piece changes (sanitised, checked again), the corrections grow', async () => {
    const { communication, web } = await api.news('Corregida');
    const id = communication.id;
    expect(api.codes(await api.post('press', `/communications/${id}/correct`, { body: '<p>Sin nota</p>' }))).toEqual({ note: 'required' });
    expect(api.codes(await api.post('press', `/communications/${id}/correct`, { note: 'Título largo', title: 'x'.repeat(121) }))).toEqual({ title: 'too_long' });
    const res = await api.post('press', `/communications/${id}/correct`, { note: 'Se corrigió la fecha de la obra', body: '<p>La obra terminó en marzo.<script>x()</script></p>' });
    expect(res.status).toBe(200);
    expect(res.body.piece).toMatchObject({ id: web.id, status: 'published', body: '<p>La obra terminó en marzo.</p>', title: 'Corregida' });
    expect((res.body.communication as { corrections: unknown }).corrections).toEqual([{ at: expect.any(String), note: 'Se corrigió la fecha de la obra' }]);
    await api.post('press', `/communications/${id}/correct`, { note: 'Otra corrección' });
    const after = (await api.get('press', `/communications/${id}`)).body as { corrections: Array<{ note: string }> };
    expect(after.corrections.map((c) => c.note)).toEqual(['Se corrigió la fecha de la obra', 'Otra corrección']);
    expect((await api.history('pieces', web.id)).at(-1)!.changes.body).toEqual({ before: '<p>Hoy abrimos el puente.</p>', after: '<p>La obra terminó en marzo.</p>' });
  });

  it('changes only through a correction: the piece itself is closed', async () => {
    const { web } = await api.news('Cerrada');
    const res = await api.put('press', `/pieces/${web.id}`, { body: '<p>Reescrita</p>' });
    expect(api.codes(res)).toEqual({ status: 'not_editable' });
    expect(api.codes(await api.del('press', `/pieces/${web.id}`))).toEqual({ status: 'not_editable' });
  });

  it('is corrected only when its web piece was published', async () => {
    const social = await api.communication('Solo X, publicada');
    const x = await api.piece(social.id, { channel: 'x', body: 'Hola' });
    await api.approve(social.id);
    await api.publish('press', x.id);
    // What the X adapter records once the post is out (issue 10): the communication is published, without web news.
    await load('src/modules/communications/piece-sync').applyDeliveryOutcome(app.strapi, x.id, { status: 'sent', externalId: '1', externalUrl: 'https://x.com/muni/status/1' });
    expect((await api.get('press', `/communications/${social.id}`)).body.status).toBe('published');
    expect(api.codes(await api.post('press', `/communications/${social.id}/correct`, { note: 'Nada que corregir' }))).toEqual({ pieces: 'not_published' });
  });
});
