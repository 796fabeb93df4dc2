import { acceptUpload, PDF_CSP, safeFileName, servedHeaders, UPLOAD_CSP } from './file-types';

const PNG = { ext: 'png', mime: 'image/png' };
const PDF = { ext: 'pdf', mime: 'application/pdf' };
const JPEG = { ext: 'jpg', mime: 'image/jpeg' };
const DOCX = { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
const CFB = { ext: 'cfb', mime: 'application/x-cfb' };

describe('which uploaded files are kept, by their content', () => {
  it.each([
    ['a PNG', PNG, 'acta.png', 'acta.png', 'image/png'],
    ['an animated PNG, as a PNG', { ext: 'apng', mime: 'image/apng' }, 'gif.png', 'gif.png', 'image/png'],
    ['a JPEG named .jpeg, keeping its spelling', JPEG, 'foto.jpeg', 'foto.jpeg', 'image/jpeg'],
    ['a JPEG named .png, renamed for what it is', JPEG, 'foto.png', 'foto.jpg', 'image/jpeg'],
    ['a PDF', PDF, 'informe.pdf', 'informe.pdf', 'application/pdf'],
    ['a PDF named .exe, the false extension left in sight', PDF, 'factura.exe', 'factura.exe.pdf', 'application/pdf'],
    ['a PDF with no extension', PDF, 'informe', 'informe.pdf', 'application/pdf'],
    ['a Word document', DOCX, 'Acta final.docx', 'Acta final.docx', DOCX.mime],
    ['an OpenDocument spreadsheet', { ext: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet' }, 'plan.ods', 'plan.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['an Excel 97 workbook', CFB, 'presupuesto.xls', 'presupuesto.xls', 'application/vnd.ms-excel'],
    ['a Word 97 document', CFB, 'oficio.DOC', 'oficio.doc', 'application/msword'],
  ])('keeps %s', (_what, detected, name, storedName, mime) => {
    expect(acceptUpload(detected, name)).toEqual({ ok: true, name: storedName, type: expect.objectContaining({ mime }) });
  });

  it.each([
    ['text, HTML, SVG or a script (nothing file-type knows)', undefined, 'pagina.html', /no se reconoce/],
    ['an XML document', { ext: 'xml', mime: 'application/xml' }, 'dibujo.svg', /es application\/xml/],
    ['a bare zip', { ext: 'zip', mime: 'application/zip' }, 'acta.docx', /es application\/zip/],
    ['an executable', { ext: 'exe', mime: 'application/x-msdownload' }, 'acta.pdf', /es application\/x-msdownload/],
    ['an installer in an Office container', CFB, 'setup.msi', /sin extensión \.doc, \.xls o \.ppt/],
  ])('refuses %s', (_what, detected, name, why) => {
    const verdict = acceptUpload(detected, name);
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/^El contenido del archivo «.+» no es un tipo permitido: /);
    expect(!verdict.ok && verdict.reason).toMatch(why);
  });

  it('takes only images for a purpose that takes only images', () => {
    expect(acceptUpload(PNG, 'logo.png', ['image']).ok).toBe(true);
    const pdf = acceptUpload(PDF, 'logo.pdf', ['image']);
    expect(!pdf.ok && pdf.reason).toMatch(/se admiten imágenes PNG, JPEG, WebP o GIF$/);
  });
});

describe('safe file names', () => {
  it.each([
    ['drops a right-to-left override that disguises an extension', 'invoice\u202Efdp.exe', 'invoicefdp.exe'],
    ['drops embeddings, isolates and marks', 'a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk.pdf', 'abcdefghijk.pdf'],
    ['drops zero-width and other control characters', 'ac\u200Bta\u0000\u0007\u001F\u007F\u0085\uFEFF.png', 'acta.png'],
    ['turns tabs and line breaks into single spaces', 'acta\t de\n\r obra\u2028.pdf', 'acta de obra.pdf'],
    ['keeps only the last path segment', '../../etc/passwd.png', 'passwd.png'],
    ['keeps only the last Windows path segment', 'C:\\Users\\ana\\acta.pdf', 'acta.pdf'],
    ['drops characters file systems reserve', 'a<b>c:d"e|f?g*h.pdf', 'abcdefgh.pdf'],
    ['trims leading dots and trailing dots and spaces', '..  .oculto.pdf. . ', 'oculto.pdf'],
    ['keeps accents and other letters, composed', 'Informe de gestio\u0301n – año 2026.pdf', 'Informe de gestión – año 2026.pdf'],
    ['names an empty name "archivo"', '\u202E\u200B', 'archivo'],
    ['keeps a name that is only an extension as a plain name', '\u202E.pdf', 'pdf'],
  ])('%s', (_what, raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('shortens a very long name, keeping its extension', () => {
    const name = safeFileName(`${'a'.repeat(500)}.pdf`);
    expect(name).toBe(`${'a'.repeat(120)}.pdf`);
  });

  it('strips what the name came with before it is stored', () => {
    expect(acceptUpload(PDF, 'invoice\u202Efdp.exe')).toEqual(expect.objectContaining({ name: 'invoicefdp.exe.pdf' }));
  });
});

describe('how stored files are served', () => {
  it('shows images and PDFs in the browser, with their own type', () => {
    expect(servedHeaders('/uploads/acta_1a2b.png')).toEqual({
      'Content-Type': 'image/png',
      'Content-Disposition': 'inline; filename="acta_1a2b.png"',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': UPLOAD_CSP,
    });
    expect(servedHeaders('/uploads/foto.JPEG')['Content-Type']).toBe('image/jpeg');
    expect(servedHeaders('/uploads/informe.pdf')).toEqual(expect.objectContaining({ 'Content-Type': 'application/pdf', 'Content-Disposition': 'inline; filename="informe.pdf"', 'Content-Security-Policy': PDF_CSP }));
  });

  it('downloads Office documents with their type', () => {
    expect(servedHeaders('/uploads/acta.docx')).toEqual(
      expect.objectContaining({ 'Content-Type': DOCX.mime, 'Content-Disposition': 'attachment; filename="acta.docx"', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': UPLOAD_CSP }),
    );
  });

  it.each(['pagina.html', 'pagina.htm', 'pagina.xhtml', 'dibujo.svg', 'robo.js', 'notas.txt', 'datos.csv', 'sin-extension', 'x.png%2ehtml'])(
    'downloads %s, stored before the content check, as opaque bytes',
    (file) => {
      expect(servedHeaders(`/uploads/${file}`)).toEqual(
        expect.objectContaining({ 'Content-Type': 'application/octet-stream', 'Content-Disposition': expect.stringMatching(/^attachment; /), 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': UPLOAD_CSP }),
      );
    },
  );

  it('never lets a name break out of the Content-Disposition header', () => {
    expect(servedHeaders('/uploads/a%22%0D%0ASet-Cookie%3A%20x.docx')['Content-Disposition']).toBe('attachment; filename="a___Set-Cookie__x.docx"');
    expect(servedHeaders('/uploads/%E0%A4%A.pdf')['Content-Disposition']).toBe('inline; filename="_E0_A4_A.pdf"');
  });
});
