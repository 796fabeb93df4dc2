import { subjectFeed } from '../../../lib/feed';

/** A theme's news feed. */
export const GET = subjectFeed('theme');
