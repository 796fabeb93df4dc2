import { answerDueDate, canMoveRequest, isRequestOverdue, nextRequestStatuses, REQUEST_TRANSITIONS, type RequestStatus } from './request-workflow';

describe('the request workflow', () => {
  it('allows exactly received → in_review → accepted | declined | delegated → closed', () => {
    const allowed = Object.entries(REQUEST_TRANSITIONS).flatMap(([from, tos]) => tos.map((to) => `${from}>${to}`));
    expect(allowed.sort()).toEqual(
      ['received>in_review', 'in_review>accepted', 'in_review>declined', 'in_review>delegated', 'accepted>closed', 'declined>closed', 'delegated>closed'].sort(),
    );
  });

  it.each([
    ['received', 'accepted'],
    ['received', 'closed'],
    ['closed', 'received'],
    ['accepted', 'declined'],
    ['in_review', 'received'],
  ] as Array<[RequestStatus, RequestStatus]>)('refuses %s → %s', (from, to) => {
    expect(canMoveRequest(from, to)).toBe(false);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('knows no status named %s (a key every object inherits)', (key) => {
    expect(canMoveRequest(key as RequestStatus, 'closed')).toBe(false);
  });
});

describe('the moves the back office offers', () => {
  it('sends a received request to review, and only there: the review is never skipped', () => {
    expect(nextRequestStatuses('received')).toEqual(['in_review']);
  });

  it('lets a request in review be accepted, declined or delegated, and closes an answered one', () => {
    expect(nextRequestStatuses('in_review')).toEqual(['accepted', 'declined', 'delegated']);
    expect(nextRequestStatuses('delegated')).toEqual(['closed']);
  });

  it.each(['closed', 'archived', undefined, 'constructor'])('offers nothing for %s', (status) => {
    expect(nextRequestStatuses(status)).toEqual([]);
  });
});

describe('an overdue request', () => {
  const now = new Date('2026-11-23T15:00:00Z'); // 10:00 in Panama
  const tz = 'America/Panama';

  it('is one not answered the day after its answer due date', () => {
    expect(isRequestOverdue({ status: 'in_review', answerDueDate: '2026-11-22' }, now, tz)).toBe(true);
    expect(isRequestOverdue({ status: 'received', answerDueDate: '2026-11-23' }, now, tz)).toBe(false);
  });

  it('is never one already answered or without a due date', () => {
    expect(isRequestOverdue({ status: 'accepted', answerDueDate: '2026-01-01' }, now, tz)).toBe(false);
    expect(isRequestOverdue({ status: 'in_review', answerDueDate: '2026-01-01', answeredAt: '2026-01-02T00:00:00Z' }, now, tz)).toBe(false);
    expect(isRequestOverdue({ status: 'received', answerDueDate: null }, now, tz)).toBe(false);
  });

  it('gets its answer due date from the received day and the setting', () => {
    expect(answerDueDate('2026-11-23', 10)).toBe('2026-12-03');
  });
});
