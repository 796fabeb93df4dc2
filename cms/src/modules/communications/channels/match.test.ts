import { CLOCK_MARGIN_MS, comparableText, LISTING_DELAY_MS, lookupSince, matchOwnPost, type OwnPost } from './match';

const at = (iso: string) => new Date(iso);
const post = (id: string, text: string): OwnPost => ({ id, text, url: `https://x.com/i/web/status/${id}`, createdAt: '2026-05-04T15:00:10Z' });

describe('comparing a post as sent with the post as listed', () => {
  it('matches a post whose link X listed as a t.co address, with an image link added and its ampersand escaped', () => {
    const sent = 'Obras & vecinos: el puente abre el lunes\nhttps://municipio.example/noticias/puente';
    const listed = 'Obras &amp; vecinos: el puente abre el lunes\nhttps://t.co/AbC123 https://t.co/img456';
    expect(comparableText(sent)).toBe(comparableText(listed));
  });

  it('tells apart texts that differ in a word, and treats composed and decomposed accents alike', () => {
    expect(comparableText('El puente abre el lunes')).not.toBe(comparableText('El puente abre el martes'));
    expect(comparableText('Inauguración')).toBe(comparableText('Inauguracio\u0301n'));
  });
});

describe('from when a look-up reads the account', () => {
  const createdAt = at('2026-05-04T14:00:00Z');
  const now = at('2026-05-04T16:00:00Z');

  it("starts at the delivery's creation, a margin before, so every earlier try is seen", () => {
    expect(lookupSince({ createdAt, attemptStartedAt: at('2026-05-04T15:00:00Z'), now })).toEqual(new Date(createdAt.getTime() - CLOCK_MARGIN_MS));
  });

  it('starts at the scheduled time of a piece scheduled after it was queued', () => {
    const scheduledAt = '2026-05-04T15:30:00Z';
    expect(lookupSince({ createdAt, attemptStartedAt: at('2026-05-04T15:30:02Z'), scheduledAt, now })).toEqual(new Date(at(scheduledAt).getTime() - CLOCK_MARGIN_MS));
  });

  it('never starts after the try itself', () => {
    expect(lookupSince({ createdAt, attemptStartedAt: at('2026-05-04T13:59:00Z'), scheduledAt: '2026-05-05T09:00:00Z', now })).toEqual(new Date(at('2026-05-04T13:59:00Z').getTime() - CLOCK_MARGIN_MS));
  });
});

describe('what the own posts say about a send without an answer', () => {
  const attemptStartedAt = at('2026-05-04T15:00:00Z');
  const base = { platform: 'X', text: 'El puente abre el lunes https://municipio.example/p', claimed: new Set<string>(), attemptStartedAt, since: at('2026-05-04T14:55:00Z') };
  const later = new Date(attemptStartedAt.getTime() + LISTING_DELAY_MS);

  it('finds the one post with the same text, with its id and address', () => {
    const listing = { posts: [post('1', 'Otro aviso'), post('2', 'El puente abre el lunes https://t.co/x')], complete: true };
    expect(matchOwnPost({ ...base, listing, now: later })).toEqual({ outcome: 'found', externalId: '2', externalUrl: 'https://x.com/i/web/status/2' });
  });

  it('skips a post with the same text another delivery already recorded as its own', () => {
    const listing = { posts: [post('2', 'El puente abre el lunes https://t.co/x'), post('3', 'El puente abre el lunes https://t.co/y')], complete: true };
    expect(matchOwnPost({ ...base, listing, claimed: new Set(['2']), now: later })).toMatchObject({ outcome: 'found', externalId: '3' });
  });

  it('says it is surely absent only from a complete listing, once the platform has had time to list it', () => {
    const listing = { posts: [post('1', 'Otro aviso')], complete: true };
    expect(matchOwnPost({ ...base, listing, now: later })).toEqual({ outcome: 'absent' });
    expect(matchOwnPost({ ...base, listing, now: new Date(later.getTime() - 1) })).toEqual({ outcome: 'not_yet', until: later });
  });

  it('hands to a person two posts with the same text, naming both', () => {
    const listing = { posts: [post('2', 'El puente abre el lunes'), post('3', 'El puente abre el lunes')], complete: true };
    const result = matchOwnPost({ ...base, listing, now: later });
    expect(result).toMatchObject({ outcome: 'cannot_tell' });
    expect((result as { reason: string }).reason).toMatch(/2 publicaciones con este mismo texto.*status\/2.*status\/3/);
  });

  it('hands to a person a listing cut short in which the post is not seen', () => {
    const listing = { posts: [post('1', 'Otro aviso')], complete: false };
    expect(matchOwnPost({ ...base, listing, now: later })).toMatchObject({ outcome: 'cannot_tell', reason: expect.stringMatching(/más publicaciones de la cuenta/) });
  });
});
