export type Slot = { id: string; start: string; end: string; status: string };

/**
 * Overlapping confirmed activities of the mayor: for each one, the others it overlaps.
 * Touching ends (one ends at 10:00, the next starts at 10:00) do not conflict. Pure; sorts
 * once and sweeps, so a month of activities costs n log n.
 */
export function findConflicts(activities: Slot[]): Map<string, string[]> {
  const confirmed = activities
    .filter((a) => a.status === 'confirmed')
    .map((a) => ({ id: a.id, start: Date.parse(a.start), end: Date.parse(a.end) }))
    .filter((a) => Number.isFinite(a.start) && Number.isFinite(a.end))
    .sort((a, b) => a.start - b.start);
  const conflicts = new Map<string, string[]>();
  const add = (a: string, b: string) => conflicts.set(a, [...(conflicts.get(a) ?? []), b]);
  const open: typeof confirmed = [];
  for (const current of confirmed) {
    for (let i = open.length - 1; i >= 0; i--) if (open[i].end <= current.start) open.splice(i, 1);
    for (const other of open) {
      add(current.id, other.id);
      add(other.id, current.id);
    }
    open.push(current);
  }
  return conflicts;
}
