import { buildTree, flattenTree, type TreeItem, type TreeNode } from './tree';

type Item = TreeItem & { name: string };

const item = (code: string, parent: string | null = null): Item => ({
  code,
  name: code,
  parent: parent === null ? null : { code: parent },
});

/** A readable picture of a tree: `a(b,c(d))`. */
const show = (nodes: TreeNode<Item>[]): string =>
  nodes.map((n) => (n.children.length ? `${n.item.code}(${show(n.children)})` : n.item.code)).join(',');

describe('buildTree', () => {
  it('nests corregimientos and neighbourhoods under their district', () => {
    const tree = buildTree([item('centro'), item('norte'), item('san-jose', 'centro'), item('la-loma', 'san-jose')]);
    expect(show(tree)).toBe('centro(san-jose(la-loma)),norte');
  });

  it('keeps the order the CMS sorted the items in', () => {
    const tree = buildTree([item('b', 'root'), item('root'), item('a', 'root')]);
    expect(show(tree)).toBe('root(b,a)');
  });

  it('shows an item whose parent is not published at the top level', () => {
    expect(show(buildTree([item('orphan', 'hidden'), item('x')]))).toBe('orphan,x');
  });

  it('breaks a cycle instead of looping forever, showing every item once', () => {
    expect(show(buildTree([item('a', 'b'), item('b', 'a'), item('c')]))).toBe('c,a(b)');
  });

  it('gives an empty tree for no items', () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe('flattenTree', () => {
  it('lists the nodes in reading order with their depth', () => {
    const flat = flattenTree(buildTree([item('centro'), item('norte'), item('san-jose', 'centro'), item('la-loma', 'san-jose')]));
    expect(flat.map(({ item: i, depth }) => `${depth}:${i.code}`)).toEqual(['0:centro', '1:san-jose', '2:la-loma', '0:norte']);
  });

  it('gives nothing for an empty tree', () => {
    expect(flattenTree([])).toEqual([]);
  });
});
