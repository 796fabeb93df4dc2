import type { Core } from '@strapi/strapi';
import type { PieceStatus } from '@sigobito/config/contracts';
import type { SettledOutcome } from '../../outbox/adapters';
import { inTransaction } from '../../backoffice/transaction';
import { COMMUNICATION_UID, PIECE_UID } from './records';

/** Pure: the piece's fields once its delivery has this outcome (the delivery row stays the record of truth). */
export function pieceFieldsFor(outcome: SettledOutcome): { status: PieceStatus; postedAt?: string; externalId?: string | null; externalUrl?: string | null; lastError: string | null } {
  switch (outcome.status) {
    case 'sent':
      return { status: 'published', postedAt: outcome.sentAt ?? new Date().toISOString(), externalId: outcome.externalId ?? null, externalUrl: outcome.externalUrl ?? null, lastError: null };
    case 'failed':
    case 'needs_review':
      return { status: 'failed', lastError: outcome.lastError ?? null };
    default:
      // A retry is planned, or the outcome is being looked up: still on its way.
      return { status: 'sending', lastError: outcome.lastError ?? null };
  }
}

/**
 * Shows a delivery's outcome on its piece, and a communication whose first piece went out as
 * published (the publishing's own move: approved → published). Every channel's adapter calls
 * this from its `settled`. The piece and its communication change together, or neither.
 */
export function applyDeliveryOutcome(strapi: Core.Strapi, pieceDocumentId: string, outcome: SettledOutcome): Promise<void> {
  return inTransaction(strapi, () => apply(strapi, pieceDocumentId, outcome));
}

async function apply(strapi: Core.Strapi, pieceDocumentId: string, outcome: SettledOutcome): Promise<void> {
  const piece = (await strapi.db.query(PIECE_UID).findOne({ where: { documentId: pieceDocumentId }, populate: { communication: { select: ['documentId', 'status'] } } })) as {
    documentId: string;
    status: PieceStatus;
    communication: { documentId: string; status: string } | null;
  } | null;
  if (!piece) return;
  const fields = pieceFieldsFor(outcome);
  // A published piece stays published: a late retry record never takes it back.
  if (piece.status === 'published' && fields.status !== 'published') return;
  await strapi.documents(PIECE_UID as never).update({ documentId: piece.documentId, data: fields } as never);
  if (fields.status === 'published' && piece.communication?.status === 'approved') {
    await strapi.documents(COMMUNICATION_UID as never).update({ documentId: piece.communication.documentId, data: { status: 'published' } } as never);
  }
}
