import { dayFromNumber, dayNumber, isDay, type Day } from '../goals/chart';
import type { MilestoneStatus } from '@sigobito/config/contracts';

/** What the timeline needs of a milestone; `doneDay` is the day it was completed, in the municipality. */
export type TimelineMilestone = {
  id: string;
  order: number;
  title: string;
  dueDate: Day;
  weight: number | string;
  status: MilestoneStatus;
  critical?: boolean | null;
  late?: boolean;
  doneDay?: Day | null;
};

export type Step = { day: Day; percent: number };

export type MarkerKind = 'done' | 'late' | 'pending';

/**
 * Each milestone's share of the goal, the API's rule (`goalHealth` in @sigobito/config/contracts): its
 * weight, or one each when every weight is zero.
 */
export const effectiveWeights = (milestones: readonly Pick<TimelineMilestone, 'weight'>[]): number[] => {
  const weights = milestones.map((m) => Math.max(0, Number(m.weight) || 0));
  return weights.every((w) => w === 0) ? weights.map(() => 1) : weights;
};

const percentOf = (part: number, total: number) => (total > 0 ? Math.round((part / total) * 1000) / 10 : 0);

/** The span the timeline draws: from the start (or the first due date) to the target, stretched to include every milestone and today. */
export const timelineDomain = (
  startDate: Day | null | undefined,
  targetDate: Day | null | undefined,
  milestones: readonly Pick<TimelineMilestone, 'dueDate' | 'doneDay'>[],
  today: Day,
): [Day, Day] => {
  const days = [startDate, targetDate, today, ...milestones.map((m) => m.dueDate), ...milestones.map((m) => m.doneDay)].filter(isDay).map(dayNumber);
  const from = Math.min(...days);
  const to = Math.max(...days);
  // A one-day span would draw nothing: give it a week either side.
  return from === to ? [dayFromNumber(from - 7), dayFromNumber(to + 7)] : [dayFromNumber(from), dayFromNumber(to)];
};

const cumulative = (entries: Array<{ day: Day; weight: number }>, total: number, from: Day): Step[] => {
  const byDay = new Map<Day, number>();
  for (const { day, weight } of entries) byDay.set(day, (byDay.get(day) ?? 0) + weight);
  let sum = 0;
  const steps: Step[] = [{ day: from, percent: 0 }];
  for (const day of [...byDay.keys()].sort()) {
    sum += byDay.get(day) ?? 0;
    if (day <= from) steps[0] = { day: from, percent: percentOf(sum, total) };
    else steps.push({ day, percent: percentOf(sum, total) });
  }
  return steps;
};

/** Planned progress over time: the weight of the milestones due by each day, held to the end of the span. */
export const plannedSteps = (milestones: readonly TimelineMilestone[], [from, to]: [Day, Day]): Step[] => {
  const weights = effectiveWeights(milestones);
  const total = weights.reduce((s, w) => s + w, 0);
  const steps = cumulative(
    milestones.map((m, i) => ({ day: m.dueDate, weight: weights[i] })),
    total,
    from,
  );
  return [...steps, { day: to, percent: steps[steps.length - 1].percent }];
};

/** Done progress over time: the weight of the milestones completed by each day, drawn up to today. */
export const doneSteps = (milestones: readonly TimelineMilestone[], from: Day, today: Day): Step[] => {
  const weights = effectiveWeights(milestones);
  const total = weights.reduce((s, w) => s + w, 0);
  const done = milestones.flatMap((m, i) => (m.status === 'done' ? [{ day: isDay(m.doneDay) ? m.doneDay : m.dueDate, weight: weights[i] }] : []));
  const steps = cumulative(done, total, from);
  const last = steps[steps.length - 1];
  return today > last.day ? [...steps, { day: today, percent: last.percent }] : steps;
};

/** Done milestones are filled; late ones (past due, not done) red; the rest outlined. */
export const markerKind = (m: Pick<TimelineMilestone, 'status' | 'late'>): MarkerKind => (m.status === 'done' ? 'done' : m.late ? 'late' : 'pending');

/** A step series' value on a day: that of its last step on or before the day; null outside the series. */
export const stepValueAt = (steps: readonly Step[], day: Day): number | null => {
  if (!steps.length || day < steps[0].day || day > steps[steps.length - 1].day) return null;
  let value = steps[0].percent;
  for (const step of steps) {
    if (step.day > day) break;
    value = step.percent;
  }
  return value;
};

/**
 * Which of two rows each milestone's number is written on: the numbers of milestones due
 * closer together than `minShare` of the span alternate rows so that they do not overlap.
 */
export const labelRows = (dueDates: readonly Day[], [from, to]: [Day, Day], minShare = 0.025): Array<0 | 1> => {
  const span = Math.max(1, dayNumber(to) - dayNumber(from));
  let previous = -Infinity;
  let row: 0 | 1 = 0;
  return dueDates.map((day) => {
    const at = dayNumber(day);
    row = (at - previous) / span < minShare ? (row === 0 ? 1 : 0) : 0;
    previous = at;
    return row;
  });
};
