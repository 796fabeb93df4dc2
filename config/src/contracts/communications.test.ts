import { allowedMoves, approverRolesFrom, approverRolesProblems, deliveryKey, deliveryStatusOf, isNewsSlug, isPublicNews, newsSlug, outboxStatusOf, pieceOfDeliveryKey, statusAfterPieceEdit, transitionProblems, xPostText } from './communications';
import { pieceProblems, textCount } from './piece-text';

const approvers = ['mayor'];

describe('the communication workflow', () => {
  it('lets press prepare and send to review, and only an approver approve', () => {
    expect(transitionProblems({ from: 'identified', to: 'in_preparation', role: 'press', approverRoles: approvers, pieces: 0 })).toEqual([]);
    expect(transitionProblems({ from: 'in_preparation', to: 'in_review', role: 'press', approverRoles: approvers, pieces: 1 })).toEqual([]);
    expect(transitionProblems({ from: 'in_review', to: 'approved', role: 'press', approverRoles: approvers, pieces: 1 })[0]).toMatchObject({ code: 'not_allowed_move' });
    expect(transitionProblems({ from: 'in_review', to: 'approved', role: 'mayor', approverRoles: approvers, pieces: 1 })).toEqual([]);
    expect(transitionProblems({ from: 'in_review', to: 'approved', role: 'admin', approverRoles: ['admin'], pieces: 1 })).toEqual([]);
  });

  it('refuses review without pieces, skipped steps, unknown states and a published reached by hand', () => {
    expect(transitionProblems({ from: 'in_preparation', to: 'in_review', role: 'press', approverRoles: approvers, pieces: 0 })[0]).toMatchObject({ code: 'no_pieces' });
    expect(transitionProblems({ from: 'identified', to: 'approved', role: 'mayor', approverRoles: approvers, pieces: 1 })[0]).toMatchObject({ code: 'invalid_transition', path: 'to' });
    expect(transitionProblems({ from: 'identified', to: 'constructor', role: 'press', approverRoles: approvers, pieces: 1 })[0]).toMatchObject({ code: 'invalid_choice' });
    expect(transitionProblems({ from: 'approved', to: 'published', role: 'press', approverRoles: approvers, pieces: 1 })[0]).toMatchObject({ code: 'invalid_transition' });
    expect(transitionProblems({ from: 'approved', to: 'published', role: 'press', approverRoles: approvers, pieces: 1, bySystem: true })).toEqual([]);
    expect(transitionProblems({ from: 'published', to: 'discarded', role: 'press', approverRoles: approvers, pieces: 1 })[0]).toMatchObject({ code: 'invalid_transition' });
  });

  it('offers each role only its moves', () => {
    expect(allowedMoves('in_review', 'mayor', approvers).sort()).toEqual(['approved', 'discarded', 'in_preparation']);
    expect(allowedMoves('in_review', 'press', approvers).sort()).toEqual(['discarded', 'in_preparation']);
    expect(allowedMoves('approved', 'press', approvers)).not.toContain('published');
    expect(allowedMoves('identified', 'agenda', approvers)).toEqual([]);
  });

  it('voids an approval when the text, images or schedule of a piece change, not otherwise', () => {
    expect(statusAfterPieceEdit('approved', ['body'])).toBe('in_review');
    expect(statusAfterPieceEdit('approved', ['scheduledAt'])).toBe('in_review');
    expect(statusAfterPieceEdit('approved', ['imageAlts'])).toBe('in_review');
    expect(statusAfterPieceEdit('approved', [])).toBe('approved');
    expect(statusAfterPieceEdit('in_preparation', ['body'])).toBe('in_preparation');
  });
});

