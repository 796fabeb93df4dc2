import path from 'node:path';

/** How backup and restore report each step: one line per step, with counts and sizes. */
export type Log = (line: string) => void;

/** Pure: a size for people (1 decimal, binary units). */
export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

/** Pure: elapsed time since `t0` (ms) in seconds, one decimal. */
export const seconds = (t0: number, now = Date.now()) => `${((now - t0) / 1000).toFixed(1)} s`;

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A path for people: relative when inside `root` (the repository), absolute otherwise. */
export function shownPath(p: string, root: string): string {
  const rel = path.relative(root, p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}
