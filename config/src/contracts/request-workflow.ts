import { daysBetween, localDate } from './dates';
import { isOwnKey, own } from './own';

export const REQUEST_STATUSES = ['received', 'in_review', 'accepted', 'declined', 'delegated', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The request workflow: received → in review → accepted | declined | delegated → closed. */
export const REQUEST_TRANSITIONS: Record<RequestStatus, RequestStatus[]> = {
  received: ['in_review'],
  in_review: ['accepted', 'declined', 'delegated'],
  accepted: ['closed'],
  declined: ['closed'],
  delegated: ['closed'],
  closed: [],
};

export const ANSWERED: RequestStatus[] = ['accepted', 'declined', 'delegated', 'closed'];

export const isRequestStatus = (value: unknown): value is RequestStatus => isOwnKey(REQUEST_TRANSITIONS, value);

export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return own(REQUEST_TRANSITIONS, from)?.includes(to) ?? false;
}

/** The states a request may move to next; none for an unknown status (what the back office offers). */
export const nextRequestStatuses = (status: unknown): readonly RequestStatus[] => (isRequestStatus(status) ? REQUEST_TRANSITIONS[status] : []);

/** A request not yet answered whose answer due date has passed (in the municipality's day). */
export function isRequestOverdue(
  request: { status: RequestStatus; answerDueDate: string | null; answeredAt?: string | null },
  now: Date,
  timeZone: string,
  /** The local day of `now` when the caller computed it already (once for a whole list). */
  today?: string,
): boolean {
  if (ANSWERED.includes(request.status) || request.answeredAt || !request.answerDueDate) return false;
  return daysBetween(request.answerDueDate, today ?? localDate(now, timeZone)) > 0;
}

/** The answer due date of a request received on a day: `answerDays` later. */
export function answerDueDate(receivedDay: string, answerDays: number): string {
  return new Date(Date.parse(`${receivedDay}T00:00:00Z`) + answerDays * 86_400_000).toISOString().slice(0, 10);
}
