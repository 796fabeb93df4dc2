import { storyCode } from '@sigobito/config/contracts';
import type { StoryProvider } from '../../backoffice/types';

/* What Comunicación tells in the story of an actor, a theme or a place: the communications about it. */
export const communicationsStory: StoryProvider[] = [
  {
    resource: 'communications',
    linkedTo: (subject, id) => ({ [subject]: { id } }),
    date: 'plannedDate',
    fallback: 'createdAt',
    fields: ['title', 'status', 'origin'],
    entry: (r) => ({ title: String(r.title), status: storyCode(r.status), subkind: storyCode(r.origin) }),
  },
];
