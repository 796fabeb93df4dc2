import { storyCode, storyLine, storyPercent, type StorySubject } from '@sigobito/config/contracts';
import { storyLink } from '../../backoffice/registry';
import type { BackofficeUser, Filters, StoryProvider, StorySubjectIds } from '../../backoffice/types';

/* What the agenda tells in the story of an actor, a theme or a place. */


const activities: StoryProvider = {
  resource: 'activities',
  // Its actors, themes, and the places it is about or held in.
  linkedTo: (subject, id) => (subject === 'places' ? { $or: [{ place: { id } }, { places: { id } }] } : { [subject]: { id } }),
  date: 'start',
  fields: ['title', 'status', 'kind'],
  entry: (r) => ({ title: String(r.title), status: storyCode(r.status), subkind: storyCode(r.kind) }),
};

const requests: StoryProvider = {
  resource: 'requests',
  // An actor's own requests; a theme's or a place's by their tags.
  linkedTo: (subject, id) => ({ [subject === 'actors' ? 'requester' : subject]: { id } }),
  date: 'receivedAt',
  fields: ['subject', 'status', 'kind'],
  entry: (r) => ({ title: String(r.subject), status: storyCode(r.status), subkind: storyCode(r.kind) }),
};

/** A task belongs to its origin's story: the activity, request, goal or ARO it came from, when the reader may read that origin. */
const taskLink = (subject: StorySubject, id: StorySubjectIds, user: BackofficeUser): Filters | undefined => {
  const via = (['activity', 'request', 'goal', 'aro'] as const)
    .map((field) => [field, storyLink(({ activity: 'activities', request: 'requests', goal: 'goals', aro: 'aros' } as const)[field], subject, id, user)] as const)
    .filter(([, link]) => link)
    .map(([field, link]) => ({ [field]: link }));
  return via.length ? { $or: via } : undefined;
};

const tasks: StoryProvider = {
  resource: 'tasks',
  linkedTo: taskLink,
  date: 'dueDate',
  fallback: 'createdAt',
  fields: ['title', 'status', 'kind'],
  entry: (r) => ({ title: String(r.title), status: storyCode(r.status), subkind: storyCode(r.kind) }),
};

const taskUpdates: StoryProvider = {
  resource: 'task-updates',
  linkedTo: (subject, id, user) => {
    const task = storyLink('tasks', subject, id, user);
    return task ? { task } : undefined;
  },
  date: 'date',
  fallback: 'createdAt',
  fields: ['note', 'percent'],
  entry: (r) => ({ title: storyLine(r.note), status: storyPercent(r.percent), subkind: null }),
};

export const agendaStory: StoryProvider[] = [activities, requests, tasks, taskUpdates];
