import { PIECE_CHANNELS, PUBLISHED_COMMUNICATION_STATUSES } from '@sigobito/config/contracts';
import type { BackofficeUser, Filters } from '../../backoffice/types';

/** Goal managers and staff read only what is published; everyone else with read rights reads all. */
const readsPublishedOnly = (user: BackofficeUser) => user.role === 'goal-manager' || user.role === 'staff';

export const communicationScope = (user: BackofficeUser): Filters | undefined =>
  readsPublishedOnly(user) ? { status: { $in: [...PUBLISHED_COMMUNICATION_STATUSES] } } : undefined;

export const pieceScope = (user: BackofficeUser): Filters | undefined =>
  readsPublishedOnly(user) ? { status: 'published', communication: { status: { $in: [...PUBLISHED_COMMUNICATION_STATUSES] } } } : undefined;

/** The deliveries are the outbox rows of the pieces' channels (never the e-mail). */
export const deliveryScope = (): Filters => ({ channel: { $in: [...PIECE_CHANNELS] } });
