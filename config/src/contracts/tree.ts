/*
 * The tree rule of themes, places and areas, in one place: a district holds its corregimientos
 * and their neighbourhoods, an axis its themes. Every filter by a theme or a place (back office,
 * public site, feeds, open data) asks `descendantsOf`; every parent change asks `closesCycle`;
 * every indented list or tree view nests with `nestTree`.
 */

/** A node naming its parent by key (`null`: a root). Keys are ids or codes, as the caller has them. */
export type TreeLink<K> = { readonly id: K; readonly parent: K | null | undefined };

/** Who hangs directly from whom. A node whose parent is not among the nodes (an orphan) is nobody's child here. */
function childrenIndex<K>(nodes: Iterable<TreeLink<K>>): Map<K, K[]> {
  const children = new Map<K, K[]>();
  for (const { id, parent } of nodes) {
    if (parent === null || parent === undefined) continue;
    const list = children.get(parent);
    if (list) list.push(id);
    else children.set(parent, [id]);
  }
  return children;
}

/**
 * The given keys and every node beneath them, at any depth: what a filter by a place (or a theme)
 * means. A key that is no node is kept as it is (a filter by an unknown place finds nothing, it
 * does not widen to everything); an orphan is the root of its own branch; a cycle in bad data is
 * walked once, never forever.
 */
export function descendantsOf<K>(nodes: Iterable<TreeLink<K>>, ids: Iterable<K>): Set<K> {
  const children = childrenIndex(nodes);
  const found = new Set<K>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop() as K;
    if (found.has(id)) continue;
    found.add(id);
    for (const child of children.get(id) ?? []) if (!found.has(child)) stack.push(child);
  }
  return found;
}

/** Whether giving `id` the parent `parent` would make it its own ancestor (itself, or one of its descendants). */
export function closesCycle<K>(nodes: Iterable<TreeLink<K>>, id: K, parent: K | null | undefined): boolean {
  if (parent === null || parent === undefined) return false;
  return descendantsOf(nodes, [id]).has(parent);
}

export type Nested<T> = { item: T; children: Nested<T>[] };

/**
 * Nests items under their parents, keeping the order they come in. An item whose parent is not in
 * the list (unpublished, not public, filtered out) is shown at the top level rather than lost,
 * and a cycle in bad data is broken instead of recursing forever: every item appears once.
 */
export function nestTree<T>(items: readonly T[], keyOf: (item: T) => string, parentOf: (item: T) => string | null | undefined): Nested<T>[] {
  const keys = new Set(items.map(keyOf));
  const childrenOf = new Map<string, T[]>();
  const hasParentHere = (item: T) => {
    const parent = parentOf(item);
    return parent !== null && parent !== undefined && keys.has(parent);
  };
  for (const item of items) {
    if (!hasParentHere(item)) continue;
    const parent = parentOf(item) as string;
    const siblings = childrenOf.get(parent);
    if (siblings) siblings.push(item);
    else childrenOf.set(parent, [item]);
  }
  const placed = new Set<string>();
  const nest = (item: T): Nested<T> => {
    placed.add(keyOf(item));
    const children: Nested<T>[] = [];
    for (const child of childrenOf.get(keyOf(item)) ?? []) if (!placed.has(keyOf(child))) children.push(nest(child));
    return { item, children };
  };
  const roots = items.filter((item) => !hasParentHere(item)).map(nest);
  for (const item of items) if (!placed.has(keyOf(item))) roots.push(nest(item));
  return roots;
}

/** The nodes in reading order with their depth (0 at the top), for a <select>'s options or a tree's rows. */
export function flattenTree<T>(nodes: readonly Nested<T>[], depth = 0): { item: T; depth: number; children: number }[] {
  return nodes.flatMap((node) => [{ item: node.item, depth, children: node.children.length }, ...flattenTree(node.children, depth + 1)]);
}
