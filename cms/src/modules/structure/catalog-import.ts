import type { Core } from '@strapi/strapi';
import { nodesOnCycles } from '../../domain/catalogs/tree';
import Papa from 'papaparse';
import { CATALOGS, importCode, importField, own, restoreCsvCell, type Catalog, type MessageParams } from '@sigobito/config';
import { attributesOf } from '../../backoffice/engine';
import type { FieldError } from '../../backoffice/errors';
import { resourceByName } from '../../backoffice/registry';
import { validateWrite } from '../../backoffice/validation';
import { importProblems } from '../../backoffice/workflow';
import { refreshStatisticsAfterImport } from '../../ops/statistics';

/** Catalogs that can be loaded in bulk (from CSV in the back office, from JSON by the seed). */
export const IMPORTABLE = CATALOGS;
export type Importable = Catalog;

/** Relation columns hold codes of other catalogs (`|`-separated for lists). */
const CODE_RELATIONS: Record<Importable, Record<string, Importable>> = {
  actors: { themes: 'themes', places: 'places' },
  themes: { parent: 'themes' },
  places: { parent: 'places' },
  areas: { parent: 'areas' },
  positions: { area: 'areas' },
};

export type ImportRow = Record<string, unknown>;
/** A refused cell: its line in the file, its field, the coded reason (the catalogue's) and its Spanish words. */
export type LineError = { line: number; field: string; code: string; params?: MessageParams; message: string };
export type ImportReport = {
  resource: Importable;
  total: number;
  valid: number;
  created: number;
  updated: number;
  errors: LineError[];
  preview: Array<{ line: number; action: 'create' | 'update'; key: string; record: ImportRow }>;
};

const MAX_ROWS = 5000;

/** Papa Parse's complaints about a file, by its code: the variant of `invalid_csv` and the Spanish words. */
const CSV_PROBLEMS: Record<string, { variant?: string; message: string }> = {
  TooFewFields: { variant: 'too_few_fields', message: 'Faltan celdas: la línea tiene menos columnas que el encabezado' },
  TooManyFields: { variant: 'too_many_fields', message: 'Sobran celdas: la línea tiene más columnas que el encabezado' },
  MissingQuotes: { variant: 'missing_quotes', message: 'Unas comillas se abren y no se cierran' },
  InvalidQuotes: { variant: 'invalid_quotes', message: 'Hay comillas mal puestas' },
  UndetectableDelimiter: { variant: 'delimiter', message: 'No se reconoce el separador: separe las columnas con comas o con punto y coma' },
};
const UNREADABLE: { variant?: string; message: string } = { message: 'El archivo no se lee como una tabla CSV' };

/**
 * Pure: CSV text → rows keyed by field, or report-ready errors. With a catalog, a column may be
 * named by its field or by the label people know it by, in Spanish or English (`Tipo`, `Kind`).
 */
export function parseCsv(text: string, catalog?: Catalog): { rows: ImportRow[]; errors: LineError[] } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => {
      const header = h.trim();
      return (catalog && importField(catalog, header)) ?? header;
    },
    delimitersToGuess: [',', ';', '\t'],
    // A file exported by SIGOBito comes back as it was written (`'+507…` → `+507…`).
    transform: (value) => restoreCsvCell(value),
  });
  const errors: LineError[] = parsed.errors
    // A one-column file has no separator to find, and needs none.
    .filter((e) => !(e.code === 'UndetectableDelimiter' && parsed.data.length > 0))
    .map((e) => {
      const { variant, message } = own(CSV_PROBLEMS, e.code) ?? UNREADABLE;
      return { line: (e.row ?? 0) + 2, field: 'csv', code: 'invalid_csv', params: variant ? { variant } : {}, message };
    });
  // The one column name a row object cannot hold (it would set the row's prototype): say so, as for any unknown column.
  for (const field of parsed.meta.fields ?? []) if (field === '__proto__') errors.push({ line: 1, field, code: 'unknown_field', params: { variant: 'column', field }, message: 'Columna desconocida' });
  if (parsed.data.length > MAX_ROWS) errors.push({ line: 0, field: 'csv', code: 'too_many', params: { max: MAX_ROWS }, message: `Como máximo ${MAX_ROWS} filas por archivo` });
  const rows = parsed.data.map((r) => {
    const row: ImportRow = {};
    for (const [k, v] of Object.entries(r)) if (k) row[k] = typeof v === 'string' ? v.trim() : v;
    return row;
  });
  return { rows, errors };
}

