import { REQUEST_STATUSES, type RequestStatus } from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

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
