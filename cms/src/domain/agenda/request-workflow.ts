import { daysBetween, localDate } from '../dates';
import { own } from '../own';

export type RequestStatus = 'received' | 'in_review' | 'accepted' | 'declined' | 'delegated' | 'closed';

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

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return own(REQUEST_TRANSITIONS, from)?.includes(to) ?? false;
}

/** A request not yet answered whose answer due date has passed (in the municipality's day). */
export function isRequestOverdue(
  request: { status: RequestStatus; answerDueDate: string | null; answeredAt?: string | null },
  now: Date,
  timeZone: string,
): boolean {
  if (ANSWERED.includes(request.status) || request.answeredAt || !request.answerDueDate) return false;
  return daysBetween(request.answerDueDate, localDate(now, timeZone)) > 0;
}

/** The answer due date of a request received on a day: `answerDays` later. */
export function answerDueDate(receivedDay: string, answerDays: number): string {
  return new Date(Date.parse(`${receivedDay}T00:00:00Z`) + answerDays * 86_400_000).toISOString().slice(0, 10);
}
