import { subjectFeed } from '../../../lib/feed';

/** A place's news feed. */
export const GET = subjectFeed('place');
