import { storyCode, storyLine, storyPercent } from '@sigobito/config/contracts';
import { storyLink } from '../../backoffice/registry';
import type { StoryProvider } from '../../backoffice/types';

/* What the goals tell in the story of an actor, a theme or a place: the goals it is part of, and what hangs from them. */


const goals: StoryProvider = {
  resource: 'goals',
  linkedTo: (subject, id) => ({ [subject]: { id } }),
  date: 'startDate',
  fallback: 'createdAt',
  fields: ['code', 'title', 'status'],
  entry: (r) => ({ title: `${r.code} · ${r.title}`, status: storyCode(r.status), subkind: null }),
};

/** A milestone, report or ARO of a goal in the story (and readable by the reader). */
const ofGoal = (resource: 'milestones' | 'progress-reports' | 'aros', rest: Omit<StoryProvider, 'resource' | 'linkedTo' | 'populate'>): StoryProvider => ({
  resource,
  linkedTo: (subject, id, user) => {
    const goal = storyLink('goals', subject, id, user);
    return goal ? { goal } : undefined;
  },
  ...rest,
  // They are read on their goal's page.
  populate: { goal: { select: ['documentId'] } },
  entry: (r) => ({ ...rest.entry(r), parent: (r.goal as { documentId?: string } | null)?.documentId ?? null }),
});

export const goalsStory: StoryProvider[] = [
  goals,
  ofGoal('milestones', { date: 'dueDate', fields: ['title', 'status'], entry: (r) => ({ title: String(r.title), status: storyCode(r.status), subkind: null }) }),
  ofGoal('progress-reports', {
    date: 'date',
    fallback: 'createdAt',
    fields: ['narrative', 'percent'],
    entry: (r) => ({ title: storyLine(r.narrative), status: storyPercent(r.percent), subkind: null }),
  }),
  ofGoal('aros', { date: 'createdAt', fields: ['title', 'status', 'kind'], entry: (r) => ({ title: String(r.title), status: storyCode(r.status), subkind: storyCode(r.kind) }) }),
];
