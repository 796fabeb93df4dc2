import { feedFields, graphFailure, metaWaitMinutes, type GraphAnswer, type GraphStep } from './facebook';
import { neverReachedPlatform, type PlatformFailureKind } from './platform';
import { xFailure, xReasonEs, type XAnswer, type XStep } from './x';

const now = new Date('2026-05-04T15:00:00Z');
const inSeconds = (s: number) => new Date(now.getTime() + s * 1000);

describe("what X's answers mean for a delivery", () => {
  const cases: Array<[string, XAnswer, XStep, PlatformFailureKind]> = [
    ['a rate limit', { status: 429, resetSeconds: now.getTime() / 1000 + 600 }, 'post', 'rate_limited'],
    ['refused credentials', { status: 401, data: { title: 'Unauthorized', detail: 'Unauthorized' } }, 'post', 'credentials'],
    ['refused credentials on an image', { status: 401 }, 'media', 'credentials'],
    ['the duplicate-content answer', { status: 403, data: { detail: 'You are not allowed to create a Tweet with duplicate content.' } }, 'post', 'duplicate'],
    ['another 403 (the app may only read)', { status: 403, data: { detail: 'You are not permitted to perform this action.' } }, 'post', 'needs_person'],
    ['no credits left', { status: 402, data: { title: 'CreditsDepleted' } }, 'post', 'needs_person'],
    ['a 400', { status: 400, data: { errors: [{ message: 'Your Tweet text is too long.' }] } }, 'post', 'refused'],
    ['a 400 on an image', { status: 400, data: { detail: 'media type unsupported' } }, 'media', 'refused'],
    ['a 503 after the post was sent', { status: 503 }, 'post', 'unknown'],
    ['a 503 on an image (nothing posted yet)', { status: 503 }, 'media', 'not_sent'],
    ['a connection cut after the post was sent', { status: null, reached: true, message: 'socket hang up' }, 'post', 'unknown'],
    ['a connection refused', { status: null, reached: false, message: 'connect ECONNREFUSED' }, 'post', 'not_sent'],
    ['a timeout reading the account', { status: null, reached: true, message: 'Request timeout.' }, 'read', 'not_sent'],
  ];
  it.each(cases)('%s', (_what, answer, step, kind) => {
    expect(xFailure(answer, step, now).kind).toBe(kind);
  });

  it('waits until the reset X states, or a quarter of an hour without one', () => {
    expect(xFailure({ status: 429, resetSeconds: now.getTime() / 1000 + 600 }, 'post', now).until).toEqual(inSeconds(600));
    expect(xFailure({ status: 429 }, 'post', now).until).toEqual(inSeconds(900));
    expect(xFailure({ status: 429, resetSeconds: now.getTime() / 1000 - 5 }, 'post', now).until).toEqual(inSeconds(900));
  });

  it("tells a refusal in Spanish with X's own words after it", () => {
    expect(xFailure({ status: 400, data: { errors: [{ message: 'Your Tweet text is too long.' }] } }, 'post', now).message).toBe(
      'X rechazó la publicación (400): el texto es demasiado largo («Your Tweet text is too long.»). Corrija la pieza y use «Reintentar».',
    );
    expect(xReasonEs('Something new')).toBe('«Something new»');
    expect(xReasonEs('')).toBe('sin detalle');
  });
});

describe("what the Graph API's answers mean for a delivery", () => {
  const err = (code: number, message = 'x') => ({ code, message, type: 'OAuthException' });
  const cases: Array<[string, GraphAnswer, GraphStep, PlatformFailureKind]> = [
    ['the application rate limit (4)', { status: 400, error: err(4) }, 'post', 'rate_limited'],
    ['the user rate limit (17)', { status: 400, error: err(17) }, 'post', 'rate_limited'],
    ['the Page rate limit (32)', { status: 403, error: err(32) }, 'post', 'rate_limited'],
    ['the action rate limit (613)', { status: 400, error: err(613) }, 'photo', 'rate_limited'],
    ['business use case throttling (80001)', { status: 400, error: err(80001) }, 'post', 'rate_limited'],
    ['an expired token (190)', { status: 400, error: err(190, 'Error validating access token: Session has expired') }, 'post', 'credentials'],
    ['a 401 without a code', { status: 401 }, 'read', 'credentials'],
    ['a duplicate post (506)', { status: 400, error: err(506, 'Duplicate status message') }, 'post', 'duplicate'],
    ['a missing permission (200)', { status: 403, error: err(200, 'Requires pages_manage_posts permission') }, 'post', 'needs_person'],
    ['a blocked action (368)', { status: 400, error: err(368) }, 'post', 'needs_person'],
    ['an invalid parameter (100)', { status: 400, error: err(100, 'Invalid parameter') }, 'post', 'refused'],
    ['a 503 after the post was sent', { status: 503 }, 'post', 'unknown'],
    ['"temporarily unavailable" (2) after the post was sent', { status: 500, error: err(2) }, 'post', 'unknown'],
    ['a 503 on a photo (nothing posted yet)', { status: 503 }, 'photo', 'not_sent'],
    ['a connection cut after the post was sent', { status: null, reached: true, message: 'other side closed' }, 'post', 'unknown'],
    ['a connection refused', { status: null, reached: false, message: 'fetch failed' }, 'post', 'not_sent'],
  ];
  it.each(cases)('%s', (_what, answer, step, kind) => {
    expect(graphFailure(answer, step, now).kind).toBe(kind);
  });

  it("waits Meta's longest estimated time, or ten minutes without one", () => {
    const headers = {
      'X-Business-Use-Case-Usage': JSON.stringify({ '1234': [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 7 }] }),
      'x-page-usage': JSON.stringify({ call_count: 100, estimated_time_to_regain_access: 12 }),
    };
    expect(metaWaitMinutes(headers)).toBe(12);
    expect(graphFailure({ status: 400, error: err(32), headers }, 'post', now).until).toEqual(inSeconds(12 * 60));
    expect(graphFailure({ status: 400, error: err(4), headers: { 'x-app-usage': 'not json' } }, 'post', now).until).toEqual(inSeconds(600));
  });

  it("tells a refusal in Spanish with Meta's words for the user first", () => {
    const answer: GraphAnswer = { status: 400, error: { code: 100, message: '(#100) Invalid parameter', error_user_msg: 'The link is not valid' } };
    expect(graphFailure(answer, 'post', now).message).toBe('Facebook rechazó la publicación (código 100): «The link is not valid». Corrija la pieza y use «Reintentar».');
  });
});

describe("a Page post's fields", () => {
  it('sends the link as the post\'s link when there are no images', () => {
    expect(feedFields({ text: 'Abre el puente', link: 'https://m.example/p' }, [])).toEqual([
      ['message', 'Abre el puente'],
      ['link', 'https://m.example/p'],
    ]);
  });

  it('attaches the photos in order and keeps the link in the text, where images leave it room', () => {
    expect(feedFields({ text: 'Abre el puente', link: 'https://m.example/p' }, ['11', '12'])).toEqual([
      ['message', 'Abre el puente\nhttps://m.example/p'],
      ['attached_media[0]', '{"media_fbid":"11"}'],
      ['attached_media[1]', '{"media_fbid":"12"}'],
    ]);
  });
});

describe('a request that never reached the platform', () => {
  it('is told by the connection error, also when wrapped as its cause (fetch)', () => {
    expect(neverReachedPlatform(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(neverReachedPlatform(new TypeError('fetch failed', { cause: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }) }))).toBe(true);
    expect(neverReachedPlatform(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(false);
    expect(neverReachedPlatform(new Error('Request timeout.'))).toBe(false);
  });
});
