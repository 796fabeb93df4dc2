import { descendantsOf, flattenTree, nestTree } from '@sigobito/config/contracts';

/** A record of a tree resource as the API answers it: its parent by id. */
export type TreeRecord = { id: string | number; parent?: string | number | null };

export type TreeRow<T> = { record: T; depth: number; hasChildren: boolean; expanded: boolean; parentId: string | null };

const key = (id: string | number | null | undefined) => (id === null || id === undefined ? null : String(id));

/**
 * The rows a tree view shows, in reading order (the contracts' `nestTree`): every record under
 * its parent, the children of a collapsed node left out. A record whose parent is not in the list
 * (filtered out by a search) is shown at the top.
 */
export function treeRows<T extends TreeRecord>(records: readonly T[], collapsed: ReadonlySet<string>): TreeRow<T>[] {
  const rows: TreeRow<T>[] = [];
  const hiddenBelow: number[] = [];
  const ids = new Set(records.map((r) => String(r.id)));
  for (const { item, depth, children } of flattenTree(nestTree(records, (r) => String(r.id), (r) => key(r.parent)))) {
    while (hiddenBelow.length && depth <= hiddenBelow[hiddenBelow.length - 1]) hiddenBelow.pop();
    if (hiddenBelow.length) continue;
    const id = String(item.id);
    const expanded = children > 0 && !collapsed.has(id);
    const parent = key(item.parent);
    rows.push({ record: item, depth, hasChildren: children > 0, expanded, parentId: parent !== null && ids.has(parent) ? parent : null });
    if (children > 0 && !expanded) hiddenBelow.push(depth);
  }
  return rows;
}

/** The ids a node may not take as its parent: itself and everything beneath it (the server refuses them too, 400 on `parent`). */
export const forbiddenParents = (records: readonly TreeRecord[], id: string | number | undefined): Set<string> =>
  id === undefined ? new Set() : descendantsOf(records.map((r) => ({ id: String(r.id), parent: key(r.parent) })), [String(id)]);

/** Where the keyboard goes from row `index` (WAI-ARIA tree view): the row index to focus, or an expand/collapse of that row. */
export type TreeMove = { focus: number } | { toggle: number } | { open: number } | null;

export function treeKey<T>(rows: readonly TreeRow<T>[], index: number, keyName: string): TreeMove {
  const row = rows[index];
  if (!row) return null;
  switch (keyName) {
    case 'ArrowDown':
      return index + 1 < rows.length ? { focus: index + 1 } : null;
    case 'ArrowUp':
      return index > 0 ? { focus: index - 1 } : null;
    case 'Home':
      return { focus: 0 };
    case 'End':
      return { focus: rows.length - 1 };
    case 'ArrowRight':
      if (row.hasChildren && !row.expanded) return { toggle: index };
      return row.hasChildren && index + 1 < rows.length ? { focus: index + 1 } : null;
    case 'ArrowLeft': {
      if (row.expanded) return { toggle: index };
      const parent = rows.findIndex((r) => String((r.record as TreeRecord).id) === row.parentId);
      return parent >= 0 ? { focus: parent } : null;
    }
    case 'Enter':
      return { open: index };
    default:
      return null;
  }
}
