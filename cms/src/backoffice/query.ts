import { BadRequest, type CodedMessage, type FieldError } from './errors';
import type { Attribute, Attributes, Filters } from './types';
import { isCalendarDate, isIsoDateTime } from './validation';
import { own } from '@sigobito/config/contracts';

export const MAX_RANGE = 500;
/** The last row a page may reach: far beyond any real table, well inside a safe integer. */
export const MAX_OFFSET = 1_000_000_000;
export const DEFAULT_RANGE: [number, number] = [0, 24];

/**
 * The filter operators of the back-office dialect, as one lookup table: suffix → Strapi
 * operator. Longer suffixes are tried first so `_gte` is never read as `_gt` + "e".
 */
export const OPERATORS: ReadonlyArray<readonly [suffix: string, op: string]> = [
  ['_gte', '$gte'],
  ['_lte', '$lte'],
  ['_neq', '$ne'],
  ['_gt', '$gt'],
  ['_lt', '$lt'],
  ['_in', '$in'],
];

export const SYSTEM_FIELDS: Attributes = {
  id: { type: 'string' },
  createdAt: { type: 'datetime' },
  updatedAt: { type: 'datetime' },
};

export type ListQuery = {
  filters: Filters;
  sort: string;
  start: number;
  limit: number;
};

export type QueryContext = {
  attributes: Attributes;
  searchable: string[];
  hidden?: string[];
  virtualFilters?: Record<string, (value: unknown, op: string) => Filters>;
  /** Relations whose target the user reads only in part: a filter on them sees only that part. */
  relationScopes?: Record<string, Filters>;
  /** A word of `q` found from a search index (search-index.ts), or undefined: LIKE on each searchable field. */
  indexedWord?: (word: string) => Filters | undefined;
};

function parseJsonParam(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new BadRequest([{ path: name, code: 'invalid', params: { variant: 'json' }, message: 'Debe ser JSON' }]);
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequest([{ path: name, code: 'invalid_json', message: 'JSON mal formado' }]);
  }
}

export function splitOperator(key: string): { field: string; op: string } {
  for (const [suffix, op] of OPERATORS) {
    if (key.length > suffix.length && key.endsWith(suffix)) return { field: key.slice(0, -suffix.length), op };
  }
  return { field: key, op: '$eq' };
}

/** A stored field of the resource, or one Strapi adds (never a key inherited from Object.prototype). */
const fieldOf = (ctx: QueryContext, field: string): Attribute | undefined => own(ctx.attributes, field) ?? own(SYSTEM_FIELDS, field);

const isRelation = (a: Attribute) => a.type === 'relation' || a.type === 'media';
const isFilterable = (a: Attribute) => !['json', 'media', 'password', 'component', 'dynamiczone', 'blocks', 'richtext'].includes(a.type);

/** Coerces one filter value to the attribute's type, or says why it cannot. */
export function coerceValue(path: string, attr: Attribute, value: unknown): unknown {
  const bad = (e: Extract<CodedMessage, { code: 'invalid_type' }>['params'], message: string): never => {
    throw new BadRequest([{ path, code: 'invalid_type', params: e, message }]);
  };
  if (value === null) return null;
  switch (attr.type) {
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n)) bad({ variant: 'number' }, 'Debe ser un número');
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true') return true;
      if (value === false || value === 'false') return false;
      return bad({ variant: 'boolean' }, 'Debe ser verdadero o falso');
    case 'date':
      if (typeof value !== 'string' || !isCalendarDate(value)) bad({ variant: 'date' }, 'Debe ser una fecha (AAAA-MM-DD)');
      return value;
    case 'datetime':
      if (typeof value !== 'string' || !isIsoDateTime(value)) bad({ variant: 'datetime' }, 'Debe ser una fecha válida');
      return value;
    case 'enumeration':
      if (typeof value !== 'string' || !(attr.enum ?? []).includes(value)) bad({ variant: 'choice', allowed: [...(attr.enum ?? [])] }, `Debe ser uno de: ${(attr.enum ?? []).join(', ')}`);
      return value;
    default:
      if (typeof value !== 'string' && typeof value !== 'number') bad({ variant: 'text' }, 'Debe ser un texto');
      return String(value);
  }
}

function buildCondition(path: string, field: string, attr: Attribute, op: string, value: unknown, scope?: Filters): Filters {
  if (field === 'id') {
    const ids = Array.isArray(value) ? value : [value];
    if (!ids.every((v) => typeof v === 'string' || typeof v === 'number')) {
      throw new BadRequest([{ path, code: 'invalid_type', params: { variant: 'id_or_id_list' }, message: 'Debe ser un identificador o una lista de identificadores' }]);
    }
    const op2 = op === '$ne' ? '$notIn' : '$in';
    return { documentId: { [op2]: ids.map(String) } };
  }
  if (isRelation(attr)) {
    // A linked record outside the user's scope is no link for them: `null` finds it, an id does not.
    if (value === null) {
      if (!scope) return { [field]: { id: { $null: op !== '$ne' } } };
      const visible = { [field]: { id: { $notNull: true }, ...scope } };
      return op === '$ne' ? visible : { $not: visible };
    }
    const ids = Array.isArray(value) ? value : [value];
    if (!ids.every((v) => typeof v === 'string')) throw new BadRequest([{ path, code: 'invalid_type', params: { variant: 'id' }, message: 'Debe ser un identificador' }]);
    const linked = { [field]: { documentId: { $in: ids }, ...(scope ?? {}) } };
    if (op === '$ne') return { $not: linked };
    if (op !== '$eq' && op !== '$in') throw new BadRequest([{ path, code: 'invalid_operator', params: { variant: 'relation' }, message: 'Operador no admitido para una relación' }]);
    return linked;
  }
  if (value === null) return { [field]: op === '$ne' ? { $notNull: true } : { $null: true } };
  if (Array.isArray(value)) {
    if (op !== '$eq' && op !== '$in' && op !== '$ne') throw new BadRequest([{ path, code: 'invalid_operator', params: { variant: 'list' }, message: 'Una lista solo admite igualdad o exclusión' }]);
    return { [field]: { [op === '$ne' ? '$notIn' : '$in']: value.map((v, i) => coerceValue(`${path}.${i}`, attr, v)) } };
  }
  if (op === '$in') return { [field]: { $in: [coerceValue(path, attr, value)] } };
  return { [field]: { [op]: coerceValue(path, attr, value) } };
}

