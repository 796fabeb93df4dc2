import { startApp, type TestApp } from '../helpers/app';
import { startSmtp } from '../helpers/smtp';
import { startFakeFacebook, type FakeFacebook } from '../helpers/fake-facebook';
import { flushOutbox, later, PNG, PNG_RED, pieceOf, publishPiece, runProbe, setEnv, settle, storedBytes, uploadImages, withListingDelay } from '../helpers/social';

/* Publishing to a Facebook Page (issue 10) against a local Graph API: exactly one post per
   delivery, its photos unpublished with their alt text and attached, and every failure the
   Graph API can answer classified as the issue says. */

let app: TestApp;
let fb: FakeFacebook;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let restoreEnv: () => void;

beforeAll(async () => {
  [fb, smtp] = await Promise.all([startFakeFacebook(), startSmtp()]);
  restoreEnv = setEnv({ ...fb.env, ...smtp.env });
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
  restoreEnv();
  await Promise.all([fb.stop(), smtp.stop()]);
});
beforeEach(() => withListingDelay(app.strapi, 'facebook', 0));

const mailsAbout = (subject: RegExp) => smtp.received.filter((m) => subject.test(m.subject ?? ''));
async function mailed(subject: RegExp, count: number) {
  for (let i = 0; i < 100 && mailsAbout(subject).length < count; i++) {
    await flushOutbox(app.strapi);
    await new Promise((r) => setImmediate(r));
  }
  return mailsAbout(subject);
}

