import { flattenTree as flattenNested, nestTree, type Nested } from '@sigobito/config/contracts';

/** Something that names its parent by code, as the CMS's themes and places do. */
export type TreeItem = { code: string; parent: { code: string } | null };

export type TreeNode<T> = Nested<T>;

/**
 * Nests items under their parents by code (the tree rule of the contracts, `nestTree`): an item
 * whose parent is not in the list (unpublished, or not public) is shown at the top level rather
 * than lost, and a cycle in bad data is broken instead of recursing forever.
 */
export const buildTree = <T extends TreeItem>(items: readonly T[]): TreeNode<T>[] =>
  nestTree(items, (item) => item.code, (item) => item.parent?.code ?? null);

/** The nodes in reading order with their depth (0 at the top), for a <select>'s options. */
export const flattenTree = <T>(nodes: readonly TreeNode<T>[]): { item: T; depth: number }[] => flattenNested(nodes).map(({ item, depth }) => ({ item, depth }));
