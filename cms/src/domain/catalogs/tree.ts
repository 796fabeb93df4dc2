/**
 * Pure: which nodes of a tree (code → parent code) would sit on a cycle once `changes` are
 * applied over `existing` — a district made the child of its own neighbourhood.
 */
export function nodesOnCycles(existing: ReadonlyMap<string, string | null>, changes: ReadonlyMap<string, string | null>): Set<string> {
  const parentOf = new Map(existing);
  for (const [code, parent] of changes) parentOf.set(code, parent);
  const onCycle = new Set<string>();
  for (const start of changes.keys()) {
    const seen = new Set<string>();
    let node: string | null | undefined = start;
    while (node != null && !seen.has(node)) {
      seen.add(node);
      node = parentOf.get(node);
    }
    if (node === start) onCycle.add(start);
  }
  return onCycle;
}
