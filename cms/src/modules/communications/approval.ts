import type { Core } from '@strapi/strapi';
import { approverRolesFrom, deliveryKey, type Role } from '@sigobito/config/contracts';
import { BadRequest } from '../../backoffice/errors';
import { cancelMessage, OUTBOX_UID, type OutboxStatus } from '../../outbox/outbox';
import { notifyApprovalVoided } from './notifications';
import { COMMUNICATION_UID, PIECE_UID, piecesOf, updateDocument, type CommunicationRow } from './records';

/** The roles the settings name as approvers (the mayor when they name none). */
export async function approverRoles(strapi: Core.Strapi): Promise<Role[]> {
  const row = (await strapi.db.query('api::setting.setting').findOne({ select: ['communicationApprovers'] })) as { communicationApprovers?: unknown } | null;
  return approverRolesFrom(row?.communicationApprovers);
}

/** Outbox states of a message that may be out there right now: it can be neither called off nor changed. */
const IN_FLIGHT: readonly OutboxStatus[] = ['sending', 'unknown'];

/**
 * Calls off every delivery of the communication's pieces that has not gone out (a scheduled post,
 * one waiting for its channel, a failed one) and puts those pieces back to draft. Refused (400
 * `in_flight`) while one is being sent: what it carries may already be public.
 */
export async function callOffDeliveries(strapi: Core.Strapi, communicationDocumentId: string, only?: string): Promise<void> {
  const pieces = (await piecesOf(strapi, communicationDocumentId)).filter((p) => (only ? p.documentId === only : true) && p.status !== 'draft' && p.status !== 'published');
  if (!pieces.length) return;
  const rows = (await strapi.db.query(OUTBOX_UID).findMany({
    where: { key: { $in: pieces.map((p) => deliveryKey(p.documentId)) } },
    select: ['channel', 'key', 'status'],
  })) as Array<{ channel: string; key: string; status: OutboxStatus }>;
  if (rows.some((r) => IN_FLIGHT.includes(r.status))) {
    throw new BadRequest([{ path: 'pieces', code: 'in_flight', message: 'Se está enviando en este momento: espere a que termine' }]);
  }
  for (const piece of pieces) {
    const row = rows.find((r) => r.key === deliveryKey(piece.documentId) && r.channel === piece.channel);
    // Sent already: the outcome is on its way to the piece, which will show it published.
    if (row?.status === 'sent') continue;
    if (row) await cancelMessage(strapi, row.channel, row.key);
    await updateDocument(strapi, PIECE_UID, piece.documentId, { status: 'draft', lastError: null });
  }
}

/**
 * An approval covers the text, images and schedule it saw: a change to them (or a piece added or
 * deleted) sends the communication back to review, calls off what was going out, and tells
 * whoever approved. Runs in the caller's transaction, with the edit that voided it.
 */
export async function voidApproval(strapi: Core.Strapi, communication: CommunicationRow, what: string, now = new Date()): Promise<void> {
  await callOffDeliveries(strapi, communication.documentId);
  await updateDocument(strapi, COMMUNICATION_UID, communication.documentId, { status: 'in_review', approvedBy: null, approvedAt: null });
  await notifyApprovalVoided(strapi, communication, communication.approvedBy?.documentId, now.toISOString(), what);
}
