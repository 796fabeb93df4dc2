import Database from 'better-sqlite3';
import { createIndexSql, indexable, phrase, searchIndexOf, triggerNames, triggerSql } from './search-index';

const actors = {
  tableName: 'actors',
  attributes: {
    name: { type: 'string' },
    organization: { type: 'string' },
    email: { type: 'email' },
    notes: { type: 'text' },
    budgetLine: { type: 'string', columnName: 'budget_line' },
    kind: { type: 'enumeration' },
    amount: { type: 'decimal' },
    themes: { type: 'relation' },
  },
};

describe('which resources search from an index', () => {
  it('those whose searchable fields are all text columns of their own table, by column name', () => {
    expect(searchIndexOf(actors, ['name', 'organization', 'email', 'budgetLine', 'kind'])).toEqual({
      table: 'actors',
      fts: 'actors_fts',
      columns: ['name', 'organization', 'email', 'budget_line', 'kind'],
    });
  });

  it('not one searching a related record, a number, an unknown or an inherited name, or nothing', () => {
    expect(searchIndexOf(actors, ['name', 'user.email'])).toBeNull();
    expect(searchIndexOf(actors, ['amount'])).toBeNull();
    expect(searchIndexOf(actors, ['themes'])).toBeNull();
    expect(searchIndexOf(actors, ['constructor'])).toBeNull();
    expect(searchIndexOf(actors, ['toString'])).toBeNull();
    expect(searchIndexOf(actors, [])).toBeNull();
  });

  it('refuses a name that is not a plain SQL name, rather than write it into SQL', () => {
    expect(() => createIndexSql({ table: 'actors"; DROP TABLE x; --', fts: 'a_fts', columns: ['name'] })).toThrow(/unexpected SQL name/);
  });
});

describe('words', () => {
  it('of three characters or more (as letters, not bytes) are searched from the index', () => {
    expect(['ab', 'ñú', ''].map(indexable)).toEqual([false, false, false]);
    expect(['abc', 'ñúá', 'Rivera'].map(indexable)).toEqual([true, true, true]);
  });

  it('are phrases, their quotes doubled: no FTS5 syntax gets through', () => {
    expect(phrase('Rivera')).toBe('"Rivera"');
    expect(phrase('a"b OR c*')).toBe('"a""b OR c*"');
  });
});

describe('an index on a real SQLite table, kept by its triggers', () => {
  const index = searchIndexOf(actors, ['name', 'organization', 'budgetLine'])!;
  let db: Database.Database;
  const find = (word: string) =>
    (db.prepare(`SELECT a.name FROM actors a WHERE a.id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?) ORDER BY a.id`).all(phrase(word)) as Array<{ name: string }>).map((r) => r.name);

  beforeEach(() => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE actors (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, organization TEXT, budget_line TEXT, notes TEXT)');
    db.prepare('INSERT INTO actors (name, organization, budget_line) VALUES (?, ?, ?)').run('José Rivera', 'Junta de Agua', null);
    db.exec(createIndexSql(index));
    db.exec(`INSERT INTO actors_fts(actors_fts) VALUES ('rebuild')`); // rows written before the index
    for (const sql of triggerSql(index)) db.exec(sql);
  });
  afterEach(() => db.close());

  it('finds a part of a word in any column, whatever its case and accents', () => {
    db.prepare('INSERT INTO actors (name, organization) VALUES (?, ?)').run('Ana Pérez', 'Comité RIVERAS del Norte');
    expect(find('rivera')).toEqual(['José Rivera', 'Ana Pérez']);
    expect(find('jose')).toEqual(['José Rivera']);
    expect(find('PÉREZ')).toEqual(['Ana Pérez']);
    expect(find('gua')).toEqual(['José Rivera']);
    expect(find('Rivera Ana')).toEqual([]); // a phrase: its characters in a row
  });

  it('follows updates and deletes, and the quotes of a word are only characters', () => {
    const id = Number(db.prepare('INSERT INTO actors (name, organization) VALUES (?, ?)').run('Luis "Lucho" Díaz', null).lastInsertRowid);
    expect(find('"lucho"')).toEqual(['Luis "Lucho" Díaz']);
    db.prepare('UPDATE actors SET name = ? WHERE id = ?').run('Luis Díaz', id);
    expect(find('lucho')).toEqual([]);
    expect(find('díaz')).toEqual(['Luis Díaz']);
    db.prepare('DELETE FROM actors WHERE id = ?').run(id);
    expect(find('diaz')).toEqual([]);
    expect(() => db.prepare(`INSERT INTO actors_fts(actors_fts, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  });

  it('has one trigger per change, named after the index', () => {
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    expect(names).toEqual([...triggerNames(index)].sort());
  });
});
