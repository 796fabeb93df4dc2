/**
 * Counts the rows of each table in a mariadb-dump / mysqldump output as it streams by, so the
 * manifest records what the dump holds: counting with a separate query would see another
 * moment than the dump's --single-transaction snapshot.
 *
 * The dump writes `CREATE TABLE `t` (` for every table and `INSERT INTO `t` VALUES (…),(…);`
 * for its rows (on one line, or one row per line in newer MariaDB). Inside a statement a row is
 * a parenthesis opened outside a string; strings are single-quoted with backslash escapes, as
 * the dump writes them. Works on bytes: UTF-8 never uses these ASCII bytes inside a character.
 * A line of a trigger or routine body that began with `INSERT INTO … VALUES` would be counted
 * too; SIGOBito's schema has none, and a restore would show such a difference, not hide it.
 */
const NL = 0x0a;
const QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN = 0x28;
const CLOSE = 0x29;
const SEMICOLON = 0x3b;

const INSERT = /^INSERT INTO `((?:[^`]|``)+)` VALUES/;
/** Written by --master-data=2: where in the binary log the dump's snapshot stands. */
const BINLOG = /^-- CHANGE MASTER TO MASTER_LOG_FILE='([^']+)', MASTER_LOG_POS=(\d+);/;
const CREATE = /^CREATE TABLE `((?:[^`]|``)+)` \(/;
/** Enough of a line to recognise either statement with a long table name. */
const HEAD_BYTES = 256;

export class DumpRowCounter {
  readonly counts: Record<string, number> = Object.create(null);
  /** The binary log position of the snapshot, when the dump was made with --master-data=2. */
  binlog: { file: string; position: number } | null = null;
  private head: number[] = [];
  private lineStart = true;
  private table: string | null = null;
  private inString = false;
  private escaped = false;
  private depth = 0;

  write(chunk: Uint8Array): void {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (this.table !== null) this.values(c);
      else this.scan(c);
    }
  }

  private scan(c: number) {
    if (c === NL) {
      this.head = [];
      this.lineStart = true;
      return;
    }
    if (!this.lineStart) return;
    this.head.push(c);
    // Only lines starting "I", "C" or "-" can matter, and only when "VALUES", "(" or ";" has just ended.
    if (this.head.length > HEAD_BYTES || (this.head.length === 1 && c !== 0x49 && c !== 0x43 && c !== 0x2d)) {
      this.lineStart = false;
      return;
    }
    if (c !== 0x53 && c !== OPEN && c !== SEMICOLON) return;
    const text = Buffer.from(this.head).toString('utf8');
    const binlog = BINLOG.exec(text);
    if (binlog) {
      this.binlog = { file: binlog[1], position: Number(binlog[2]) };
      this.lineStart = false;
      return;
    }
    const create = CREATE.exec(text);
    if (create) {
      const t = create[1].replace(/``/g, '`');
      if (!Object.hasOwn(this.counts, t)) this.counts[t] = 0;
      this.lineStart = false;
      return;
    }
    const insert = INSERT.exec(text);
    if (insert) {
      this.table = insert[1].replace(/``/g, '`');
      if (!Object.hasOwn(this.counts, this.table)) this.counts[this.table] = 0;
      this.lineStart = false;
    }
  }

  private values(c: number) {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) this.inString = false;
      return;
    }
    if (c === QUOTE) this.inString = true;
    else if (c === OPEN) {
      if (this.depth === 0) this.counts[this.table!]++;
      this.depth++;
    } else if (c === CLOSE) this.depth--;
    else if (c === SEMICOLON && this.depth === 0) {
      this.table = null;
      this.head = [];
      this.lineStart = false; // the rest of this line is not a new statement
    }
  }
}

/** Pure: the row counts of a whole dump held in memory (for tests and small dumps). */
export function countDumpRows(dump: string | Uint8Array): Record<string, number> {
  const counter = new DumpRowCounter();
  counter.write(typeof dump === 'string' ? Buffer.from(dump, 'utf8') : dump);
  return { ...counter.counts };
}
