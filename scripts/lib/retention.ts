/**
 * Which backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months that
 * have a backup (what `restic forget --keep-daily 7 --keep-weekly 4 --keep-monthly 12` means).
 * The periods are counted among those that have a backup, not on the calendar, so a backup job
 * that stopped for a month never lets the next run delete everything it had. Days, weeks and
 * months are UTC.
 */
export type RetentionPolicy = { daily: number; weekly: number; monthly: number };
export const DEFAULT_RETENTION: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

export type Dated = { name: string; date: Date };

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const monthKey = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;

/** ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday); // the Thursday of this week decides its year
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${pad(week)}`;
}

/**
 * Pure: the names of the backups to keep. Backups dated after `now` (a clock set back) are kept
 * and left out of the count: nothing is deleted on a date that cannot be trusted.
 */
export function backupsToKeep(backups: Dated[], now: Date, policy: RetentionPolicy = DEFAULT_RETENTION): Set<string> {
  const keep = new Set<string>();
  const past = backups.filter((b) => {
    if (b.date.getTime() > now.getTime()) keep.add(b.name);
    return b.date.getTime() <= now.getTime();
  });
  const newestFirst = [...past].sort((a, b) => b.date.getTime() - a.date.getTime() || b.name.localeCompare(a.name));
  const rules: Array<{ limit: number; key: (d: Date) => string }> = [
    { limit: policy.daily, key: dayKey },
    { limit: policy.weekly, key: isoWeekKey },
    { limit: policy.monthly, key: monthKey },
  ];
  for (const rule of rules) {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const k = rule.key(b.date);
      if (seen.has(k)) continue;
      if (seen.size >= rule.limit) break;
      seen.add(k);
      keep.add(b.name);
    }
  }
  return keep;
}
