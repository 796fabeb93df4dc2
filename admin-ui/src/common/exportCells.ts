import { own, spreadsheetCsv, spreadsheetDateTime, spreadsheetDay, type Locale } from '@sigobito/config/contracts';
import type { Translate } from './codedMessages';
import { toDate } from './dateTime';

/*
 * The one exporter of the back office's lists and reports, its pure part: a table's columns say
 * how each cell reads a record (a label for a code, a name for an id, a day or an instant on the
 * municipality's clock), and the rows come out as the screen shows them, in the user's language,
 * for a spreadsheet in that language (the shared writer: `spreadsheetCsv`).
 */

type Row = Readonly<Record<string, unknown>>;
type Choice = { readonly id: string | number; readonly name: string };

/** What writing a cell needs: the user's language, the municipality's zone, the names of related records. */
export type CellContext = {
  translate: Translate;
  locale: Locale;
  timeZone: string;
  /** The name of a related record the reader may see; undefined when they may not, or it is gone. */
  nameOf: (reference: string, id: string) => string | undefined;
};

/** How a cell reads a record. */
export type ExportCell =
  /** The value as it is: text, a number (written with the language's decimal mark), yes or no. */
  | { readonly kind: 'text'; readonly source: string }
  /** A number, also when the API sends a decimal as text ("1500.50"). */
  | { readonly kind: 'number'; readonly source: string }
  /** A code by its label (the choices of the screen's select: `{ id, name: i18n key }`). */
  | { readonly kind: 'choice'; readonly source: string; readonly choices: readonly Choice[] }
  /** Related records by name (never their ids); `otherwise` when there is none (a requester typed in by name). */
  | { readonly kind: 'reference'; readonly source: string; readonly reference: string; readonly otherwise?: string }
  /** A calendar day (YYYY-MM-DD). */
  | { readonly kind: 'day'; readonly source: string }
  /** An instant, on the municipality's clock. */
  | { readonly kind: 'datetime'; readonly source: string }
  /** Whatever the screen makes of the record (a count, a label with its parameters). */
  | { readonly kind: 'computed'; readonly value: (record: Row, ctx: CellContext) => unknown };

/** A column of the file: its header (an i18n key; by default the field's, `resources.<resource>.fields.<source>`) and its cell. */
export type ExportColumn = { readonly source?: string; readonly label?: string; readonly cell: ExportCell };

/** A field says how it exports: one cell under its table column's header, or columns of its own (actual and planned progress). */
export type FieldExport<P> = (props: P) => ExportCell | readonly ExportColumn[];

/** Marks a field component with how it exports, so a list's export reads it from the table itself. */
export const exportsAs = <C extends object, P>(field: C, how: FieldExport<P>): C & { exportCell: FieldExport<P> } => Object.assign(field, { exportCell: how });

const valueAt = (record: Row, source: string): unknown => own(record, source);

/** Ids in a reference value: one id, a list of them, or none. */
export const idsIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string | number => typeof v === 'string' || typeof v === 'number').map(String).filter(Boolean);

/** A plain value as a cell: numbers stay numbers, yes or no in words, lists joined, nothing for nothing. */
function plain(value: unknown, ctx: CellContext): unknown {
  if (value == null || value === '') return '';
  if (typeof value === 'boolean') return ctx.translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => plain(item, ctx)).filter((item) => item !== '').join(', ');
  return value;
}

/** A number, or nothing when the value is none. */
const numberIn = (value: unknown): number | '' => {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : '';
};

/** One cell as the screen shows it. */
export function cellValue(record: Row, cell: ExportCell, ctx: CellContext): unknown {
  switch (cell.kind) {
    case 'text':
      return plain(valueAt(record, cell.source), ctx);
    case 'number':
      return numberIn(valueAt(record, cell.source));
    case 'choice': {
      const value = valueAt(record, cell.source);
      const choice = cell.choices.find((c) => c.id === value);
      return choice ? ctx.translate(choice.name, { _: String(value) }) : plain(value, ctx);
    }
    case 'reference': {
      const names = idsIn(valueAt(record, cell.source))
        .map((id) => ctx.nameOf(cell.reference, id))
        .filter((name): name is string => !!name);
      if (names.length) return names.join(', ');
      return cell.otherwise ? plain(valueAt(record, cell.otherwise), ctx) : '';
    }
    case 'day': {
      const day = valueAt(record, cell.source);
      return typeof day === 'string' && day ? spreadsheetDay(day, ctx.locale) : '';
    }
    case 'datetime': {
      const instant = toDate(valueAt(record, cell.source));
      return instant ? spreadsheetDateTime(instant, ctx.locale, ctx.timeZone) : '';
    }
    case 'computed':
      return plain(cell.value(record, ctx), ctx);
  }
}

/** The related records a file names: for each resource, the ids its rows point to. */
export function referencedIds(records: readonly Row[], columns: readonly ExportColumn[]): Map<string, string[]> {
  const wanted = new Map<string, Set<string>>();
  for (const { cell } of columns) {
    if (cell.kind !== 'reference') continue;
    const ids = wanted.get(cell.reference) ?? new Set<string>();
    for (const record of records) for (const id of idsIn(valueAt(record, cell.source))) ids.add(id);
    wanted.set(cell.reference, ids);
  }
  return new Map([...wanted].filter(([, ids]) => ids.size > 0).map(([reference, ids]) => [reference, [...ids]]));
}

/** A record's name as react-admin's `recordRepresentation` says (a field, or a function), else its name, title or label. */
export function representation(recordRepresentation: unknown, record: Row): string {
  const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
  if (typeof recordRepresentation === 'function') return text((recordRepresentation as (r: Row) => unknown)(record));
  if (typeof recordRepresentation === 'string') return text(valueAt(record, recordRepresentation));
  return ['name', 'title', 'label'].map((key) => text(valueAt(record, key))).find(Boolean) ?? '';
}

/** The header of a column in the user's language: its label key, else the field's, else the field's name. */
export const columnLabel = (column: ExportColumn, resource: string, translate: Translate): string => {
  const fallback = column.source ?? '';
  return translate(column.label ?? `resources.${resource}.fields.${fallback}`, { _: column.label ?? fallback, smart_count: 1 });
};

/** Records as a file for a spreadsheet in the user's language: headers and cells as the screen shows them. */
export function spreadsheetFile(records: readonly Row[], columns: readonly ExportColumn[], resource: string, ctx: CellContext): string {
  const keys = columns.map((_, index) => `c${index}`);
  const rows = records.map((record) => Object.fromEntries(columns.map((column, index) => [keys[index], cellValue(record, column.cell, ctx)])));
  return spreadsheetCsv(rows, columns.map((column, index) => ({ key: keys[index], label: columnLabel(column, resource, ctx.translate) })), ctx.locale);
}
