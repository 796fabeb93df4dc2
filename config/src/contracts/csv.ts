/*
 * The one CSV writer of SIGOBito: the CMS's open data, and the back office's list and report
 * exports, all write their files here, so that none of them hands a spreadsheet a formula.
 * Browser-safe (no Node imports): the back office imports it from `@sigobito/config/contracts`.
 */
import type { Locale } from './labels';

/** How a program reads a CSV: the separator between cells and the decimal mark of numbers. */
export type CsvDialect = { readonly separator: ',' | ';'; readonly decimal: '.' | ',' };

/** For programs (open data): commas between cells, decimal points. */
export const PLAIN_CSV: CsvDialect = { separator: ',', decimal: '.' };

/**
 * For people, as Excel and LibreOffice set to their language read a file they open: in Spanish
 * the comma is the decimal mark, so cells are separated by semicolons; in English by commas.
 */
export const SPREADSHEET_CSV: Readonly<Record<Locale, CsvDialect>> = { es: { separator: ';', decimal: ',' }, en: PLAIN_CSV };

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8 (accents right). */
export const CSV_BOM = '\uFEFF';

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `@SUM(…)`, a leading
 * tab or carriage return) gets a leading single quote, so it is shown as the text it is. Only
 * text is touched: a negative number is a number, not a formula.
 */
export function neutralizeCsvCell<T>(value: T): T | string {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * The other way, for files coming back in (the catalog import): a cell this writer neutralized
 * reads as what was written, so an exported `'+507 6000-0001` imports as `+507 6000-0001`.
 */
export function restoreCsvCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One value as cell text: numbers with the dialect's decimal mark, booleans as written, dates ISO, nothing empty, lists and objects as JSON. */
function cellText(value: unknown, dialect: CsvDialect): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', dialect.decimal) : '';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  return String(neutralizeCsvCell(text));
}

/*
 * Quoted: what would end the cell (comma, quote, line break), and also a semicolon or a tab,
 * which spreadsheets set to another locale take as the separator: a quoted cell stays one cell,
 * so nothing inside it can start a cell of its own (and a formula with it).
 */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;
const quoted = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The columns of a set of rows: every own key, in the order they first appear. */
function columnsOf(rows: ReadonlyArray<Readonly<Record<string, unknown>>>): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

type Row = Readonly<Record<string, unknown>>;

/** The header line, then one line per row with the value of each key (own keys only). */
function csvLines(header: readonly string[], keys: readonly string[], rows: ReadonlyArray<Row>, dialect: CsvDialect): string {
  const line = (cells: readonly unknown[]) => cells.map((cell) => quoted(cellText(cell, dialect))).join(dialect.separator);
  const value = (row: Row, key: string) => (Object.hasOwn(row, key) ? row[key] : undefined);
  return [line(header), ...rows.map((row) => line(keys.map((key) => value(row, key))))].join('\r\n');
}

/**
 * Rows as CSV text (RFC 4180, CRLF line ends, a header line): one column per key (or the given
 * columns, in that order). Every cell, header included, goes through `neutralizeCsvCell`.
 */
export function writeCsv(rows: ReadonlyArray<Row>, columns: readonly string[] = columnsOf(rows), dialect: CsvDialect = PLAIN_CSV): string {
  return csvLines(columns, columns, rows, dialect);
}

/** A column of a file for people: the row key it reads, the header it shows. */
export type SpreadsheetColumn = { readonly key: string; readonly label: string };

/**
 * A table as people read it on screen, for a spreadsheet in their language: the byte-order mark
 * (accents read right), the column labels as header, the language's separator and decimal mark
 * (`SPREADSHEET_CSV`). Cells should already be what the screen shows: labels, names, local dates.
 */
export function spreadsheetCsv(rows: ReadonlyArray<Row>, columns: readonly SpreadsheetColumn[], locale: Locale): string {
  return CSV_BOM + csvLines(columns.map((c) => c.label), columns.map((c) => c.key), rows, SPREADSHEET_CSV[locale]);
}

/** A calendar day (YYYY-MM-DD, or an ISO string starting with one) as a spreadsheet in the language reads a date: 23/11/2026, 11/23/2026. */
export function spreadsheetDay(day: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  return locale === 'es' ? `${date}/${month}/${year}` : `${month}/${date}/${year}`;
}

/**
 * An instant as the municipality reads it (its time zone) and a spreadsheet in the language
 * takes as a date and time: "23/11/2026 00:27", "11/23/2026 12:27 AM". Built from its parts, so
 * no locale data can slip in a comma or a narrow space the spreadsheet would not read.
 */
export function spreadsheetDateTime(instant: Date, locale: Locale, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) return '';
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: locale === 'es' ? 'h23' : 'h12',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = spreadsheetDay(`${part('year')}-${part('month')}-${part('day')}`, locale);
  return locale === 'es' ? `${day} ${part('hour')}:${part('minute')}` : `${day} ${part('hour')}:${part('minute')} ${part('dayPeriod')}`;
}
