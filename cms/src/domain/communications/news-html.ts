import sanitizeHtml from 'sanitize-html';

/**
 * The web body's allow-list: what a news item may hold. Headings, paragraphs, lists, quotes,
 * emphasis and links (http, https, mailto; they open in the same tab and never pass the
 * reader's referrer). No scripts, styles, frames, images inline (images go with their alt text
 * in the piece's own list), event handlers or `javascript:` addresses.
 */
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'blockquote', 'a', 'hr'],
  allowedAttributes: { a: ['href', 'title'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

/** A web body as it may be stored and shown: sanitised on every save and again on every output. */
export function sanitizeNewsHtml(html: string): string {
  return sanitizeHtml(html, { ...OPTIONS, allowedAttributes: { a: ['href', 'title', 'rel'] } }).trim();
}
