import type { Core } from '@strapi/strapi';
import { membersWithRoles, toMember } from '../../notifications/to-member';
import { backofficeUrl } from '../../notifications/links';

type Told = { documentId: string; title: string };

/** Sent to review: every active member of the approver roles is asked to approve it (once per review). */
export async function notifyAwaitingApproval(strapi: Core.Strapi, communication: Told, approverRoles: readonly string[], at: string): Promise<void> {
  for (const member of await membersWithRoles(strapi, approverRoles)) {
    await toMember(
      strapi,
      member,
      'communicationAwaitingApproval',
      `communication-awaiting-approval:${communication.documentId}:${at}:${member}`,
      `Comunicación por aprobar: ${communication.title}`.slice(0, 200),
      `La acción comunicacional «${communication.title}» espera su aprobación.\n\nRevisarla: ${backofficeUrl(`communications/${communication.documentId}/show`)}`,
    );
  }
}

/** An edit voided an approval: whoever approved is told it is back in review, and why. */
export async function notifyApprovalVoided(strapi: Core.Strapi, communication: Told, approver: string | null | undefined, at: string, what: string): Promise<void> {
  if (!approver) return;
  await toMember(
    strapi,
    approver,
    'communicationAwaitingApproval',
    `communication-approval-voided:${communication.documentId}:${at}:${approver}`,
    `Aprobación sin efecto: ${communication.title}`.slice(0, 200),
    `La acción comunicacional «${communication.title}» que usted aprobó cambió (${what}) y vuelve a esperar su aprobación.\n\nRevisarla: ${backofficeUrl(`communications/${communication.documentId}/show`)}`,
  );
}
