import type { CommunicationOrigin, CommunicationStatus } from '@sigobito/config/contracts';

/** A communication action as the back-office API answers it (relations as ids). */
export type Communication = {
  id: string;
  title: string;
  origin: CommunicationOrigin;
  activity?: string | null;
  goal?: string | null;
  milestone?: string | null;
  themes?: string[];
  places?: string[];
  actors?: string[];
  keyMessage?: string | null;
  audience?: string | null;
  editor?: string | null;
  plannedDate?: string | null;
  status: CommunicationStatus;
  opportunityKey?: string | null;
  approvedBy?: string | null;
  approvedAt?: string | null;
  approvalComment?: string | null;
  slug?: string | null;
  withdrawnAt?: string | null;
  withdrawalReason?: string | null;
  corrections?: Array<{ at: string; note: string }> | null;
  createdAt?: string;
  updatedAt?: string;
};

/** A piece for one channel (images as stored files, alt texts keyed by file id). */
export type Piece = {
  id: string;
  communication: string;
  channel: 'web' | 'facebook' | 'x';
  title?: string | null;
  summary?: string | null;
  body?: string | null;
  images?: unknown;
  imageAlts?: Array<{ file: number; alt: string }> | null;
  link?: string | null;
  scheduledAt?: string | null;
  status: 'draft' | 'scheduled' | 'sending' | 'published' | 'failed';
  postedAt?: string | null;
  externalId?: string | null;
  externalUrl?: string | null;
  lastError?: string | null;
};

export const DELIVERY_STATUSES = ['pending', 'sending', 'unknown', 'published', 'failed', 'needs_review', 'paused'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A piece's delivery: the outbox row that takes it to its channel (read only). */
export type Delivery = {
  id: string;
  piece: string;
  channel: string;
  status: DeliveryStatus | string;
  attempts?: number | null;
  lastError?: string | null;
  externalId?: string | null;
  externalUrl?: string | null;
  channelConfigured?: boolean | null;
  updatedAt?: string;
};
