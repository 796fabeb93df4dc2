import type { BackofficeUser } from '../../backoffice/types';

/** A member's own settings: their e-mail switches. A colleague's directory entry is everyone's; these are not. */
export const MEMBER_PRIVATE_FIELDS = ['notificationPreferences'];

/**
 * Pure: what of a member record `viewer` may not read. The member themself and the administrator
 * read everything; everyone else reads the member without their private settings. Without a
 * record (a filter or a sort over all members) only the administrator may use them.
 */
export function memberFieldsHiddenFrom(viewer: Pick<BackofficeUser, 'role' | 'member'>, record?: { id?: unknown }): string[] {
  if (viewer.role === 'admin') return [];
  const own = record !== undefined && viewer.member !== null && record.id === viewer.member.documentId;
  return own ? [] : MEMBER_PRIVATE_FIELDS;
}
