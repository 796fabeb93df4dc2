import { RETRYABLE_DELIVERY_STATUSES } from '@sigobito/config/contracts';

type ChipColour = 'default' | 'info' | 'warning' | 'success' | 'error';

const COLOURS: Record<string, ChipColour> = {
  pending: 'info',
  sending: 'info',
  unknown: 'warning',
  published: 'success',
  failed: 'error',
  needs_review: 'warning',
  paused: 'default',
};

export const deliveryColour = (status: string): ChipColour => (Object.hasOwn(COLOURS, status) ? COLOURS[status] : 'default');

/**
 * A delivery a person may send again: it failed or waits for a person (the server's rule). An
 * unknown outcome is being looked up and a paused one resumes by itself: resending them could post twice.
 */
export const mayRetry = (status: string): boolean => (RETRYABLE_DELIVERY_STATUSES as readonly string[]).includes(status);
