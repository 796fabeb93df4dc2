import type { Core } from '@strapi/strapi';
import { deliveryKey, pieceProblems } from '@sigobito/config/contracts';
import { BadRequest, notFound } from '../../backoffice/errors';
import { findReadable, getOne } from '../../backoffice/engine';
import { inTransaction } from '../../backoffice/transaction';
import type { BackofficeUser } from '../../backoffice/types';
import { enqueueMessage, requeueMessage } from '../../outbox/outbox';
import { deliveryOf } from './deliveries';
import { deliveryPayloadOf, pieceInputOf, publishMove, PUBLISHING_PIECE_STATUSES } from './piece-rules';
import { PIECE_UID, pieceRow, updateDocument } from './records';
import { pieces } from './resources';

/** Communications whose pieces may go out: approved, or already published (its other channels). */
const PUBLISHABLE = ['approved', 'published'];

/**
 * Publishes a piece: in one transaction its delivery goes into the outbox (channel = the piece's,
 * key `piece:<id>`, the payload a snapshot of what was approved, not before its scheduled time)
 * and the piece becomes `scheduled` or `sending`. The channel's adapter does the rest and its
 * outcome comes back to the piece. Publishing again changes nothing (one delivery per piece);
 * a failed piece is tried again.
 */
export async function publishPiece(strapi: Core.Strapi, user: BackofficeUser, documentId: string, now = new Date()) {
  await inTransaction(strapi, async () => {
    await findReadable(strapi, pieces, user, documentId);
    const piece = await pieceRow(strapi, documentId);
    if (!piece) throw notFound();
    if (!PUBLISHING_PIECE_STATUSES.includes(piece.status)) await startDelivery(strapi, piece, now);
  });
  // Read once committed: a delivery's channel state is read on its own connection (SQLite has one).
  return { piece: await getOne(strapi, pieces, user, documentId), delivery: await deliveryOf(strapi, user, documentId) };
}

async function startDelivery(strapi: Core.Strapi, piece: NonNullable<Awaited<ReturnType<typeof pieceRow>>>, now: Date) {
  const communication = piece.communication;
  if (!communication || !PUBLISHABLE.includes(communication.status)) {
    throw new BadRequest([{ path: 'communication', code: 'not_approved', message: 'Solo se publica una acción aprobada' }]);
  }
  if (communication.withdrawnAt) throw new BadRequest([{ path: 'communication', code: 'withdrawn', message: 'La noticia fue retirada' }]);
  const problems = pieceProblems(pieceInputOf(piece as unknown as Record<string, unknown>), { forPublishing: true });
  if (problems.length) throw new BadRequest(problems);
  const key = deliveryKey(piece.documentId);
  const move = publishMove(piece.scheduledAt, now);
  const queued =
    piece.status === 'failed'
      ? await requeueMessage(strapi, piece.channel, key, now)
      : await enqueueMessage(strapi, { channel: piece.channel, key, payload: deliveryPayloadOf(piece, communication.documentId), notBefore: move.notBefore });
  // Queued already by a publish at the same moment, which sets the piece's status: nothing more to do.
  if (!queued) return;
  await updateDocument(strapi, PIECE_UID, piece.documentId, { status: piece.status === 'failed' ? 'sending' : move.status, lastError: null });
}
