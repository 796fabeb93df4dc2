/**
 * Which uploaded files SIGOBito keeps, under which name, and how it serves them back.
 *
 * Files are served from the back office's own origin, so a file the browser would run
 * (HTML, SVG, XML, script) is a session thief. A file's type is therefore what its content is
 * (its magic bytes, as `file-type` reads them), never what the browser declared; the extension
 * it is stored and served under follows from that type; and whatever reaches `/uploads/` is
 * served as an image or a PDF to look at, or as a download.
 */

export type FileKind = 'image' | 'pdf' | 'document';
export type FileType = { ext: string; mime: string; kind: FileKind };
/** What `file-type` reports: its own extension name and MIME type, or nothing it knows. */
export type Detected = { ext: string; mime: string } | undefined;

const IMAGES: FileType[] = [
  { ext: 'png', mime: 'image/png', kind: 'image' },
  { ext: 'jpg', mime: 'image/jpeg', kind: 'image' },
  { ext: 'jpeg', mime: 'image/jpeg', kind: 'image' },
  { ext: 'gif', mime: 'image/gif', kind: 'image' },
  { ext: 'webp', mime: 'image/webp', kind: 'image' },
];
const DOCUMENTS: FileType[] = [
  { ext: 'pdf', mime: 'application/pdf', kind: 'pdf' },
  { ext: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'document' },
  { ext: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', kind: 'document' },
  { ext: 'pptx', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', kind: 'document' },
  { ext: 'odt', mime: 'application/vnd.oasis.opendocument.text', kind: 'document' },
  { ext: 'ods', mime: 'application/vnd.oasis.opendocument.spreadsheet', kind: 'document' },
  { ext: 'odp', mime: 'application/vnd.oasis.opendocument.presentation', kind: 'document' },
  { ext: 'doc', mime: 'application/msword', kind: 'document' },
  { ext: 'xls', mime: 'application/vnd.ms-excel', kind: 'document' },
  { ext: 'ppt', mime: 'application/vnd.ms-powerpoint', kind: 'document' },
];

/** Every type a stored file may have, by its (lower-case) extension. */
export const FILE_TYPES: ReadonlyMap<string, FileType> = new Map([...IMAGES, ...DOCUMENTS].map((t) => [t.ext, t]));

/** Every type a stored file may have (Strapi's own upload routes get the same list). */
export const FILE_MIMES: readonly string[] = [...new Set([...FILE_TYPES.values()].map((t) => t.mime))];

/** The images a logo may be. */
export const IMAGE_MIMES: readonly string[] = [...new Set(IMAGES.map((t) => t.mime))];

/** `file-type`'s name for a content → the extension SIGOBito stores it under. */
const FROM_DETECTED: ReadonlyMap<string, string> = new Map([
  ['png', 'png'],
  ['apng', 'png'],
  ['jpg', 'jpg'],
  ['gif', 'gif'],
  ['webp', 'webp'],
  ['pdf', 'pdf'],
  ['docx', 'docx'],
  ['xlsx', 'xlsx'],
  ['pptx', 'pptx'],
  ['odt', 'odt'],
  ['ods', 'ods'],
  ['odp', 'odp'],
]);

/**
 * Word, Excel and PowerPoint 97–2003 files are all one container (CFB), as are installers
 * (.msi) and other things: one is kept only when its name says which of the three it is.
 */
const LEGACY_OFFICE = new Set(['doc', 'xls', 'ppt']);

const ALLOWED_TEXT = 'se admiten imágenes PNG, JPEG, WebP o GIF, PDF y documentos de Office (Word, Excel, PowerPoint, OpenDocument)';

/** A file name's extension, lower case, without the dot ('' when it has none). */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/**
 * Characters a stored file name never keeps: control and format characters (among them the
 * bidirectional overrides U+202A–U+202E and isolates U+2066–U+2069 that make
 * `invoice‮fdp.exe` read as `invoiceexe.pdf`, the marks U+200E/U+200F, zero-width characters),
 * unassigned and private-use code points, and what file systems reserve.
 */
const UNSAFE = /[\p{C}<>:"|?*\\/]/gu;
const MAX_BASE_LENGTH = 120;

/**
 * Pure: a file name safe to store and show. Only its last path segment counts; unsafe
 * characters go, spaces are collapsed, and leading dots and trailing dots and spaces are
 * trimmed (a hidden file, `..`, a Windows quirk). An empty result is `archivo`.
 */
export function safeFileName(raw: string): string {
  const last = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .replace(/\s+/gu, ' ')
    .replace(UNSAFE, '')
    .replace(/ +/g, ' ')
    .replace(/^[\s.]+/u, '')
    .replace(/[\s.]+$/u, '');
  const ext = extensionOf(cleaned);
  const base = ext ? cleaned.slice(0, -(ext.length + 1)) : cleaned;
  const short = [...base].slice(0, MAX_BASE_LENGTH).join('').replace(/[\s.]+$/u, '');
  if (!short) return ext ? `archivo.${ext}` : 'archivo';
  return ext ? `${short}.${ext}` : short;
}

export type Verdict = { ok: true; name: string; type: FileType } | { ok: false; reason: string };

/**
 * Pure: whether a file whose content `file-type` detected as `detected` is kept for a purpose
 * that takes `kinds`, and then its stored name: the (safe) name it came with, ending in the
 * extension its content calls for (a `.jpeg` stays `.jpeg`; `foto.png` holding a JPEG is
 * `foto.jpg`; `factura.exe` holding a PDF is `factura.exe.pdf`).
 */
export function acceptUpload(detected: Detected, clientName: string, kinds: readonly FileKind[] = ['image', 'pdf', 'document']): Verdict {
  const name = safeFileName(clientName);
  const given = extensionOf(name);
  const stored = detected?.ext === 'cfb' ? (LEGACY_OFFICE.has(given) ? given : undefined) : detected ? FROM_DETECTED.get(detected.ext) : undefined;
  const type = stored ? FILE_TYPES.get(stored) : undefined;
  if (!type || !kinds.includes(type.kind)) {
    const what =
      detected?.ext === 'cfb'
        ? 'es un contenedor de Office sin extensión .doc, .xls o .ppt'
        : detected
          ? `es ${detected.mime}`
          : 'no se reconoce (texto, HTML, SVG o scripts no se admiten)';
    const allowed = kinds.length === 1 && kinds[0] === 'image' ? 'se admiten imágenes PNG, JPEG, WebP o GIF' : ALLOWED_TEXT;
    return { ok: false, reason: `El contenido del archivo «${name}» no es un tipo permitido: ${what}; ${allowed}` };
  }
  const ext = FILE_TYPES.get(given)?.mime === type.mime ? given : type.ext;
  // Another known type's extension is replaced; anything else (`informe.v2`, `factura.exe`)
  // stays in sight as part of the name.
  const base = FILE_TYPES.has(given) ? name.slice(0, -(given.length + 1)) : name;
  return { ok: true, name: `${base || 'archivo'}.${ext}`, type };
}

/**
 * Uploads never run anything: no scripts, plugins, forms or frames (`sandbox`), and nothing
 * loaded from anywhere. Chromium refuses to show a PDF in a sandboxed document, so a PDF
 * gets the same policy without `sandbox`: its viewer is the browser's own, isolated from the
 * page's origin, and nosniff keeps it from being read as anything but a PDF.
 */
export const UPLOAD_CSP = "default-src 'none'; frame-ancestors 'self'; sandbox";
export const PDF_CSP = "default-src 'none'; frame-ancestors 'self'";

/**
 * Pure: the headers a stored file is served with, from its address alone. Images and PDF open
 * in the browser; everything else downloads, and a file stored before the content check with
 * an extension outside the list (`.html`, `.svg`, `.js`, `.txt`) is opaque bytes.
 */
export function servedHeaders(urlPath: string): Record<string, string> {
  let file = urlPath.split('/').pop() ?? '';
  try {
    file = decodeURIComponent(file);
  } catch {
    // A malformed escape: the raw segment names no known type either.
  }
  const type = FILE_TYPES.get(extensionOf(file));
  const inline = type?.kind === 'image' || type?.kind === 'pdf';
  const filename = file.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '') || 'archivo';
  return {
    'Content-Type': type?.mime ?? 'application/octet-stream',
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename="${filename}"`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': type?.kind === 'pdf' ? PDF_CSP : UPLOAD_CSP,
  };
}
