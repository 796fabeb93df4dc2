import { closesCycle } from '@sigobito/config/contracts';

/**
 * Pure: which nodes of a tree (code → parent code) would sit on a cycle once `changes` are
 * applied over `existing` — a district made the child of its own neighbourhood. The tree rule
 * itself is the contracts' (`closesCycle`), as for a single write through the API.
 */
export function nodesOnCycles(existing: ReadonlyMap<string, string | null>, changes: ReadonlyMap<string, string | null>): Set<string> {
  const parentOf = new Map(existing);
  for (const [code, parent] of changes) parentOf.set(code, parent);
  const links = [...parentOf].map(([id, parent]) => ({ id, parent }));
  return new Set([...changes.keys()].filter((code) => closesCycle(links, code, parentOf.get(code))));
}
