import { forbiddenParents, treeKey, treeRows, type TreeRecord } from './treeRows';

const r = (id: string, parent: string | null = null): TreeRecord & { name: string } => ({ id, parent, name: id });
// San Isidro › Cabecera › Centro, and Valle Alto, as the API answers them (sorted by name).
const places = [r('cabecera', 'sanisidro'), r('centro', 'cabecera'), r('sanisidro'), r('vallealto')];
const picture = (rows: ReturnType<typeof treeRows>) => rows.map((row) => `${row.depth}:${row.record.id}${row.hasChildren ? (row.expanded ? '-' : '+') : ''}`);

describe('treeRows', () => {
  it('shows every place under its parent, indented, with the expanded ones marked', () => {
    expect(picture(treeRows(places, new Set()))).toEqual(['0:sanisidro-', '1:cabecera-', '2:centro', '0:vallealto']);
  });

  it('leaves out everything beneath a collapsed node', () => {
    expect(picture(treeRows(places, new Set(['sanisidro'])))).toEqual(['0:sanisidro+', '0:vallealto']);
    expect(picture(treeRows(places, new Set(['cabecera'])))).toEqual(['0:sanisidro-', '1:cabecera+', '0:vallealto']);
  });

  it('shows a found record whose parent the search left out at the top', () => {
    expect(picture(treeRows([r('centro', 'cabecera')], new Set()))).toEqual(['0:centro']);
  });

  it('shows nothing for no records', () => {
    expect(treeRows([], new Set())).toEqual([]);
  });
});

describe('treeKey', () => {
  const rows = treeRows(places, new Set(['cabecera']));

  it('moves down and up, to the first and the last row', () => {
    expect(treeKey(rows, 0, 'ArrowDown')).toEqual({ focus: 1 });
    expect(treeKey(rows, 2, 'ArrowDown')).toBeNull();
    expect(treeKey(rows, 0, 'ArrowUp')).toBeNull();
    expect(treeKey(rows, 1, 'Home')).toEqual({ focus: 0 });
    expect(treeKey(rows, 0, 'End')).toEqual({ focus: 2 });
  });

  it('opens a collapsed node with the right arrow, and goes into an open one', () => {
    expect(treeKey(rows, 1, 'ArrowRight')).toEqual({ toggle: 1 });
    expect(treeKey(rows, 0, 'ArrowRight')).toEqual({ focus: 1 });
    expect(treeKey(rows, 2, 'ArrowRight')).toBeNull();
  });

  it('closes an open node with the left arrow, and goes up to the parent from a closed one', () => {
    expect(treeKey(rows, 0, 'ArrowLeft')).toEqual({ toggle: 0 });
    expect(treeKey(rows, 1, 'ArrowLeft')).toEqual({ focus: 0 });
    expect(treeKey(rows, 2, 'ArrowLeft')).toBeNull();
  });

  it('opens the record with Enter and ignores other keys', () => {
    expect(treeKey(rows, 1, 'Enter')).toEqual({ open: 1 });
    expect(treeKey(rows, 1, 'a')).toBeNull();
  });
});

describe('forbiddenParents', () => {
  it('refuses a place itself and everything beneath it as its parent', () => {
    expect([...forbiddenParents(places, 'sanisidro')].sort()).toEqual(['cabecera', 'centro', 'sanisidro']);
  });

  it('refuses nothing for a new record', () => {
    expect(forbiddenParents(places, undefined).size).toBe(0);
  });
});
