import type { Core } from '@strapi/strapi';
import type { CommunicationStatus, PieceChannel, PieceStatus } from '@sigobito/config/contracts';

/* The communication and piece records as this module's rules read them (one query each). */

export const COMMUNICATION_UID = 'api::communication.communication';
export const PIECE_UID = 'api::piece.piece';

export type CommunicationRow = {
  id: number;
  documentId: string;
  title: string;
  status: CommunicationStatus;
  slug: string | null;
  withdrawnAt: string | null;
  corrections: unknown;
  approvedAt: string | null;
  approvedBy: { documentId: string } | null;
};

const COMMUNICATION_FIELDS = ['id', 'documentId', 'title', 'status', 'slug', 'withdrawnAt', 'corrections', 'approvedAt'];

export async function communicationRow(strapi: Core.Strapi, documentId: string | null | undefined): Promise<CommunicationRow | null> {
  if (!documentId) return null;
  return (await strapi.db.query(COMMUNICATION_UID).findOne({
    where: { documentId },
    select: COMMUNICATION_FIELDS,
    populate: { approvedBy: { select: ['documentId'] } },
  })) as CommunicationRow | null;
}

export type PieceRow = {
  id: number;
  documentId: string;
  channel: PieceChannel;
  status: PieceStatus;
  title: string | null;
  summary: string | null;
  body: string | null;
  link: string | null;
  images: Array<{ id: number }> | null;
  imageAlts: unknown;
  scheduledAt: string | null;
  communication: CommunicationRow | null;
};

export async function pieceRow(strapi: Core.Strapi, documentId: string): Promise<PieceRow | null> {
  return (await strapi.db.query(PIECE_UID).findOne({
    where: { documentId },
    populate: { images: { select: ['id'] }, communication: { select: COMMUNICATION_FIELDS, populate: { approvedBy: { select: ['documentId'] } } } },
  })) as PieceRow | null;
}

/** A communication's pieces: what its deliveries are about. */
export async function piecesOf(strapi: Core.Strapi, communicationDocumentId: string): Promise<Array<{ documentId: string; channel: PieceChannel; status: PieceStatus }>> {
  return (await strapi.db.query(PIECE_UID).findMany({
    where: { communication: { documentId: communicationDocumentId } },
    select: ['documentId', 'channel', 'status'],
  })) as Array<{ documentId: string; channel: PieceChannel; status: PieceStatus }>;
}

/** A write through the Document Service (audited, workflow-guarded) of one of this module's records. */
export function updateDocument(strapi: Core.Strapi, uid: string, documentId: string, data: Record<string, unknown>): Promise<unknown> {
  return strapi.documents(uid as never).update({ documentId, data } as never);
}
