import { translatedChoices } from '../common/choices';

export const REQUEST_STATUSES = ['received', 'in_review', 'accepted', 'declined', 'delegated', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/**
 * The request workflow, as the API enforces it (cms/src/domain/agenda/request-workflow.ts):
 * received → in review → accepted | declined | delegated → closed. Mirrored here so that only
 * the moves the server will take are offered.
 */
const NEXT: Record<RequestStatus, readonly RequestStatus[]> = {
  received: ['in_review'],
  in_review: ['accepted', 'declined', 'delegated'],
  accepted: ['closed'],
  declined: ['closed'],
  delegated: ['closed'],
  closed: [],
};

export const isRequestStatus = (value: unknown): value is RequestStatus =>
  typeof value === 'string' && (REQUEST_STATUSES as readonly string[]).includes(value);

/** The states a request may move to next; none for an unknown status. */
export const nextStates = (status: unknown): readonly RequestStatus[] => (isRequestStatus(status) ? NEXT[status] : []);

/** What each move asks for before it can be sent. */
export type TransitionForm = 'none' | 'accept' | 'answer' | 'delegate';

export const TRANSITION_FORM: Record<RequestStatus, TransitionForm> = {
  received: 'none',
  in_review: 'none',
  accepted: 'accept',
  declined: 'answer',
  delegated: 'delegate',
  closed: 'none',
};

export const requestStatusChoices = translatedChoices(REQUEST_STATUSES, 'resources.requests.statuses');

export const REQUEST_STATUS_COLOURS: Record<RequestStatus, 'default' | 'info' | 'warning' | 'success' | 'error' | 'secondary'> = {
  received: 'info',
  in_review: 'warning',
  accepted: 'success',
  declined: 'error',
  delegated: 'secondary',
  closed: 'default',
};
