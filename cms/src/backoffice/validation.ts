import type { CodedMessage, FieldError } from './errors';
import type { Attribute, Attributes } from './types';

export type WriteMode = 'create' | 'update';

export type ValidationResult = {
  data: Record<string, unknown>;
  errors: FieldError[];
  /** Relation ids to check for existence: field → target uid → ids. */
  relationIds: Array<{ field: string; target: string; ids: string[] }>;
  /** Uploaded file ids (media fields) to check for existence. */
  fileIds: Array<{ field: string; ids: number[] }>;
};

/** A media value as the back office sends it back: a file id or the file object. */
const fileId = (v: unknown): number | null => {
  const id = typeof v === 'object' && v !== null ? (v as { id?: unknown }).id : v;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SKIPPED_TYPES = new Set(['password', 'component', 'dynamiczone']);
/**
 * Kept by Strapi, never by a client. Strapi lists the timestamps among a type's attributes;
 * react-admin's forms send them back with the record, so they are dropped rather than refused.
 */
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'firstPublishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

export const isToMany = (a: Attribute) => a.type === 'relation' && /ToMany$/.test(a.relation ?? '');

/** The years both supported databases store (MySQL's DATE and DATETIME: 1000 to 9999). */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;
/** The furthest a real time zone is from UTC (Kiribati, +14:00): an offset beyond it names no zone. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is not one), in a year the database stores. */
export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= FIRST_YEAR && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * An instant written the ISO 8601 way (2026-03-07T09:30, with seconds, milliseconds and a zone
 * optional) on a real calendar day, or a bare day. What Strapi's own parser accepts and nothing
 * it would throw on (it refuses "March 7, 2026", which Date.parse reads): a zone offset is one a
 * real zone has (up to ±14:00; +24:00 or +99:99 is no instant at all), and the instant falls in
 * a year the database stores (9999-12-31T23:00-14:00 is already in the year 10000).
 */
export function isIsoDateTime(v: string): boolean {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/.exec(v);
  if (!m || !isCalendarDate(m[1])) return false;
  const [h, min, sec] = [Number(m[2] ?? 0), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return false;
  const [offsetHours, offsetMinutes] = [Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (offsetMinutes > 59 || offsetHours * 60 + offsetMinutes > MAX_OFFSET_MINUTES) return false;
  const t = Date.parse(v);
  if (!Number.isFinite(t)) return false;
  const year = new Date(t).getUTCFullYear();
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

type NumberType = 'integer' | 'biginteger' | 'decimal' | 'float';
/**
 * The largest magnitude each number column stores on both databases (MySQL's INT, BIGINT within
 * what a JS number holds exactly, Strapi's DECIMAL(10,2)): beyond it MySQL refuses the row.
 */
const COLUMN_LIMITS: Record<NumberType, number> = { integer: 2_147_483_647, biginteger: Number.MAX_SAFE_INTEGER, decimal: 99_999_999.99, float: Number.MAX_VALUE };

/** MySQL refuses JSON nested deeper than 100 levels; no field of ours needs more than a few. */
const MAX_JSON_DEPTH = 32;

/** Whether a parsed JSON value nests deeper than `max` levels (iterative: the value may be thousands deep). */
function deeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

function isEmpty(v: unknown) {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

/**
 * Pure: checks a back-office write against the content type's attributes. Unknown, system
 * and read-only fields are dropped (react-admin sends the whole record back); wrong types,
 * missing required values and out-of-range values are reported per field, in Spanish.
 */
export function validateWrite(
  attributes: Attributes,
  body: unknown,
  mode: WriteMode,
  opts: { hidden?: string[]; readOnly?: string[] } = {},
): ValidationResult {
  const errors: FieldError[] = [];
  const data: Record<string, unknown> = {};
  const relationIds: ValidationResult['relationIds'] = [];
  const fileIds: ValidationResult['fileIds'] = [];
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { data, relationIds, fileIds, errors: [{ path: 'body', code: 'invalid', params: { variant: 'json_object' }, message: 'Debe ser un objeto JSON' }] };
  }
  const input = body as Record<string, unknown>;
  const err = (path: string, e: CodedMessage) => errors.push({ path, ...e });

  for (const [field, attr] of Object.entries(attributes)) {
    if (opts.hidden?.includes(field) || opts.readOnly?.includes(field) || SKIPPED_TYPES.has(attr.type) || SYSTEM_FIELDS.has(field)) continue;
    if (attr.type === 'relation' && attr.mappedBy) continue; // the owning side writes the link
    const present = Object.prototype.hasOwnProperty.call(input, field);
    const value = input[field];

    if (!present || (isEmpty(value) && !isToMany(attr) && !(attr.type === 'media' && attr.multiple))) {
      if (attr.required && attr.default === undefined && (mode === 'create' || present)) err(field, { code: 'required', message: 'Es obligatorio' });
      else if (present) data[field] = attr.type === 'boolean' ? false : null;
      continue;
    }

    switch (attr.type) {
      case 'string':
      case 'text':
      case 'email':
      case 'uid':
      case 'richtext': {
        if (typeof value !== 'string') {
          err(field, { code: 'invalid_type', params: { variant: 'text' }, message: 'Debe ser un texto' });
          break;
        }
        const v = value.trim();
        if (attr.maxLength !== undefined && v.length > attr.maxLength) err(field, { code: 'too_long', params: { max: attr.maxLength }, message: `Como máximo ${attr.maxLength} caracteres` });
        else if (attr.minLength !== undefined && v.length < attr.minLength) err(field, { code: 'too_short', params: { min: attr.minLength }, message: `Como mínimo ${attr.minLength} caracteres` });
        else if (attr.type === 'email' && !EMAIL.test(v)) err(field, { code: 'invalid_email', message: 'No es un correo electrónico válido' });
        else if (attr.regex && !new RegExp(attr.regex).test(v)) err(field, { code: 'invalid_format', message: 'El formato no es válido' });
        else data[field] = v;
        break;
      }
      case 'integer':
      case 'biginteger':
      case 'decimal':
      case 'float': {
        const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
        const limit = COLUMN_LIMITS[attr.type as NumberType];
        if (!Number.isFinite(n)) err(field, { code: 'invalid_type', params: { variant: 'number' }, message: 'Debe ser un número' });
        else if (attr.type.endsWith('integer') && !Number.isInteger(n)) err(field, { code: 'invalid_type', params: { variant: 'integer' }, message: 'Debe ser un número entero' });
        else if (attr.min !== undefined && n < attr.min) err(field, { code: 'too_small', params: { min: attr.min }, message: `Debe ser como mínimo ${attr.min}` });
        else if (attr.max !== undefined && n > attr.max) err(field, { code: 'too_big', params: { max: attr.max }, message: `Debe ser como máximo ${attr.max}` });
        else if (Math.abs(attr.type === 'decimal' ? Math.round(n * 100) / 100 : n) > limit) err(field, { code: 'out_of_range', params: { min: -limit, max: limit }, message: `Debe estar entre -${limit} y ${limit}` });
        else data[field] = n;
        break;
      }
      case 'boolean':
        if (typeof value !== 'boolean') err(field, { code: 'invalid_type', params: { variant: 'boolean' }, message: 'Debe ser verdadero o falso' });
        else data[field] = value;
        break;
      case 'date':
        if (typeof value !== 'string' || !isCalendarDate(value)) err(field, { code: 'invalid_date', message: 'Debe ser una fecha (AAAA-MM-DD)' });
        else data[field] = value;
        break;
      case 'datetime':
        if (typeof value !== 'string' || !isIsoDateTime(value)) err(field, { code: 'invalid_date', params: { variant: 'datetime' }, message: 'Debe ser una fecha y hora válida' });
        else data[field] = new Date(value).toISOString();
        break;
      case 'enumeration':
        if (typeof value !== 'string' || !(attr.enum ?? []).includes(value)) err(field, { code: 'invalid_choice', params: { allowed: [...(attr.enum ?? [])] }, message: `Debe ser uno de: ${(attr.enum ?? []).join(', ')}` });
        else data[field] = value;
        break;
      case 'json':
        if (typeof value !== 'object') err(field, { code: 'invalid_type', params: { variant: 'json_object' }, message: 'Debe ser un objeto JSON' });
        else if (deeperThan(value, MAX_JSON_DEPTH)) err(field, { code: 'too_deep', params: { max: MAX_JSON_DEPTH }, message: `Como máximo ${MAX_JSON_DEPTH} niveles de anidación` });
        else data[field] = value;
        break;
      case 'media': {
        const list = attr.multiple ? (value === null ? [] : value) : [value];
        const ids = Array.isArray(list) ? list.map(fileId) : [null];
        if (ids.some((id) => id === null)) {
          err(
            field,
            attr.multiple
              ? { code: 'invalid_type', params: { variant: 'file_list' }, message: 'Debe ser una lista de archivos subidos' }
              : { code: 'invalid_type', params: { variant: 'file' }, message: 'Debe ser un archivo subido' },
          );
          break;
        }
        const unique = [...new Set(ids as number[])];
        data[field] = attr.multiple ? unique : unique[0];
        if (unique.length) fileIds.push({ field, ids: unique });
        break;
      }
      case 'relation': {
        const target = attr.target as string;
        if (isToMany(attr)) {
          const list = value === null ? [] : value;
          if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && v !== '')) {
            err(field, { code: 'invalid_type', params: { variant: 'id_list' }, message: 'Debe ser una lista de identificadores' });
            break;
          }
          const ids = [...new Set(list as string[])];
          data[field] = ids;
          if (ids.length) relationIds.push({ field, target, ids });
        } else {
          if (typeof value !== 'string') {
            err(field, { code: 'invalid_type', params: { variant: 'id' }, message: 'Debe ser un identificador' });
            break;
          }
          data[field] = value;
          relationIds.push({ field, target, ids: [value] });
        }
        break;
      }
      default:
        data[field] = value;
    }
  }
  return { data, errors, relationIds, fileIds };
}
