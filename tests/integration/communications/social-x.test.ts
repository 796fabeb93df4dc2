import { startApp, type TestApp } from '../helpers/app';
import { startSmtp } from '../helpers/smtp';
import { startFakeX, type FakeX } from '../helpers/fake-x';
import { deliveryOf, flushOutbox, later, PNG, PNG_RED, pieceOf, publishPiece, runProbe, setEnv, settle, storedBytes, uploadImages, withListingDelay } from '../helpers/social';

/* Publishing to X (issue 10) against a local X API: exactly one post per delivery, its images
   with their alt text, and every failure X can answer classified as the issue says. */

let app: TestApp;
let x: FakeX;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let restoreEnv: () => void;

beforeAll(async () => {
  [x, smtp] = await Promise.all([startFakeX(), startSmtp()]);
  restoreEnv = setEnv({ ...x.env, ...smtp.env });
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
  restoreEnv();
  await Promise.all([x.stop(), smtp.stop()]);
});
beforeEach(() => withListingDelay(app.strapi, 'x', 0));

const mailsAbout = (subject: RegExp) => smtp.received.filter((m) => subject.test(m.subject ?? ''));
const recipients = (subject: RegExp) => mailsAbout(subject).flatMap((m) => (Array.isArray(m.to) ? m.to : [m.to]).map((t) => t?.text ?? '')).sort();

/** Sends the e-mails queued so far until `count` about `subject` have arrived (or it stops trying). */
async function mailed(subject: RegExp, count: number) {
  for (let i = 0; i < 100 && mailsAbout(subject).length < count; i++) {
    await flushOutbox(app.strapi);
    await new Promise((r) => setImmediate(r));
  }
  return mailsAbout(subject);
}

