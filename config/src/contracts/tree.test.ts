import fc from 'fast-check';
import { closesCycle, descendantsOf, flattenTree, nestTree, type TreeLink } from './tree';

const link = (id: string, parent: string | null = null): TreeLink<string> => ({ id, parent });
const sorted = (set: Set<string>) => [...set].sort();

// The demo municipality's San Isidro: a district, its corregimientos and a neighbourhood.
const territory = [
  link('D-SANISIDRO'),
  link('D-VALLEALTO'),
  link('C-SI-CABECERA', 'D-SANISIDRO'),
  link('C-SI-GUAYABO', 'D-SANISIDRO'),
  link('B-CENTRO', 'C-SI-CABECERA'),
  link('C-VA-NARANJOS', 'D-VALLEALTO'),
];

describe('descendantsOf', () => {
  it('gives a district with its corregimientos and their neighbourhoods', () => {
    expect(sorted(descendantsOf(territory, ['D-SANISIDRO']))).toEqual(['B-CENTRO', 'C-SI-CABECERA', 'C-SI-GUAYABO', 'D-SANISIDRO']);
  });

  it('gives a leaf alone', () => {
    expect(sorted(descendantsOf(territory, ['B-CENTRO']))).toEqual(['B-CENTRO']);
  });

  it('joins the branches of several keys without repeating one', () => {
    expect(sorted(descendantsOf(territory, ['C-SI-CABECERA', 'D-VALLEALTO', 'B-CENTRO']))).toEqual(['B-CENTRO', 'C-SI-CABECERA', 'C-VA-NARANJOS', 'D-VALLEALTO']);
  });

  it('keeps a key that is no node, so that a filter by an unknown place finds nothing rather than everything', () => {
    expect(sorted(descendantsOf(territory, ['NOWHERE']))).toEqual(['NOWHERE']);
  });

  it('gives nothing for no keys, and the keys for no nodes', () => {
    expect(descendantsOf(territory, []).size).toBe(0);
    expect(sorted(descendantsOf([], ['a']))).toEqual(['a']);
  });

  it('treats an orphan (its parent not among the nodes) as the root of its own branch', () => {
    const nodes = [link('orphan', 'unpublished'), link('child', 'orphan')];
    expect(sorted(descendantsOf(nodes, ['orphan']))).toEqual(['child', 'orphan']);
    expect(sorted(descendantsOf(nodes, ['unpublished']))).toEqual(['child', 'orphan', 'unpublished']);
  });

  it('walks a cycle in bad data once instead of looping forever', () => {
    const nodes = [link('a', 'c'), link('b', 'a'), link('c', 'b'), link('d', 'c')];
    expect(sorted(descendantsOf(nodes, ['b']))).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted(descendantsOf([link('self', 'self')], ['self']))).toEqual(['self']);
  });

  it('works with numeric keys as with codes', () => {
    expect([...descendantsOf([{ id: 1, parent: null }, { id: 2, parent: 1 }], [1])].sort()).toEqual([1, 2]);
  });

  // Any parent table, cycles, orphans and self-parents included.
  const forest = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 25 }), fc.option(fc.integer({ min: 0, max: 30 }), { nil: null })), { maxLength: 40 })
    .map((pairs) => {
      const parentOf = new Map(pairs); // one parent per node, as in the database
      return [...parentOf].map(([id, parent]) => ({ id, parent }));
    });
  const keys = fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 });

  it('is exactly the keys and whatever has an ancestor among them (property)', () => {
    fc.assert(
      fc.property(forest, keys, (nodes, ids) => {
        const parentOf = new Map(nodes.map((n) => [n.id, n.parent]));
        const reaches = (start: number) => {
          // Walk up from a node at most once around any loop.
          const seen = new Set<number>();
          for (let at: number | null | undefined = start; at !== null && at !== undefined && !seen.has(at); at = parentOf.get(at)) {
            if (ids.includes(at)) return true;
            seen.add(at);
          }
          return false;
        };
        const expected = new Set<number>([...ids, ...nodes.map((n) => n.id).filter(reaches)]);
        expect([...descendantsOf(nodes, ids)].sort()).toEqual([...expected].sort());
      }),
    );
  });

  it('is closed downwards and grows with its keys (property)', () => {
    fc.assert(
      fc.property(forest, keys, keys, (nodes, some, more) => {
        const found = descendantsOf(nodes, some);
        for (const n of nodes) if (n.parent !== null && found.has(n.parent)) expect(found.has(n.id)).toBe(true);
        const wider = descendantsOf(nodes, [...some, ...more]);
        for (const id of found) expect(wider.has(id)).toBe(true);
      }),
    );
  });
});

describe('closesCycle', () => {
  it('refuses a district as the child of its own neighbourhood', () => {
    expect(closesCycle(territory, 'D-SANISIDRO', 'B-CENTRO')).toBe(true);
  });

  it('refuses a node as its own parent', () => {
    expect(closesCycle(territory, 'C-SI-GUAYABO', 'C-SI-GUAYABO')).toBe(true);
  });

  it('accepts a move to another branch, to the top, or under a new node', () => {
    expect(closesCycle(territory, 'C-SI-CABECERA', 'D-VALLEALTO')).toBe(false);
    expect(closesCycle(territory, 'C-SI-CABECERA', null)).toBe(false);
    expect(closesCycle(territory, 'NEW', 'D-SANISIDRO')).toBe(false);
  });
});

describe('nestTree and flattenTree', () => {
  type Item = { code: string; parent: string | null };
  const item = (code: string, parent: string | null = null): Item => ({ code, parent });
  const nest = (items: Item[]) => nestTree(items, (i) => i.code, (i) => i.parent);
  const picture = (items: Item[]) => flattenTree(nest(items)).map(({ item: i, depth, children }) => `${depth}:${i.code}/${children}`);

  it('lists a tree in reading order with each depth and how many children each node has', () => {
    expect(picture([item('centro'), item('norte'), item('san-jose', 'centro'), item('la-loma', 'san-jose')])).toEqual(['0:centro/1', '1:san-jose/1', '2:la-loma/0', '0:norte/0']);
  });

  it('shows every item exactly once, whatever the parents say (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 15 }), fc.option(fc.integer({ min: 0, max: 18 }), { nil: null }))), (pairs) => {
        const items = [...new Map(pairs)].map(([code, parent]) => item(String(code), parent === null ? null : String(parent)));
        expect(picture(items).map((row) => row.split(':')[1].split('/')[0]).sort()).toEqual(items.map((i) => i.code).sort());
      }),
    );
  });
});