const splitCodes = (v: unknown): string[] =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' && v.trim() ? v.split('|').map((s) => s.trim()).filter(Boolean) : [];

type Existing = { documentId: string; code: string | null; name: string };

async function codeIndex(strapi: Core.Strapi, resource: Importable): Promise<Map<string, string>> {
  const uid = resourceByName(resource)!.uid;
  const rows = (await strapi.db.query(uid as never).findMany({ select: ['documentId', 'code'] })) as Existing[];
  return new Map(rows.filter((r) => r.code).map((r) => [r.code as string, r.documentId]));
}

/**
 * Upserts catalog rows by their natural key (`code`; actors without a code by name). Checks
 * every row first with the same rules as the API; writes nothing unless all rows are valid
 * and `dryRun` is false, and then writes them all in one transaction.
 */
export async function upsertCatalog(
  strapi: Core.Strapi,
  resource: Importable,
  rows: ImportRow[],
  opts: { dryRun: boolean; firstLine?: number; initialErrors?: LineError[]; onProgress?: (done: number, total: number) => void },
): Promise<ImportReport> {
  const def = resourceByName(resource)!;
  const attributes = attributesOf(strapi, def.uid);
  const firstLine = opts.firstLine ?? 2;
  const report: ImportReport = { resource, total: rows.length, valid: 0, created: 0, updated: 0, errors: [...(opts.initialErrors ?? [])], preview: [] };

  const relations = CODE_RELATIONS[resource];
  const indexes = new Map<Importable, Map<string, string>>();
  for (const target of new Set([resource, ...Object.values(relations)])) indexes.set(target, await codeIndex(strapi, target));
  const byName =
    resource === 'actors'
      ? new Map(((await strapi.db.query(def.uid as never).findMany({ select: ['documentId', 'name'] })) as Existing[]).map((r) => [r.name.toLowerCase(), r.documentId]))
      : new Map<string, string>();
  const codesInFile = new Set<string>();
  const plans: Array<{ line: number; key: string; documentId?: string; data: Record<string, unknown>; links: Record<string, string[]> }> = [];

  rows.forEach((row, i) => {
    const line = firstLine + i;
    const errors: FieldError[] = [];
    const code = typeof row.code === 'string' && row.code ? row.code : undefined;
    if (!code && resource !== 'actors') errors.push({ path: 'code', code: 'required', message: 'Es obligatorio' });
    if (code && codesInFile.has(code)) errors.push({ path: 'code', code: 'duplicate', message: 'Código repetido en el archivo' });
    // Relation columns are codes: check them against the database and the lines above.
    const links: Record<string, string[]> = {};
    for (const [field, target] of Object.entries(relations)) {
      const codes = splitCodes(row[field]);
      for (const c of codes) {
        const known = indexes.get(target)!.has(c) || (target === resource && codesInFile.has(c));
        if (!known) errors.push({ path: field, code: 'not_found', params: { variant: 'code', code: c }, message: `Código desconocido: ${c}` });
        if (target === resource && c === code) errors.push({ path: field, code: 'cycle', params: { variant: 'self' }, message: 'No puede ser su propio padre' });
      }
      links[field] = codes;
    }
    // Own keys only: a column named "constructor" or "toString" is unknown, not a field every object has.
    const isRelation = (k: string) => Object.hasOwn(relations, k);
    const isField = (k: string) => Object.hasOwn(attributes, k);
    const scalar = Object.fromEntries(Object.entries(row).filter(([k]) => !isRelation(k) && isField(k)));
    const unknown = Object.keys(row).filter((k) => !isRelation(k) && !isField(k));
    for (const k of unknown) errors.push({ path: k, code: 'unknown_field', params: { variant: 'column', field: k }, message: 'Columna desconocida' });
    // CSV gives strings: coerce what the attribute says is a number or a boolean, and read a code by its label (`persona`).
    for (const [k, v] of Object.entries(scalar)) {
      const t = attributes[k].type;
      if (v === '') scalar[k] = null;
      else if (t === 'enumeration' && typeof v === 'string') scalar[k] = importCode(resource, k, v);
      else if (['integer', 'decimal', 'float'].includes(t) && typeof v === 'string') scalar[k] = Number(v);
      else if (t === 'boolean' && typeof v === 'string') scalar[k] = ['true', 'sí', 'si', '1'].includes(v.toLowerCase());
      else if (t === 'json' && typeof v === 'string') {
        try {
          scalar[k] = JSON.parse(v);
        } catch {
          errors.push({ path: k, code: 'invalid_json', message: 'JSON mal formado' });
        }
      }
    }
    const documentId = code ? indexes.get(resource)!.get(code) : byName.get(String(row.name ?? '').toLowerCase());
    const checked = validateWrite(attributes, scalar, documentId ? 'update' : 'create', { hidden: def.hidden, readOnly: def.readOnly });
    errors.push(...checked.errors);
    if (def.validate && !checked.errors.length) errors.push(...def.validate(checked.data));
    errors.push(...importProblems(def, checked.data));
    if (code) codesInFile.add(code);
    if (errors.length) {
      report.errors.push(...errors.map((e) => ({ line, field: e.path, code: e.code, params: e.params as MessageParams | undefined, message: e.message })));
      return;
    }
    report.valid++;
    const key = code ?? String(row.name);
    plans.push({ line, key, documentId, data: checked.data, links });
    report.preview.push({ line, action: documentId ? 'update' : 'create', key, record: { ...checked.data, ...links } });
  });

  // The API refuses a parent that would close a loop; so does the import, across its lines.
  const parentField = def.treeParent;
  if (parentField && Object.hasOwn(relations, parentField)) {
    const rowsWithParent = (await strapi.db.query(def.uid as never).findMany({
      select: ['code'],
      populate: { [parentField]: { select: ['code'] } },
    })) as Array<Record<string, unknown>>;
    const existing = new Map(rowsWithParent.map((r) => [String(r.code), ((r[parentField] as { code?: string } | null)?.code ?? null) as string | null]));
    const changes = new Map(plans.map((p) => [p.key, p.links[parentField]?.[0] ?? null]));
    const looping = nodesOnCycles(existing, changes);
    for (const plan of plans.filter((p) => looping.has(p.key))) {
      report.valid--;
      report.errors.push({ line: plan.line, field: parentField, code: 'cycle', message: 'Crearía un ciclo: el padre no puede ser uno de sus descendientes' });
    }
    report.errors.sort((a, b) => a.line - b.line);
  }

  report.created = plans.filter((p) => !p.documentId).length;
  report.updated = plans.length - report.created;
  if (opts.dryRun || report.errors.length) return report;

  await strapi.db.transaction(async () => {
    let done = 0;
    for (const plan of plans) {
      const data: Record<string, unknown> = { ...plan.data };
      for (const [field, codes] of Object.entries(plan.links)) {
        const target = relations[field];
        const ids = codes.map((c) => indexes.get(target)!.get(c)!);
        const attr = attributes[field];
        data[field] = /ToMany$/.test(attr.relation ?? '') ? ids : (ids[0] ?? null);
      }
      const saved = (plan.documentId
        ? await strapi.documents(def.uid as never).update({ documentId: plan.documentId, data } as never)
        : await strapi.documents(def.uid as never).create({ data } as never)) as unknown as { documentId: string };
      if (typeof plan.data.code === 'string') indexes.get(resource)!.set(plan.data.code, saved.documentId);
      opts.onProgress?.(++done, plans.length);
    }
  });
  // Hundreds of rows at once: the planner's statistics follow (issue 13).
  await refreshStatisticsAfterImport(strapi, [(strapi.db.metadata.get(def.uid) as { tableName: string }).tableName]);
  return report;
}

/** "1 error en 1 línea", "3 errores en 2 líneas": how many errors a file has, and on how many of its lines. */
export function errorsInLines(errors: ReadonlyArray<Pick<LineError, 'line'>>): string {
  const lines = new Set(errors.map((e) => e.line)).size;
  return `${errors.length} ${errors.length === 1 ? 'error' : 'errores'} en ${lines} ${lines === 1 ? 'línea' : 'líneas'}`;
}

export async function importCatalog(strapi: Core.Strapi, resource: Importable, csv: string, dryRun: boolean): Promise<ImportReport> {
  const { rows, errors } = parseCsv(csv, resource);
  return upsertCatalog(strapi, resource, rows, { dryRun, initialErrors: errors });
}
