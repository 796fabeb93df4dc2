/** Something that names its parent by code, as the CMS's themes and places do. */
export type TreeItem = { code: string; parent: { code: string } | null };

export type TreeNode<T> = { item: T; children: TreeNode<T>[] };

/**
 * Nests items under their parents, keeping the order they come in. An item whose parent is
 * not in the list (unpublished, or not public) is shown at the top level rather than lost,
 * and a cycle in bad data is broken instead of recursing forever.
 */
export function buildTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const codes = new Set(items.map((item) => item.code));
  const childrenOf = new Map<string, T[]>();
  for (const item of items) {
    if (item.parent && codes.has(item.parent.code)) {
      const siblings = childrenOf.get(item.parent.code) ?? [];
      siblings.push(item);
      childrenOf.set(item.parent.code, siblings);
    }
  }

  const placed = new Set<string>();
  const nest = (item: T): TreeNode<T> => {
    placed.add(item.code);
    const children: TreeNode<T>[] = [];
    for (const child of childrenOf.get(item.code) ?? []) {
      if (!placed.has(child.code)) children.push(nest(child));
    }
    return { item, children };
  };

  const roots = items.filter((item) => !item.parent || !codes.has(item.parent.code)).map(nest);
  for (const item of items) {
    if (!placed.has(item.code)) roots.push(nest(item));
  }
  return roots;
}

/** The nodes in reading order with their depth (0 at the top), for a <select>'s options. */
export function flattenTree<T>(nodes: readonly TreeNode<T>[], depth = 0): { item: T; depth: number }[] {
  return nodes.flatMap((node) => [{ item: node.item, depth }, ...flattenTree(node.children, depth + 1)]);
}
