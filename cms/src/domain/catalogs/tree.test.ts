import { nodesOnCycles } from './tree';

const existing = new Map<string, string | null>([
  ['D-1', null],
  ['C-1', 'D-1'],
  ['B-1', 'C-1'],
]);

describe('cycles in a catalog tree', () => {
  it('finds none when lines only add children or move a branch elsewhere', () => {
    expect(nodesOnCycles(existing, new Map([['B-2', 'C-1']])).size).toBe(0);
    expect(nodesOnCycles(existing, new Map([['C-1', null]])).size).toBe(0);
  });

  it('finds a district made the child of its own neighbourhood', () => {
    expect([...nodesOnCycles(existing, new Map([['D-1', 'B-1']]))]).toEqual(['D-1']);
  });

  it('finds a node made its own parent', () => {
    expect([...nodesOnCycles(existing, new Map([['C-1', 'C-1']]))]).toEqual(['C-1']);
  });

  it('finds every changed node of a cycle the file closes between two of its lines', () => {
    const found = nodesOnCycles(new Map(), new Map([['A', 'B'], ['B', 'A'], ['C', 'A']]));
    expect([...found].sort()).toEqual(['A', 'B']);
  });
});