describe('the channel rules', () => {
  const x = (body: string, link?: string) => pieceProblems({ channel: 'x', body, link });

  it('counts X as X does: 280 weighted characters pass, 281 are refused on the body', () => {
    expect(x('a'.repeat(280))).toEqual([]);
    expect(x('a'.repeat(281))).toEqual([expect.objectContaining({ path: 'body', code: 'too_long', params: expect.objectContaining({ max: 280, count: 281, variant: 'weighted' }) })]);
    // An emoji weighs 2; a link 23 whatever its length.
    expect(textCount('x', { body: '😀' }).count).toBe(2);
    expect(textCount('x', { body: `${'a'.repeat(256)} https://example.org/${'x'.repeat(100)}` }).count).toBe(280);
    expect(x('a'.repeat(257), 'https://example.org/a')).toHaveLength(1);
    expect(xPostText({ body: 'Hola https://a.org', link: 'https://a.org' })).toBe('Hola https://a.org');
  });

  it('asks the web for a title, limits title and summary, and a cover only to publish', () => {
    expect(pieceProblems({ channel: 'web', body: '<p>x</p>' }).map((p) => p.path)).toEqual(['title']);
    expect(pieceProblems({ channel: 'web', title: 't'.repeat(121), summary: 's'.repeat(161), body: 'x' }).map((p) => p.code)).toEqual(['too_long', 'too_long']);
    expect(pieceProblems({ channel: 'web', title: 't', body: 'x' }, { forPublishing: true })[0]).toMatchObject({ path: 'images', params: { variant: 'cover' } });
  });

  it('requires alt text for every image and caps images per channel', () => {
    expect(pieceProblems({ channel: 'facebook', body: 'x', images: [1, 2], imageAlts: [{ file: 1, alt: 'Un puente' }] })).toEqual([
      expect.objectContaining({ path: 'imageAlts.1', code: 'required', params: { variant: 'alt' } }),
    ]);
    const five = [1, 2, 3, 4, 5];
    expect(pieceProblems({ channel: 'x', body: 'x', images: five, imageAlts: five.map((file) => ({ file, alt: 'a' })) })[0]).toMatchObject({ path: 'images', code: 'too_many', params: { max: 4 } });
  });

  it('keeps social text plain', () => {
    expect(pieceProblems({ channel: 'facebook', body: '<b>hola</b>' })[0]).toMatchObject({ path: 'body', code: 'invalid_format' });
  });
});

describe('news addresses and visibility', () => {
  it('makes an ASCII slug from the date and title', () => {
    expect(newsSlug('¡Inauguramos el puente de Año Nuevo!', '2026-11-30')).toBe('2026-11-30-inauguramos-el-puente-de-ano-nuevo');
    expect(isNewsSlug('2026-11-30-inauguramos-el-puente')).toBe(true);
    expect(isNewsSlug('../etc/passwd')).toBe(false);
    expect(isNewsSlug('2026-11-30-a'.padEnd(200, 'b'))).toBe(false);
  });

  it('shows a web piece only when published, due and its communication published or archived', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const piece = { channel: 'web', status: 'published', postedAt: '2026-12-01T11:00:00Z' };
    expect(isPublicNews({ status: 'published' }, piece, now)).toBe(true);
    expect(isPublicNews({ status: 'archived' }, piece, now)).toBe(true);
    expect(isPublicNews({ status: 'approved' }, piece, now)).toBe(false);
    expect(isPublicNews({ status: 'published' }, { ...piece, postedAt: '2026-12-01T13:00:00Z' }, now)).toBe(false);
    expect(isPublicNews({ status: 'published' }, { ...piece, status: 'scheduled' }, now)).toBe(false);
    expect(isPublicNews({ status: 'published' }, { ...piece, channel: 'x' }, now)).toBe(false);
  });
});

describe('the approver roles of the settings', () => {
  it('takes the known roles named, once each, and the mayor when none is named', () => {
    expect(approverRolesFrom(['mayor', 'admin', 'mayor'])).toEqual(['mayor', 'admin']);
    expect(approverRolesFrom(null)).toEqual(['mayor']);
    expect(approverRolesFrom([])).toEqual(['mayor']);
    expect(approverRolesFrom(['constructor', 'root'])).toEqual(['mayor']);
    expect(approverRolesFrom({ 0: 'admin' })).toEqual(['mayor']);
  });

  it('refuses an empty list, unknown roles and anything but a list; null goes back to the default', () => {
    expect(approverRolesProblems(['mayor', 'admin'])).toEqual([]);
    expect(approverRolesProblems(null)).toEqual([]);
    expect(approverRolesProblems([])[0]).toMatchObject({ path: 'communicationApprovers', code: 'required', params: { variant: 'approvers' } });
    expect(approverRolesProblems(['mayor', 'toString'])[0]).toMatchObject({ code: 'invalid_choice' });
    expect(approverRolesProblems('mayor')[0]).toMatchObject({ code: 'invalid_choice' });
    expect(approverRolesProblems([{ role: 'mayor' }])[0]).toMatchObject({ code: 'invalid_choice' });
  });
});

describe('deliveries as press reads them', () => {
  it('says published for a sent delivery and keeps the other statuses, both ways', () => {
    expect(deliveryStatusOf('sent')).toBe('published');
    expect(deliveryStatusOf('needs_review')).toBe('needs_review');
    expect(outboxStatusOf('published')).toBe('sent');
    expect(outboxStatusOf('failed')).toBe('failed');
  });

  it('reads the piece from its delivery key, and nothing from another key', () => {
    expect(pieceOfDeliveryKey(deliveryKey('abc123'))).toBe('abc123');
    expect(pieceOfDeliveryKey('task-overdue:x:2026-01-01')).toBeNull();
    expect(pieceOfDeliveryKey('piece:')).toBeNull();
    expect(pieceOfDeliveryKey(undefined)).toBeNull();
  });
});
