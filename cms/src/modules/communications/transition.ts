import type { Core } from '@strapi/strapi';
import { can } from '@sigobito/config';
import { transitionProblems, type CommunicationStatus } from '@sigobito/config/contracts';
import { z } from 'zod';
import { BadRequest, forbidden, zodErrors } from '../../backoffice/errors';
import { findReadable, getOne } from '../../backoffice/engine';
import { inTransaction } from '../../backoffice/transaction';
import type { BackofficeUser } from '../../backoffice/types';
import { approverRoles, callOffDeliveries } from './approval';
import { notifyAwaitingApproval } from './notifications';
import { COMMUNICATION_UID, PIECE_UID, updateDocument } from './records';
import { communications } from './resources';

const body = z.object({
  to: z.string({ required_error: 'Indique el estado al que pasa', invalid_type_error: 'Debe ser un texto' }),
  comment: z.string({ invalid_type_error: 'Debe ser un texto' }).trim().max(2000, 'Como máximo 2000 caracteres').optional(),
});

/**
 * Moves a communication along its workflow (transitionProblems, with the caller's role and the
 * approver roles of the settings). Approving records who, when and the comment; an approver's
 * comment when sending it back stays as the review's comment; sending to review asks the
 * approvers by e-mail; leaving an approval calls off what was going out. One transaction, and
 * the move in the communication's history.
 */
export async function transitionCommunication(strapi: Core.Strapi, user: BackofficeUser, documentId: string, input: unknown) {
  const parsed = body.safeParse(input ?? {});
  if (!parsed.success) throw new BadRequest(zodErrors(parsed.error.issues));
  const { to, comment } = parsed.data;
  return inTransaction(strapi, async () => {
    // Who neither edits nor approves makes no move at all, whatever the communication.
    const approvers = await approverRoles(strapi);
    if (!can(user.role, 'communications', 'update') && !approvers.includes(user.role)) throw forbidden();
    const record = await findReadable(strapi, communications, user, documentId);
    const from = record.status as CommunicationStatus;
    const pieces = await strapi.db.query(PIECE_UID).count({ where: { communication: { documentId } } });
    const problems = transitionProblems({ from, to, role: user.role, approverRoles: approvers, pieces });
    if (problems.length) throw new BadRequest(problems);

    const now = new Date();
    const data: Record<string, unknown> = { status: to };
    if (to === 'approved') Object.assign(data, { approvedBy: user.member?.documentId ?? null, approvedAt: now.toISOString(), approvalComment: comment || null });
    else if (from === 'in_review' && comment) data.approvalComment = comment;
    if (from === 'approved') {
      await callOffDeliveries(strapi, documentId);
      Object.assign(data, { approvedBy: null, approvedAt: null });
    }
    await updateDocument(strapi, COMMUNICATION_UID, documentId, data);
    if (to === 'in_review') await notifyAwaitingApproval(strapi, { documentId, title: String(record.title) }, approvers, now.toISOString());
    return getOne(strapi, communications, user, documentId);
  });
}