describe('a piece published to the Facebook Page', () => {
  it('goes out once with its link as the post\'s link, and the piece shows the post', async () => {
    const text = 'Presupuesto participativo 2027: vote los proyectos de su barrio hasta el 30 de junio.';
    const p = await publishPiece(app.strapi, 'facebook', { body: text, link: 'https://municipio.example/presupuesto' });
    const row = await settle(app.strapi, p);
    const posted = fb.postsWithText(text);
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ link: 'https://municipio.example/presupuesto', photos: [] });
    expect(row).toMatchObject({ status: 'sent', attempts: 1, externalId: posted[0].id, externalUrl: `https://www.facebook.com/${posted[0].id}` });
    expect(await pieceOf(app.strapi, p)).toMatchObject({ status: 'published', externalId: posted[0].id, externalUrl: `https://www.facebook.com/${posted[0].id}` });
  });

  it('uploads its photos unpublished with their alt text and attaches them in order, the link kept in the text', async () => {
    const [first, second] = await uploadImages(app, [
      { name: 'plaza.png', bytes: PNG },
      { name: 'juegos.png', bytes: PNG_RED },
    ]);
    const p = await publishPiece(app.strapi, 'facebook', {
      body: 'Reabrimos la plaza San Martín con juegos nuevos e iluminación LED.',
      link: 'https://municipio.example/plaza',
      images: [
        { file: first, alt: 'Vista general de la plaza renovada al atardecer' },
        { file: second, alt: 'Niños en los juegos nuevos de la plaza' },
      ],
    });
    const row = await settle(app.strapi, p);
    const posted = fb.postsWithText('Reabrimos la plaza San Martín con juegos nuevos e iluminación LED.\nhttps://municipio.example/plaza');
    expect(posted).toHaveLength(1);
    const stored = [await storedBytes(app.strapi, first), await storedBytes(app.strapi, second)];
    expect(posted[0].photos.map((ph, i) => ({ alt: ph.alt, published: ph.published, mime: ph.mime, same: ph.bytes.equals(stored[i]) }))).toEqual([
      { alt: 'Vista general de la plaza renovada al atardecer', published: false, mime: 'image/png', same: true },
      { alt: 'Niños en los juegos nuevos de la plaza', published: false, mime: 'image/png', same: true },
    ]);
    expect(row).toMatchObject({ status: 'sent', externalId: posted[0].id });
  });

  it("waits Meta's estimated time after a Page rate limit (32), without counting it as a try", async () => {
    fb.rateLimitMinutes = 7;
    fb.fail('feed', 'rate_limit');
    const text = 'Campaña de reciclaje: entregue sus aparatos en desuso el sábado.';
    const p = await publishPiece(app.strapi, 'facebook', { body: text });
    const before = Date.now();
    const waiting = await settle(app.strapi, p);
    expect(waiting).toMatchObject({ status: 'pending', attempts: 0, lastError: expect.stringMatching(/Facebook limita las publicaciones por ahora \(código 32\)/) });
    const next = new Date(waiting.nextAttemptAt!).getTime();
    expect(next).toBeGreaterThanOrEqual(before + 7 * 60_000);
    expect(next).toBeLessThan(Date.now() + 7 * 60_000 + 60_000);
    expect(await settle(app.strapi, p, new Date(next + 1000))).toMatchObject({ status: 'sent', attempts: 1 });
    expect(fb.postsWithText(text)).toHaveLength(1);
  });

  it('after a 503, looks the post up on the Page and posts again only once it is surely not there', async () => {
    fb.fail('feed', 'unavailable');
    const text = 'Mesa de diálogo con comerciantes del centro: martes 10 h en el salón municipal.';
    const p = await publishPiece(app.strapi, 'facebook', { body: text });
    expect(await settle(app.strapi, p)).toMatchObject({ status: 'unknown', attempts: 1, lastError: expect.stringMatching(/Facebook falló \(código 2\) después de recibir la publicación/) });
    expect(fb.postsWithText(text)).toHaveLength(0);
    const sent = await settle(app.strapi, p, later(2 * 3600_000));
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, externalId: fb.postsWithText(text)[0]?.id });
    expect(fb.postsWithText(text)).toHaveLength(1);
  });

  it('records the post the Page got before the connection was cut, without posting it again', async () => {
    fb.fail('feed', 'drop');
    const text = 'Se suspende la feria del domingo por pronóstico de tormenta.';
    const p = await publishPiece(app.strapi, 'facebook', { body: text });
    expect(await settle(app.strapi, p)).toMatchObject({ status: 'unknown', attempts: 1 });
    expect(fb.postsWithText(text)).toHaveLength(1);
    expect(await settle(app.strapi, p, later(2 * 3600_000))).toMatchObject({ status: 'sent', attempts: 1, externalId: fb.postsWithText(text)[0].id });
    expect(fb.postsWithText(text)).toHaveLength(1);
  });

  it('takes a duplicate-post answer (506) to the Page: an older identical post fails the delivery with the reason', async () => {
    const text = 'Recuerde: el pago de la tasa municipal vence el día 10.';
    fb.posts.push({ id: `${fb.pageId}_4999999999`, message: text, link: null, photos: [], createdAt: new Date(Date.now() - 40 * 86_400_000) });
    fb.fail('feed', 'duplicate');
    const p = await publishPiece(app.strapi, 'facebook', { body: text, title: 'Tasa municipal' });
    expect(await settle(app.strapi, p)).toMatchObject({ status: 'failed', lastError: expect.stringMatching(/Facebook rechaza el texto por ser idéntico a una publicación anterior/) });
    expect(fb.postsWithText(text)).toHaveLength(1);
  });

  it("fails a post the Graph API refuses (100) with Meta's reason on the piece, and tells press once", async () => {
    const p = await publishPiece(app.strapi, 'facebook', { body: '   ', title: 'Pieza vacía' });
    const row = await settle(app.strapi, p);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, lastError: 'Facebook rechazó la publicación (código 100): «(#100) Missing message or attachment». Corrija la pieza y use «Reintentar».' });
    expect(await pieceOf(app.strapi, p)).toMatchObject({ status: 'failed', lastError: row.lastError });
    expect(await mailed(/No se publicó en Facebook: «Pieza vacía»/, 1)).toHaveLength(1);
  });
});

describe("Facebook's expired token (190)", () => {
  it('pauses the channel until the token works again; nothing is lost or posted twice', async () => {
    fb.revokeCredentials();
    const text = 'Convocatoria a becas deportivas 2027: inscripción en la oficina de deportes.';
    const p = await publishPiece(app.strapi, 'facebook', { body: text });
    expect(await settle(app.strapi, p)).toMatchObject({ status: 'pending', attempts: 0, lastError: expect.stringMatching(/^Facebook en pausa: Facebook rechazó el token de la Página \(código 190\)/) });
    const panel = (await app.http.get('/api/backoffice/channels').set('Authorization', `Bearer ${await app.login('admin')}`)).body.data;
    expect(panel.find((c: { channel: string }) => c.channel === 'facebook')).toMatchObject({ configured: true, paused: true });
    expect(await mailed(/Facebook en pausa/, 2)).toHaveLength(2);

    fb.restoreCredentials();
    await runProbe(app.strapi);
    expect(await settle(app.strapi, p, later(60_000))).toMatchObject({ status: 'sent', attempts: 1 });
    expect(fb.postsWithText(text)).toHaveLength(1);
    expect(mailsAbout(/Facebook en pausa/)).toHaveLength(2);
  });
});