/** `user.username` → `{ user: { username: cond } }`: searchable fields may live on a relation. */
function nested(path: string, cond: unknown): Filters {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), cond) as Filters;
}

function parseFilter(raw: unknown, ctx: QueryContext): Filters {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BadRequest([{ path: 'filter', code: 'invalid', params: { variant: 'json_object' }, message: 'Debe ser un objeto JSON' }]);
  }
  const and: Filters[] = [];
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const path = `filter.${key}`;
    try {
      if (key === 'q') {
        if (value === undefined || value === null || value === '') continue;
        if (typeof value !== 'string') throw new BadRequest([{ path, code: 'invalid_type', params: { variant: 'text' }, message: 'Debe ser un texto' }]);
        const words = value.trim().split(/\s+/).filter(Boolean).slice(0, 8);
        // Plain LIKE: case-insensitive as it is (SQLite folds ASCII, as its LOWER does; MariaDB's
        // utf8mb4_unicode_ci folds case and accents), without a LOWER() per row and column, which
        // made a search cost more the more records there are.
        for (const word of words) and.push(ctx.indexedWord?.(word) ?? { $or: ctx.searchable.map((f) => nested(f, { $contains: word })) });
        continue;
      }
      const { field, op } = splitOperator(key);
      const virtual = own(ctx.virtualFilters, field);
      if (virtual) {
        and.push(virtual(value, op));
        continue;
      }
      const attr = fieldOf(ctx, field);
      if (!attr || ctx.hidden?.includes(field) || !isFilterable(attr)) {
        throw new BadRequest([{ path, code: 'unknown_field', params: { variant: 'filter', field }, message: `No se puede filtrar por «${field}»` }]);
      }
      and.push(buildCondition(path, field, attr, op, value, own(ctx.relationScopes, field)));
    } catch (e) {
      if (e instanceof BadRequest) errors.push(...e.errors);
      else throw e;
    }
  }
  if (errors.length) throw new BadRequest(errors, 'Filtro no válido');
  return and.length ? { $and: and } : {};
}

function parseSort(raw: unknown, ctx: QueryContext): string {
  if (raw === undefined) return 'id:desc';
  if (!Array.isArray(raw) || raw.length !== 2 || typeof raw[0] !== 'string' || typeof raw[1] !== 'string') {
    throw new BadRequest([{ path: 'sort', code: 'invalid', params: { variant: 'sort' }, message: 'Debe ser ["campo","ASC|DESC"]' }]);
  }
  const [field, order] = raw as [string, string];
  const dir = order.toUpperCase();
  if (dir !== 'ASC' && dir !== 'DESC') throw new BadRequest([{ path: 'sort', code: 'invalid', params: { variant: 'sort_order' }, message: 'El orden debe ser ASC o DESC' }]);
  const attr = fieldOf(ctx, field);
  if (!attr || isRelation(attr) || !isFilterable(attr) || ctx.hidden?.includes(field)) {
    throw new BadRequest([{ path: 'sort', code: 'unknown_field', params: { variant: 'sort', field }, message: `No se puede ordenar por «${field}»` }]);
  }
  return `${field}:${dir.toLowerCase()}`;
}

function parseRange(raw: unknown): { start: number; limit: number } {
  const range = raw === undefined ? DEFAULT_RANGE : raw;
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0) || range[1] < range[0]) {
    throw new BadRequest([{ path: 'range', code: 'invalid', params: { variant: 'range' }, message: 'Debe ser [inicio, fin] con enteros, fin ≥ inicio' }]);
  }
  const [start, end] = range as [number, number];
  // Past this, SQLite refuses the offset and knex silently rounds it: a 400, not a 500 or a wrong page.
  if (end > MAX_OFFSET) throw new BadRequest([{ path: 'range', code: 'too_large', params: { variant: 'offset', max: MAX_OFFSET }, message: `El inicio no puede pasar de ${MAX_OFFSET}` }]);
  const limit = end - start + 1;
  if (limit > MAX_RANGE) throw new BadRequest([{ path: 'range', code: 'too_large', params: { variant: 'page', max: MAX_RANGE }, message: `Como máximo ${MAX_RANGE} filas por página` }]);
  return { start, limit };
}

/** Pure: the ra-data-simple-rest query string → Strapi Document Service parameters. */
export function parseListQuery(query: Record<string, unknown>, ctx: QueryContext): ListQuery {
  const errors: FieldError[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (e) {
      if (e instanceof BadRequest) {
        errors.push(...e.errors);
        return undefined;
      }
      throw e;
    }
  };
  const filters = attempt(() => parseFilter(parseJsonParam('filter', query.filter), ctx));
  const sort = attempt(() => parseSort(parseJsonParam('sort', query.sort), ctx));
  const range = attempt(() => parseRange(parseJsonParam('range', query.range)));
  if (errors.length || !filters || !sort || !range) throw new BadRequest(errors, 'Consulta no válida');
  return { filters, sort, ...range };
}
