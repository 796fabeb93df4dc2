import type { ReconcileResult } from '../../../outbox/adapters';

/** One of the account's own posts, as the platform lists them. */
export type OwnPost = { id: string; text: string; url: string; createdAt: string | null };
/** The account's posts since a moment; `complete` false when there were more than could be read. */
export type OwnPosts = { posts: OwnPost[]; complete: boolean };

/** A look-up's answer: the outbox's, or "too early to say it is absent" (the platform lists new posts after a moment). */
export type MatchResult = ReconcileResult | { outcome: 'not_yet'; until: Date };

/** How far before the attempt a look-up starts: the CMS's clock and the platform's may differ. */
export const CLOCK_MARGIN_MS = 5 * 60_000;
/** How long after a post is created the platforms are trusted to list it. */
export const LISTING_DELAY_MS = 60_000;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * Pure: a post's text as compared. Links are left out (X lists them as t.co addresses, and
 * adds one for attached images), the entities X escapes are decoded, spaces and line breaks
 * count as one space, and Unicode is composed (NFC), so the text sent and the text listed
 * compare equal when they are the same post.
 */
export function comparableText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\bhttps?:\/\/\S+/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Pure: from when to look for a delivery's post. From its creation (or its scheduled time,
 * when later: nothing goes out before it), so the posts of every earlier try are seen, and
 * never later than this try's start; a margin before, for clocks that differ.
 */
export function lookupSince(input: { createdAt: Date | null; attemptStartedAt: Date | null; scheduledAt?: string | null; now: Date }): Date {
  const scheduled = input.scheduledAt ? new Date(input.scheduledAt) : null;
  const created = input.createdAt ?? input.attemptStartedAt ?? input.now;
  const first = scheduled && !Number.isNaN(scheduled.getTime()) && scheduled > created ? scheduled : created;
  const start = input.attemptStartedAt && input.attemptStartedAt < first ? input.attemptStartedAt : first;
  return new Date(start.getTime() - CLOCK_MARGIN_MS);
}

/**
 * Pure: what the account's own posts say about a delivery whose send had no answer.
 * - exactly one post with the same text that no other delivery has recorded: it is this one;
 * - none, in a complete listing, once the platform has had time to list it: surely absent;
 * - none yet, too soon after the try: look again at `until`;
 * - several, or a listing cut short: a person decides, told what was seen.
 */
export function matchOwnPost(input: {
  platform: string;
  text: string;
  listing: OwnPosts;
  /** Post ids other deliveries of this channel already recorded as theirs. */
  claimed: ReadonlySet<string>;
  attemptStartedAt: Date | null;
  since: Date;
  now: Date;
  /** How long after a try its post is trusted to be listed (default LISTING_DELAY_MS). */
  listingDelayMs?: number;
}): MatchResult {
  const target = comparableText(input.text);
  const same = input.listing.posts.filter((p) => comparableText(p.text) === target && !input.claimed.has(p.id));
  const when = input.since.toISOString();
  if (same.length === 1) return { outcome: 'found', externalId: same[0].id, externalUrl: same[0].url };
  if (same.length > 1) {
    return {
      outcome: 'cannot_tell',
      reason: `${input.platform} tiene ${same.length} publicaciones con este mismo texto desde ${when} (${same.map((p) => p.url).join(', ')}): revise cuál es la de esta pieza antes de reintentar.`,
    };
  }
  if (!input.listing.complete) {
    return {
      outcome: 'cannot_tell',
      reason: `${input.platform} lista más publicaciones de la cuenta desde ${when} de las que se pudieron revisar, y entre las revisadas no está esta: compruebe la cuenta antes de reintentar.`,
    };
  }
  const listedBy = new Date((input.attemptStartedAt ?? input.since).getTime() + (input.listingDelayMs ?? LISTING_DELAY_MS));
  if (input.now < listedBy) return { outcome: 'not_yet', until: listedBy };
  return { outcome: 'absent' };
}
