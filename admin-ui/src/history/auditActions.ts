import { translatedChoices } from '../common/choices';

/** Labels of the audit actions we know; any other action is shown as the server wrote it. */
export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditActionChoices = translatedChoices(AUDIT_ACTIONS, 'resources.audit-logs.actions');

const isKnown = (action: string): action is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(action);

export const auditActionKey = (action: string): string | undefined =>
  isKnown(action) ? `resources.audit-logs.actions.${action}` : undefined;
