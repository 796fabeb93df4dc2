import twitterText from 'twitter-text';

/**
 * What the previews show of a post's text, the way each network shows it: X turns links,
 * hashtags and mentions into links (a long link shortened), Facebook shows the link as a card
 * with the site's name. Pure.
 */

export type Segment = { kind: 'text' | 'url' | 'hashtag' | 'mention'; text: string; href?: string };

const URL_DISPLAY_MAX = 25;

/** A link as X displays it: no scheme, no "www.", cut with "…" past 25 characters. */
export const displayUrl = (url: string): string => {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return bare.length > URL_DISPLAY_MAX ? `${bare.slice(0, URL_DISPLAY_MAX - 1)}…` : bare;
};

const withScheme = (url: string) => (/^https?:\/\//i.test(url) ? url : `https://${url}`);

/** The text of a post cut into plain text and the entities X links, in order. */
export const xSegments = (text: string): Segment[] => {
  const segments: Segment[] = [];
  let at = 0;
  const entities = twitterText.extractEntitiesWithIndices(text).sort((a, b) => a.indices[0] - b.indices[0]);
  for (const entity of entities) {
    const [start, end] = entity.indices;
    if (start < at) continue;
    if (start > at) segments.push({ kind: 'text', text: text.slice(at, start) });
    const raw = text.slice(start, end);
    if ('url' in entity) segments.push({ kind: 'url', text: displayUrl(entity.url), href: withScheme(entity.url) });
    else if ('hashtag' in entity) segments.push({ kind: 'hashtag', text: raw });
    else if ('screenName' in entity) segments.push({ kind: 'mention', text: raw });
    else segments.push({ kind: 'text', text: raw });
    at = end;
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at) });
  return segments;
};

/** The site a link card names (upper case, as Facebook shows it), or '' for no valid link. */
export const linkHost = (link: string | null | undefined): string => {
  if (!link?.trim()) return '';
  try {
    return new URL(withScheme(link.trim())).hostname.replace(/^www\./i, '').toUpperCase();
  } catch {
    return '';
  }
};
