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

/** A delivery a person may send again: it failed, waits for a person, is paused, or its outcome is unknown. */
export const mayRetry = (status: string): boolean => status === 'failed' || status === 'needs_review' || status === 'paused' || status === 'unknown';