describe('a piece published to X', () => {
  it('goes out once, with its link, its two images and their alt text, and the piece shows the post', async () => {
    const [first, second] = await uploadImages(app, [
      { name: 'puente.png', bytes: PNG },
      { name: 'vecinos.png', bytes: PNG_RED },
    ]);
    const p = await publishPiece(app.strapi, 'x', {
      body: 'Abrimos el puente de la calle Sucre: desde el lunes, paso libre para peatones y bicicletas.',
      link: 'https://municipio.example/noticias/puente',
      images: [
        { file: first, alt: 'El puente nuevo visto desde la orilla norte' },
        { file: second, alt: 'Vecinos cruzando el puente en la inauguración' },
      ],
    });

    const row = await settle(app.strapi, p);

    const posted = x.postsWithText('Abrimos el puente de la calle Sucre: desde el lunes, paso libre para peatones y bicicletas.\nhttps://municipio.example/noticias/puente');
    expect(posted).toHaveLength(1);
    const stored = [await storedBytes(app.strapi, first), await storedBytes(app.strapi, second)];
    expect(posted[0].media.map((m, i) => ({ alt: m.alt, type: m.mediaType, same: m.bytes.equals(stored[i]) }))).toEqual([
      { alt: 'El puente nuevo visto desde la orilla norte', type: 'image/png', same: true },
      { alt: 'Vecinos cruzando el puente en la inauguración', type: 'image/png', same: true },
    ]);
    expect(row).toMatchObject({ status: 'sent', attempts: 1, externalId: posted[0].id, externalUrl: `https://x.com/i/web/status/${posted[0].id}`, lastError: null });
    expect(await pieceOf(app.strapi, p)).toMatchObject({ status: 'published', externalId: posted[0].id, externalUrl: `https://x.com/i/web/status/${posted[0].id}`, postedAt: expect.anything() });
    const communication = await app.strapi.db.query('api::communication.communication').findOne({ where: { documentId: p.communication } });
    expect(communication.status).toBe('published');
  });

  it('waits out a rate limit until the reset X states, without counting it as a try', async () => {
    x.rateLimitResetSeconds = 600;
    x.fail('tweet', 'rate_limit');
    const p = await publishPiece(app.strapi, 'x', { body: 'Corte de agua programado el martes de 9 a 13 h en el barrio Centro.' });
    const before = Date.now();

    const waiting = await settle(app.strapi, p);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0, lastError: expect.stringMatching(/X limita las publicaciones por ahora \(429\)/) });
    const next = new Date(waiting.nextAttemptAt!).getTime();
    expect(next).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 600_000);
    expect(next).toBeLessThan(before + 600_000 + 60_000);
    expect(await pieceOf(app.strapi, p)).toMatchObject({ status: 'sending' });

    // Not before the reset; right after it, once.
    expect(await settle(app.strapi, p, later(300_000))).toMatchObject({ status: 'pending' });
    expect(await settle(app.strapi, p, new Date(next + 1000))).toMatchObject({ status: 'sent', attempts: 1 });
    expect(x.postsWithText('Corte de agua programado el martes de 9 a 13 h en el barrio Centro.')).toHaveLength(1);
  });

  it('after a 503, looks the post up and sends it again only once X surely does not have it', async () => {
    x.fail('tweet', 'unavailable');
    const text = 'Feria de emprendedores este sábado en la plaza principal.';
    const p = await publishPiece(app.strapi, 'x', { body: text });

    const unknown = await settle(app.strapi, p);
    expect(unknown).toMatchObject({ status: 'unknown', attempts: 1, lastError: expect.stringMatching(/X falló \(503\) después de recibir la publicación/) });
    expect(x.postsWithText(text)).toHaveLength(0);

    const sent = await settle(app.strapi, p, later(2 * 3600_000));
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    expect(x.postsWithText(text)).toHaveLength(1);
    expect(sent.externalId).toBe(x.postsWithText(text)[0].id);
  });

  it('records the post X created before the connection was cut, without posting it again', async () => {
    x.fail('tweet', 'drop');
    const text = 'Vacunación antirrábica gratuita: jueves y viernes en el centro de salud.';
    const p = await publishPiece(app.strapi, 'x', { body: text, link: 'https://municipio.example/salud?campana=2026&tipo=mascotas' });

    expect(await settle(app.strapi, p)).toMatchObject({ status: 'unknown', attempts: 1, lastError: expect.stringMatching(/Sin respuesta de X después de enviarle la publicación/) });
    const created = x.tweets.filter((t) => t.text.startsWith(text));
    expect(created).toHaveLength(1);

    // X lists it with its link shortened and its & escaped: still recognised as this delivery's post.
    const sent = await settle(app.strapi, p, later(2 * 3600_000));
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, externalId: created[0].id });
    expect(x.tweets.filter((t) => t.text.startsWith(text))).toHaveLength(1);
    expect(await pieceOf(app.strapi, p)).toMatchObject({ status: 'published', externalId: created[0].id });
  });

  it("takes X's duplicate-content answer to the account: an earlier try's post is recorded, an older post fails the delivery", async () => {
    // An earlier try of this delivery created the post; X refuses the same text again.
    const mine = 'Inscripciones abiertas para los talleres culturales de invierno.';
    const p = await publishPiece(app.strapi, 'x', { body: mine });
    x.tweets.push({ id: '1900000000000999001', text: mine, media: [], createdAt: new Date() });
    x.fail('tweet', 'duplicate');
    expect(await settle(app.strapi, p)).toMatchObject({ status: 'sent', attempts: 1, externalId: '1900000000000999001' });
    expect(x.postsWithText(mine)).toHaveLength(1);

    // The same text went out last month: X will never take it again.
    const old = 'Recuerde: la recolección de residuos pasa los lunes y jueves.';
    x.tweets.push({ id: '1800000000000000001', text: old, media: [], createdAt: new Date(Date.now() - 30 * 86_400_000) });
    x.fail('tweet', 'duplicate');
    const q = await publishPiece(app.strapi, 'x', { body: old, title: 'Recolección de residuos' });
    expect(await settle(app.strapi, q)).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/X rechaza el texto por ser idéntico a una publicación anterior de la cuenta/) });
    expect(await pieceOf(app.strapi, q)).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/idéntico/) });
    expect(x.postsWithText(old)).toHaveLength(1);
  });

  it('fails a post X refuses (400) with the reason in Spanish on the piece, and tells press once', async () => {
    const long = `Informe de gestión: ${'obras, '.repeat(45)}y más.`;
    const p = await publishPiece(app.strapi, 'x', { body: long, title: 'Informe de gestión' });
    const row = await settle(app.strapi, p);
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row.lastError).toBe('X rechazó la publicación (400): el texto es demasiado largo («Your Tweet text is too long.»). Corrija la pieza y use «Reintentar».');
    expect(await pieceOf(app.strapi, p)).toMatchObject({ status: 'failed', lastError: row.lastError });
    const mails = await mailed(/No se publicó en X: «Informe de gestión»/, 1);
    expect(mails).toHaveLength(1);
    expect(mails[0].to).toMatchObject({ text: 'press@demo.sigobito.org' });
    expect(mails[0].text).toContain('el texto es demasiado largo');
    expect(mails[0].text).toContain(`/backoffice/#/pieces/${p.piece}/show`);
  });
});

