import { allowedMoves, PROPOSER_ROLES, pieceProblems, statusAfterPieceEdit, type CommunicationStatus, type PieceChannel } from '@sigobito/config/contracts';
import type { DocumentRecord, ResourceDef } from '../../backoffice/types';
import { BadRequest, type FieldError } from '../../backoffice/errors';
import { sanitizeNewsHtml } from '../../domain/communications/news-html';
import { isWebAddress } from '../../domain/web-address';
import { approverRoles, voidApproval } from './approval';
import { deliveries } from './deliveries';
import { changedContentFields, changeWords, imageIds, normalizedAlts, pieceEditProblems, pieceInputOf, pieceName } from './piece-rules';
import { communicationScope, pieceScope } from './query';
import { communicationRow } from './records';
import { communicationWorkflow, pieceWorkflow } from './workflow';

export { deliveries };

export const communications: ResourceDef = {
  name: 'communications',
  uid: 'api::communication.communication',
  searchable: ['title', 'keyMessage', 'audience'],
  searchIndex: true,
  readOnly: ['approvedBy', 'approvedAt', 'approvalComment', 'slug', 'withdrawnAt', 'withdrawalReason', 'corrections', 'opportunityKey'],
  readScope: communicationScope,
  workflow: communicationWorkflow,
  canWrite: (user, action) => (action === 'create' ? PROPOSER_ROLES.includes(user.role) : user.role === 'press'),
  validate: (m) => (typeof m.title === 'string' && m.title.trim() ? [] : [{ path: 'title', code: 'required', message: 'Es obligatorio' }]),
  /** Whoever in press writes it down edits it, unless another editor is named. */
  defaults: (ctx) => (ctx.user.role === 'press' && ctx.user.member ? { editor: ctx.user.member.documentId } : {}),
  /** The moves the caller may make from each one's status (the back office shows only these buttons). */
  decorate: async (rows, ctx) => {
    if (!rows.length) return;
    const approvers = await approverRoles(strapi);
    for (const row of rows) row.allowedMoves = allowedMoves(row.status as CommunicationStatus, ctx.user.role, approvers);
  },
};

const idOf = (v: unknown) => (typeof v === 'object' && v !== null ? (v as { documentId?: unknown }).documentId : v);

/** What the channel rules say of a piece as it would be stored (a web body as sanitised on save). */
function pieceValidation(m: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = m.communication ? [] : [{ path: 'communication', code: 'required', message: 'Es obligatorio' }];
  const input = pieceInputOf(m);
  if (input.channel === 'web' && typeof input.body === 'string') input.body = sanitizeNewsHtml(input.body);
  problems.push(...pieceProblems(input));
  if (typeof m.link === 'string' && m.link.trim() && !isWebAddress(m.link.trim())) {
    problems.push({ path: 'link', code: 'invalid_url', message: 'Debe ser una dirección web que empiece por http:// o https://' });
  }
  return problems;
}

/**
 * Before a piece is stored: its channel and communication stay; it changes only while its
 * communication is open and it is not published; the web body is sanitised; the alt texts follow
 * the images. A change to what an approval saw (or a new piece) voids the approval, in the same
 * transaction: see approval.ts.
 */
async function beforePieceWrite(data: Record<string, unknown>, now: Date, existing?: DocumentRecord) {
  if (existing) {
    const fixed = (['channel', 'communication'] as const).filter((f) => data[f] !== undefined && data[f] !== idOf(existing[f]));
    if (fixed.length) {
      throw new BadRequest(fixed.map((path) => ({ path, code: 'forbidden_field', params: { variant: 'piece_link' }, message: 'El canal y la acción de una pieza no cambian: cree otra pieza' })));
    }
  }
  const channel = (data.channel ?? existing?.channel) as PieceChannel;
  const communication = await communicationRow(strapi, String(data.communication ?? idOf(existing?.communication) ?? ''));
  const problems = pieceEditProblems(communication?.status, existing?.status as string | undefined);
  if (problems.length || !communication) throw new BadRequest(problems);
  if (channel === 'web' && typeof data.body === 'string') data.body = sanitizeNewsHtml(data.body);
  if (data.images !== undefined || data.imageAlts !== undefined) {
    data.imageAlts = normalizedAlts(imageIds(data.images !== undefined ? data.images : existing?.images), data.imageAlts !== undefined ? data.imageAlts : existing?.imageAlts);
  }
  const changed = existing ? changedContentFields(existing, data) : ['body'];
  if (statusAfterPieceEdit(communication.status, changed) === communication.status) return;
  await voidApproval(strapi, communication, existing ? changeWords(changed, channel) : `se agregó ${pieceName(channel)}`, now);
  // Calling off its delivery put the piece back to draft: the form's copy of the old status must not undo it.
  if (existing && data.status === existing.status) delete data.status;
}

export const pieces: ResourceDef = {
  name: 'pieces',
  uid: 'api::piece.piece',
  searchable: ['title', 'summary', 'body'],
  readOnly: ['postedAt', 'externalId', 'externalUrl', 'lastError'],
  readScope: pieceScope,
  workflow: pieceWorkflow,
  validate: pieceValidation,
  beforeWrite: (data, ctx) => beforePieceWrite(data, ctx.now, ctx.existing),
};
