import type { storyMessagesEs } from './story.es';

/** The story (360° view) of an actor, a theme or a place. */
export const storyMessagesEn: typeof storyMessagesEs = {
  title: 'Story',
  intro: 'Everything you may see about this record across modules, newest first.',
  all: 'All (%{smart_count})',
  filter: 'Filter the story by kind',
  empty: 'Nothing recorded yet.',
  more: 'Show more',
  shown: 'Showing %{shown} of %{total}',
  error: 'The story could not be loaded.',
};
