/**
 * Map tiles are optional: with no tile address the maps draw the places alone. A tile address is
 * a template such as `https://{s}.tile.example.org/{z}/{x}/{y}.png` that Leaflet fills in. The
 * public site lets the browser load images (and nothing else) from its host, so the template is
 * checked here once, for the CMS, the back office and the site alike.
 */

/** The placeholders Leaflet fills in; `{s}` (a subdomain) only as the first label of the host. */
const PLACEHOLDERS = new Set(['{z}', '{x}', '{y}', '{s}', '{r}']);
const REQUIRED = ['{z}', '{x}', '{y}'] as const;
export const MAP_TILE_URL_MAX_LENGTH = 300;

/** In Spanish, what is wrong with a tile address template, or null when it is right (or empty). */
export function mapTileUrlProblem(value: unknown): string | null {
  if (value == null || value === '') return null;
  if (typeof value !== 'string') return 'Debe ser un texto';
  if (value.length > MAP_TILE_URL_MAX_LENGTH) return `Debe tener como máximo ${MAP_TILE_URL_MAX_LENGTH} caracteres`;
  if (!/^https:\/\/[^\s"'<>\\]+$/i.test(value)) return 'Debe empezar por https:// y no tener espacios ni comillas';
  const unknown = (value.match(/\{[^}]*\}/g) ?? []).find((p) => !PLACEHOLDERS.has(p));
  if (unknown) return `No se reconoce ${unknown}: solo {z}, {x}, {y}, {s} y {r}`;
  const missing = REQUIRED.filter((p) => !value.includes(p));
  if (missing.length > 0) return `Debe contener ${missing.join(', ')}`;
  const url = parse(value);
  if (!url || url.protocol !== 'https:' || url.username || url.password) return 'No es una dirección https válida';
  if (/[{}]/.test(hostTemplate(value).replace(/^\{s\}\./, ''))) return 'En el nombre del servidor solo se admite {s} al principio ({s}.servidor)';
  return null;
}

/** The host part of the template as written (`{s}.tile.example.org`). */
const hostTemplate = (template: string): string => template.slice('https://'.length).split(/[/?#]/, 1)[0]!.replace(/:\d+$/, '');

function parse(template: string): URL | null {
  try {
    return new URL(template.replace(/\{s\}/g, 'a').replace(/\{[zxy]\}/g, '0').replace(/\{r\}/g, ''));
  } catch {
    return null;
  }
}

/**
 * The Content-Security-Policy source that covers every tile of a valid template
 * (`https://*.tile.example.org` for `{s}.`), or null when there is no valid template.
 */
export function mapTileSource(template: string | null | undefined): string | null {
  if (!template || mapTileUrlProblem(template) !== null) return null;
  const url = parse(template)!;
  const host = hostTemplate(template).startsWith('{s}.') ? `*.${url.hostname.split('.').slice(1).join('.')}` : url.hostname;
  return `https://${host}${url.port ? `:${url.port}` : ''}`;
}

/**
 * A Content-Security-Policy that also lets images load from `source` (a tile host from
 * `mapTileSource`), and, when `scripts` is given, scripts from the page's own origin (the map
 * code). Unchanged when there is no source.
 */
export function cspWithMapTiles(csp: string, source: string | null, { scripts = false } = {}): string {
  if (!source) return csp;
  const directives = csp.split(';').map((d) => d.trim()).filter(Boolean);
  const add = (name: string, value: string) => {
    const i = directives.findIndex((d) => d.split(/\s+/)[0] === name);
    if (i === -1) directives.push(`${name} ${value}`);
    else if (!directives[i]!.split(/\s+/).includes(value)) directives[i] = `${directives[i]} ${value}`.replace(" 'none'", '');
  };
  add('img-src', source);
  if (scripts) add('script-src', "'self'");
  return directives.join('; ');
}
