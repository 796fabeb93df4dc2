import type { StoryKind, StoryPage, StorySubject } from '@sigobito/config/contracts';
import { API_URL, httpClient } from '../dataProvider';

/** `GET /<subject>/:id/story`: one page of the subject's story, as the caller may read it. */
export const readStory = async (subject: StorySubject, id: string, query: { kind: StoryKind | null; limit: number }): Promise<StoryPage> => {
  const params = new URLSearchParams({ start: '0', limit: String(query.limit) });
  if (query.kind) params.set('kind', query.kind);
  const { json } = await httpClient(`${API_URL}/${subject}/${encodeURIComponent(id)}/story?${params}`);
  return json as StoryPage;
};

/** Kinds without a page of their own are read on their goal's page. */
const SHOWN_ON_GOAL: ReadonlySet<StoryKind> = new Set(['milestones', 'progress-reports', 'aros']);

/** Where an entry is opened. */
export const storyEntryPath = (entry: { kind: StoryKind; id: string; parent: string | null }): string | null => {
  if (SHOWN_ON_GOAL.has(entry.kind)) return entry.parent ? `/goals/${encodeURIComponent(entry.parent)}/show` : null;
  return `/${entry.kind}/${encodeURIComponent(entry.id)}/show`;
};

/** The i18n prefixes of each kind's status and second code (the same labels the lists show). */
export const STATUS_LABELS: Partial<Record<StoryKind, string>> = {
  activities: 'resources.activities.statuses',
  requests: 'resources.requests.statuses',
  tasks: 'resources.tasks.statuses',
  goals: 'resources.goals.statuses',
  milestones: 'resources.milestones.statuses',
  aros: 'resources.aros.statuses',
  communications: 'resources.communications.statuses',
};
export const SUBKIND_LABELS: Partial<Record<StoryKind, string>> = {
  activities: 'resources.activities.kinds',
  requests: 'resources.requests.kinds',
  tasks: 'resources.tasks.kinds',
  aros: 'resources.aros.kinds',
  communications: 'resources.communications.origins',
};
