/*
 * The one CSV writer of SIGOBito: the CMS's reports and open data, and the back office's list
 * exports, all write their files here, so that none of them hands a spreadsheet a formula.
 * Browser-safe (no Node imports): the back office imports it from `@sigobito/config/contracts`.
 */

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

/** One value as cell text: numbers and booleans as written, dates ISO, nothing empty, lists and objects as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
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

/**
 * Rows as CSV text (RFC 4180, CRLF line ends, a header line): one column per key (or the given
 * columns, in that order). Every cell, header included, goes through `neutralizeCsvCell`.
 */
export function writeCsv(rows: ReadonlyArray<Readonly<Record<string, unknown>>>, columns: readonly string[] = columnsOf(rows)): string {
  const line = (cells: readonly unknown[]) => cells.map((cell) => quoted(cellText(cell))).join(',');
  const value = (row: Readonly<Record<string, unknown>>, column: string) => (Object.hasOwn(row, column) ? row[column] : undefined);
  return [line(columns), ...rows.map((row) => line(columns.map((column) => value(row, column))))].join('\r\n');
}

/** The byte-order mark that makes spreadsheet programs read the file as UTF-8 (accents right). */
export const CSV_BOM = '\uFEFF';
