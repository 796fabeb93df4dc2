import { CSV_BOM, writeCsv } from '@sigobito/config/contracts';

type Flat = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * A record as spreadsheet columns: a nested object becomes `parent.child` columns (a file's
 * `evidence.name`), a list of plain values one cell ("a, b"), anything else as it is. The columns
 * object has no prototype: a key named `__proto__` is a column like any other.
 */
export function flattenRecord(record: Record<string, unknown>, prefix = '', into: Flat = Object.create(null) as Flat): Flat {
  for (const [key, value] of Object.entries(record)) {
    const column = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) flattenRecord(value, column, into);
    else if (Array.isArray(value) && value.every((v) => !isPlainObject(v) && !Array.isArray(v))) into[column] = value.join(', ');
    else into[column] = value;
  }
  return into;
}

/** What "Exportar" downloads from a list: the shared CSV writer (no formulas reach the spreadsheet), with a BOM for the accents. */
export const exportCsv = (records: ReadonlyArray<Record<string, unknown>>): string => CSV_BOM + writeCsv(records.map((r) => flattenRecord(r)));
