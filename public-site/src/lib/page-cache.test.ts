import zlib from 'node:zlib';
import { copyOf, DATA_DATE_MARK, dataDateNote, encodedBody, preferredEncoding, shareable, sharedRequest, withDataDate } from './page-cache';

const page = (headers: Record<string, string>, status = 200) => new Response('<main><!--data-date--><h1>Metas</h1></main>', { status, headers });
const PUBLIC_HTML = { 'Content-Type': 'text/html', 'Cache-Control': 'public, max-age=60' };

describe('shareable', () => {
  it('shares a page that says it is public', () => {
    expect(shareable(page(PUBLIC_HTML))).toBe(true);
    expect(shareable(page({ 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' }))).toBe(true);
  });

  it("never shares a visitor's own page: no-store (the request form, a request's state), private, or no Cache-Control at all", () => {
    expect(shareable(page({ 'Content-Type': 'text/html', 'Cache-Control': 'no-store' }))).toBe(false);
    expect(shareable(page({ 'Content-Type': 'text/html', 'Cache-Control': 'private, max-age=60' }))).toBe(false);
    expect(shareable(page({ 'Content-Type': 'text/html', 'Cache-Control': 'public, no-cache' }))).toBe(false);
    expect(shareable(page({ 'Content-Type': 'text/html' }))).toBe(false);
  });

  it('never shares an answer that sets a cookie, an error, or a file', () => {
    expect(shareable(page({ ...PUBLIC_HTML, 'Set-Cookie': 'a=b' }))).toBe(false);
    expect(shareable(page(PUBLIC_HTML, 404))).toBe(false);
    expect(shareable(page(PUBLIC_HTML, 503))).toBe(false);
    expect(shareable(page({ 'Content-Type': 'text/csv', 'Cache-Control': 'public, max-age=300' }))).toBe(false);
  });

  it('reads and feeds the shared copies for GETs only, never for a POST', () => {
    expect(sharedRequest(new Request('http://x/metas'))).toBe(true);
    expect(sharedRequest(new Request('http://x/solicitudes/nueva', { method: 'POST', body: 'a=1' }))).toBe(false);
    expect(sharedRequest(new Request('http://x/', { method: 'HEAD' }))).toBe(false);
  });
});

describe('preferredEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1.0, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', null],
    ['', null],
    [null, null],
    ['gzip;q=0', null],
    ['GZIP', 'gzip'],
  ])('%s → %s', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe('the date note', () => {
  const asOf = Date.parse('2026-12-03T14:31:00Z');

  it('says when the data are from, in the municipality’s time zone and in Spanish', () => {
    const note = dataDateNote(asOf, 'America/Panama');
    expect(note).toContain('Datos al <time datetime="2026-12-03T14:31:00.000Z">jueves 3 de diciembre de 2026, 9:31');
    expect(note).toContain('role="status"');
  });

  it('crosses midnight with the time zone: 03:30 UTC is still the day before in Panama', () => {
    expect(dataDateNote(Date.parse('2026-12-04T03:30:00Z'), 'America/Panama')).toMatch(/jueves 3 de diciembre de 2026, 10:30/);
  });

  it('takes the place left for it, or leaves nothing', () => {
    expect(withDataDate(`<main>${DATA_DATE_MARK}<h1>x</h1></main>`, '<p>n</p>')).toBe('<main><p>n</p><h1>x</h1></main>');
    expect(withDataDate(`<main>${DATA_DATE_MARK}<h1>x</h1></main>`, null)).toBe('<main><h1>x</h1></main>');
  });
});

describe('copies', () => {
  const copy = () => copyOf(page({ ...PUBLIC_HTML, 'Content-Length': '44' }), '<main><!--data-date--><h1>Metas</h1></main>', 1_000, { oldest: 400, degraded: true });

  it('keep the page’s headers but not those of the bytes as sent, and the age of the oldest data', () => {
    const c = copy();
    expect(c.headers.map(([n]) => n)).not.toContain('content-length');
    expect(c).toMatchObject({ fetchedAt: 1_000, dataAsOf: 400, degraded: true, failedAt: null });
  });

  it('are compressed once per encoding, without the place of the note', () => {
    const c = copy();
    const br = encodedBody(c, 'br');
    expect(encodedBody(c, 'br')).toBe(br);
    expect(zlib.brotliDecompressSync(br).toString()).toBe('<main><h1>Metas</h1></main>');
    expect(zlib.gunzipSync(encodedBody(c, 'gzip')).toString()).toBe('<main><h1>Metas</h1></main>');
  });
});
