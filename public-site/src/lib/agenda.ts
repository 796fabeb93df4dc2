/**
 * The public agenda's sections, computed from one list of activities. Pure: the pages fetch,
 * these functions sort, split and group.
 */
import { addDays, dayKey, formatDayHeading, localDate, startOfLocalDay, weekBounds } from './dates';

const DAY_MS = 86_400_000;

/** What these helpers need of an activity (the CMS's PublicActivity has more). */
export type Timed = { start: string; end: string };

export type AgendaWindows = {
  now: Date;
  /** Monday 00:00 of this week, local time. */
  weekStart: Date;
  /** The next Monday 00:00: exclusive. */
  weekEnd: Date;
  /** The end of the 60th day after today: "Próximas actividades" starts before it. */
  horizon: Date;
  /** Today 30 days ago, 00:00: "Actividades realizadas" ended after it. */
  pastFrom: Date;
};

export const UPCOMING_DAYS = 60;
export const PAST_DAYS = 30;

export function agendaWindows(now: Date, timeZone: string): AgendaWindows {
  const { start, end } = weekBounds(now, timeZone);
  const today = localDate(now, timeZone);
  return {
    now,
    weekStart: start,
    weekEnd: end,
    horizon: startOfLocalDay(addDays(today, UPCOMING_DAYS + 1), timeZone),
    pastFrom: startOfLocalDay(addDays(today, -PAST_DAYS), timeZone),
  };
}

/**
 * The interval to ask the CMS for so that every section of /agenda is covered whatever the
 * time zone (a day of margin each side): it does not depend on the settings, so the agenda and
 * the settings can be fetched at once. The sections are cut precisely afterwards.
 */
export function agendaFetchRange(now: Date): { from: Date; to: Date } {
  return hourBounds(now.getTime() - (PAST_DAYS + 2) * DAY_MS, now.getTime() + (UPCOMING_DAYS + 3) * DAY_MS);
}

/** The same for the home page, which shows this week only. */
export function weekFetchRange(now: Date): { from: Date; to: Date } {
  return hourBounds(now.getTime() - 8 * DAY_MS, now.getTime() + 8 * DAY_MS);
}

const HOUR_MS = 3_600_000;
/**
 * The interval widened to whole hours: every visit within the same hour asks the CMS the same
 * question, so that the site's cache (lib/swr.ts) answers it instead of the CMS.
 */
const hourBounds = (from: number, to: number) => ({ from: new Date(Math.floor(from / HOUR_MS) * HOUR_MS), to: new Date(Math.ceil(to / HOUR_MS) * HOUR_MS) });

const startOf = (a: Timed) => Date.parse(a.start);
const endOf = (a: Timed) => Date.parse(a.end);
/** An activity without duration still occupies its instant. */
const occupiedUntil = (a: Timed) => Math.max(endOf(a), startOf(a) + 1);
const byStart = (a: Timed, b: Timed) => startOf(a) - startOf(b);

/**
 * "Esta semana": every activity that touches Monday–Sunday, in time order.
 * "Próximas actividades": starting after this week and within 60 days, in time order.
 * "Actividades realizadas": ended in the last 30 days, most recent first (this week's past
 * activities appear here too: the week is a calendar, this is a record).
 */
export function partitionAgenda<T extends Timed>(items: readonly T[], w: AgendaWindows) {
  const weekStart = w.weekStart.getTime();
  const weekEnd = w.weekEnd.getTime();
  const now = w.now.getTime();
  const valid = items.filter((a) => Number.isFinite(startOf(a)) && Number.isFinite(endOf(a)));
  return {
    week: valid.filter((a) => startOf(a) < weekEnd && occupiedUntil(a) > weekStart).sort(byStart),
    upcoming: valid.filter((a) => startOf(a) >= weekEnd && startOf(a) < w.horizon.getTime()).sort(byStart),
    past: valid
      .filter((a) => endOf(a) <= now && endOf(a) > w.pastFrom.getTime())
      .sort((a, b) => byStart(b, a) || endOf(b) - endOf(a)),
  };
}

/** The home page's short list: this week's activities not over yet, the first `limit`. */
export function comingThisWeek<T extends Timed>(items: readonly T[], w: AgendaWindows, limit = 5): T[] {
  return partitionAgenda(items, w)
    .week.filter((a) => occupiedUntil(a) > w.now.getTime())
    .slice(0, limit);
}

/**
 * A theme's or place's activities ("proximidad"): those not over yet, soonest first, and the
 * `recentLimit` most recent ones already over, latest first.
 */
export function upcomingAndRecent<T extends Timed>(items: readonly T[], now: Date, recentLimit = 10) {
  const t = now.getTime();
  const valid = items.filter((a) => Number.isFinite(startOf(a)) && Number.isFinite(endOf(a)));
  return {
    upcoming: valid.filter((a) => occupiedUntil(a) > t).sort(byStart),
    recent: valid
      .filter((a) => occupiedUntil(a) <= t)
      .sort((a, b) => byStart(b, a) || endOf(b) - endOf(a))
      .slice(0, recentLimit),
  };
}

export type DayGroup<T> = { key: string; heading: string; items: T[] };

/** Groups by the local day each activity starts on, keeping the order the items come in. */
export function groupByDay<T extends Timed>(items: readonly T[], timeZone: string): DayGroup<T>[] {
  const groups: DayGroup<T>[] = [];
  const byKey = new Map<string, DayGroup<T>>();
  for (const item of items) {
    const start = new Date(item.start);
    const key = dayKey(start, timeZone);
    let group = byKey.get(key);
    if (!group) {
      group = { key, heading: formatDayHeading(start, timeZone), items: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.items.push(item);
  }
  return groups;
}

/** "del lunes 23 al domingo 29 de noviembre", for the week section's introduction. */
export function weekLabel(w: AgendaWindows, timeZone: string): string {
  const sunday = new Date(w.weekEnd.getTime() - 1);
  return `del ${formatDayHeading(w.weekStart, timeZone)} al ${formatDayHeading(sunday, timeZone)}`;
}

/** True for addresses only this machine can reach: a link to them would be broken for visitors. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '::1' || host === '0.0.0.0';
  } catch {
    return true;
  }
}

/**
 * The CMS's own address of the public iCal feed: PUBLIC_CMS_URL, else CMS_URL; null when that
 * address is one a visitor's browser cannot reach (the site's /agenda.ics serves the feed anyway).
 */
export function cmsFeedUrl(env: { PUBLIC_CMS_URL?: string; CMS_URL?: string }): string | null {
  const base = (env.PUBLIC_CMS_URL || env.CMS_URL || '').replace(/\/+$/, '');
  if (!base || isLoopbackUrl(base)) return null;
  return `${base}/api/public/agenda.ics`;
}
