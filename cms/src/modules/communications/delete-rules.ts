import type { Core } from '@strapi/strapi';
import { statusAfterPieceEdit } from '@sigobito/config/contracts';
import { BadRequest } from '../../backoffice/errors';
import { callOffDeliveries, voidApproval } from './approval';
import { pieceEditProblems, pieceName } from './piece-rules';
import { COMMUNICATION_UID, communicationRow, PIECE_UID, piecesOf, pieceRow } from './records';

/** A communication that was approved or went public stays on record: reopened, discarded or archived, never deleted. */
const DELETABLE = ['identified', 'in_preparation', 'in_review', 'discarded'];

/** Deleting a piece: as editing it (never a published one, nor one of a closed communication); it voids an approval. */
async function beforePieceDelete(strapi: Core.Strapi, documentId: string) {
  const piece = await pieceRow(strapi, documentId);
  if (!piece) return;
  const problems = pieceEditProblems(piece.communication?.status, piece.status);
  if (problems.length) throw new BadRequest(problems);
  const communication = piece.communication!;
  await callOffDeliveries(strapi, communication.documentId, documentId);
  if (statusAfterPieceEdit(communication.status, ['body']) !== communication.status) {
    await voidApproval(strapi, communication, `se borró ${pieceName(piece.channel)}`);
  }
}

/** Deleting a communication deletes its pieces (each in the history); refused once it was approved. */
async function beforeCommunicationDelete(strapi: Core.Strapi, documentId: string) {
  const communication = await communicationRow(strapi, documentId);
  if (!communication) return;
  if (!DELETABLE.includes(communication.status)) {
    throw new BadRequest([{ path: 'status', code: 'not_editable', params: { variant: 'delete' }, message: 'Una acción aprobada o publicada no se borra: reábrala o descártela' }]);
  }
  for (const piece of await piecesOf(strapi, documentId)) await strapi.documents(PIECE_UID as never).delete({ documentId: piece.documentId } as never);
}

/**
 * The rules of deleting pieces and communications, on every path (the back office's DELETE, a
 * script): a Document Service middleware, inside the delete's transaction.
 */
export function registerDeleteRules(strapi: Core.Strapi): void {
  type Middleware = Parameters<typeof strapi.documents.use>[0];
  const rules = async (ctx: Parameters<Middleware>[0], next: () => Promise<unknown>) => {
    const documentId = (ctx.params as { documentId?: string } | undefined)?.documentId;
    if (ctx.action === 'delete' && documentId) {
      if (ctx.uid === PIECE_UID) await beforePieceDelete(strapi, documentId);
      else if (ctx.uid === COMMUNICATION_UID) await beforeCommunicationDelete(strapi, documentId);
    }
    return next();
  };
  strapi.documents.use(rules as unknown as Middleware);
}