describe('X refusing the credentials (401)', () => {
  it('pauses the channel: its deliveries wait uncounted, press and admin are told once, and all go out once the credentials work', async () => {
    x.revokeCredentials();
    const a = await publishPiece(app.strapi, 'x', { body: 'Sesión del concejo abierta al público el miércoles a las 18 h.' });
    const b = await publishPiece(app.strapi, 'x', { body: 'Nuevo horario de atención en el municipio: de 8 a 16 h.' });

    const waiting = await settle(app.strapi, a);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0, lastError: expect.stringMatching(/^X en pausa: X rechazó las credenciales \(401\)/) });
    // Paused: the other delivery is not even tried.
    const requestsBefore = x.requests.length;
    expect(await settle(app.strapi, b, later(3600_000))).toMatchObject({ status: 'pending', attempts: 0 });
    expect(x.requests.length).toBe(requestsBefore);

    const panel = (await app.http.get('/api/backoffice/channels').set('Authorization', `Bearer ${await app.login('press')}`)).body.data as Array<Record<string, unknown>>;
    expect(panel.find((c) => c.channel === 'x')).toMatchObject({ configured: true, paused: true, pauseReason: expect.stringMatching(/401/), waiting: expect.any(Number) });

    const mails = await mailed(/X en pausa/, 2);
    expect(mails).toHaveLength(2);
    expect(recipients(/X en pausa/)).toEqual(['admin@demo.sigobito.org', 'press@demo.sigobito.org']);

    // Still refused: the probe leaves it paused and nobody is told again.
    await runProbe(app.strapi);
    expect(await settle(app.strapi, a, later(3600_000))).toMatchObject({ status: 'pending' });

    x.restoreCredentials();
    await runProbe(app.strapi);
    const [sentA, sentB] = [await settle(app.strapi, a, later(60_000)), await settle(app.strapi, b, later(60_000))];
    expect([sentA.status, sentB.status]).toEqual(['sent', 'sent']);
    expect(x.postsWithText('Sesión del concejo abierta al público el miércoles a las 18 h.')).toHaveLength(1);
    expect(x.postsWithText('Nuevo horario de atención en el municipio: de 8 a 16 h.')).toHaveLength(1);
    expect(mailsAbout(/X en pausa/)).toHaveLength(2);
  });
});

describe('X without credentials', () => {
  it('is "no configurado": its delivery waits, nothing is lost, and it goes out once the keys are set', async () => {
    const undo = setEnv({ X_API_KEY: undefined, X_API_SECRET: undefined, X_ACCESS_TOKEN: undefined, X_ACCESS_SECRET: undefined });
    const text = 'Jornada de limpieza del arroyo: domingo a las 9 h, punto de encuentro en el puente.';
    let p: Awaited<ReturnType<typeof publishPiece>>;
    try {
      p = await publishPiece(app.strapi, 'x', { body: text });
      expect(await settle(app.strapi, p, later(24 * 3600_000))).toMatchObject({ status: 'pending', attempts: 0 });
      const panel = (await app.http.get('/api/backoffice/channels').set('Authorization', `Bearer ${await app.login('press')}`)).body.data;
      expect(panel.find((c: { channel: string }) => c.channel === 'x')).toMatchObject({ configured: false, paused: false });
    } finally {
      undo();
    }
    expect(await settle(app.strapi, p!)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(x.postsWithText(text)).toHaveLength(1);
  });
});

describe('the Canales panel', () => {
  const panelAs = async (role: 'press' | 'mayor' | 'admin') => (await app.http.get('/api/backoffice/channels').set('Authorization', `Bearer ${await app.login(role)}`)).body.data as Array<Record<string, unknown>>;

  it('shows press, the mayor and the administrators each channel with its last success and its deliveries to check', async () => {
    const before = (await panelAs('mayor')).find((c) => c.channel === 'x')!;
    const ok = await publishPiece(app.strapi, 'x', { body: 'Cierre de la calle Bolívar por obras hasta el viernes.' });
    await settle(app.strapi, ok);
    const bad = await publishPiece(app.strapi, 'x', { body: `Cronograma: ${'semana, '.repeat(40)}fin.` });
    await settle(app.strapi, bad);

    for (const role of ['press', 'mayor', 'admin'] as const) {
      const panel = await panelAs(role);
      expect(panel.map((c) => c.channel)).toEqual(['web', 'facebook', 'x']);
      expect(panel.find((c) => c.channel === 'x')).toMatchObject({
        configured: true,
        paused: false,
        lastSuccessAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        lastSuccessUrl: (await deliveryOf(app.strapi, ok)).externalUrl,
        lastError: expect.stringMatching(/^X rechazó la publicación \(400\)/),
        needsAttention: Number(before.needsAttention) + 1,
      });
    }
  });

  it('is refused to the roles that do not read the deliveries, and to anonymous callers', async () => {
    for (const role of ['staff', 'agenda', 'goal-manager', 'follow-up'] as const) {
      expect((await app.http.get('/api/backoffice/channels').set('Authorization', `Bearer ${await app.login(role)}`)).status).toBe(403);
    }
    expect((await app.http.get('/api/backoffice/channels')).status).toBe(401);
  });
});
