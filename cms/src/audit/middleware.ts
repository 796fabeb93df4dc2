import type { Core } from '@strapi/strapi';
import { isAuditedContentType } from '@sigobito/config/contracts';
import { diffRecords } from './diff';
import { ACTIVITY_UID, isRestrictedEntry, restrictedEntries, type LoggedEntry } from './restricted';
import { STRAPI_SYSTEM_ATTRIBUTES } from '../backoffice/types';
import { inTransaction } from '../backoffice/transaction';
import { recordLabelOf } from './label';

export const AUDIT_UID = 'api::audit-log.audit-log';
const AUDITED_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish']);

/**
 * What the log records is one list shared with the back office's change-history filter
 * (`AUDITED_CONTENT_TYPES`). Left out: the log itself and the e-mail outbox, operational data
 * with its own status trail, not domain records.
 */
export const NOT_AUDITED: readonly string[] = [AUDIT_UID, 'api::notification.notification'];

type Attr = { type: string; mappedBy?: string };

function relationPopulate(strapi: Core.Strapi, uid: string) {
  const attrs = (strapi.contentType(uid as never) as unknown as { attributes: Record<string, Attr> }).attributes;
  return {
    ...Object.fromEntries(
      Object.entries(attrs)
        .filter(([k, a]) => !STRAPI_SYSTEM_ATTRIBUTES.has(k) && ((a.type === 'relation' && !a.mappedBy) || a.type === 'media'))
        .map(([k]) => [k, { fields: ['documentId'] }]),
    ),
    ...ROLE_POPULATE.get(uid),
  };
}

/*
 * A member's role lives on their login account. The account's role is read by name, and the
 * member's history gets it too: `role` on the member when it is created, and one entry on the
 * member for every change of their account's role (whoever made it, from wherever).
 */
const USER_UID = 'plugin::users-permissions.user';
const MEMBER_UID = 'api::member.member';
const ROLE_POPULATE = new Map<string, Record<string, unknown>>([
  [USER_UID, { role: { fields: ['documentId', 'type'] } }],
  [MEMBER_UID, { user: { fields: ['documentId'], populate: { role: { fields: ['type'] } } } }],
]);
type Loaded = Record<string, unknown> | null;
const roleOf = (account: unknown): string | null => ((account as { role?: { type?: string } | null } | null)?.role?.type ?? null);
const withRole = (uid: string, record: Loaded): Loaded => (uid === MEMBER_UID && record ? { ...record, role: roleOf(record.user) } : record);

type Who = { id?: number; username?: string; fullName?: string } | undefined;

/**
 * One Document Service middleware records every domain write (who, when, which record,
 * before and after of each changed field). Every module gets it by writing through
 * `strapi.documents(...)`.
 */
export function registerAuditTrail(strapi: Core.Strapi) {
  type Middleware = Parameters<typeof strapi.documents.use>[0];
  const audit = async (ctx: Parameters<Middleware>[0], next: () => Promise<unknown>) => {
    const uid = ctx.uid as string;
    if (!AUDITED_ACTIONS.has(ctx.action) || !isAuditedContentType(uid)) return next();
    const params = (ctx.params ?? {}) as { documentId?: string };
    const populate = relationPopulate(strapi, uid);
    const load = async (documentId: string) => withRole(uid, (await strapi.documents(uid as never).findOne({ documentId, populate } as never)) as Loaded);

    // The write and its entry commit together, whoever writes (the back office, a job, Strapi's admin).
    return inTransaction(strapi, async () => {
      const before = params.documentId ? await load(params.documentId) : null;
      const result = (await next()) as Record<string, unknown> | null;
      const documentId = (params.documentId ?? (result as { documentId?: string } | null)?.documentId) as string | undefined;
      if (!documentId) return result;
      const after = ctx.action === 'delete' ? null : await load(documentId);
      const changes = diffRecords(before, after);
      if (ctx.action === 'update' && Object.keys(changes).length === 0) return result;

      await writeEntry(strapi, ctx.action, uid, documentId, after ?? before ?? {}, changes, isRestrictedEntry(uid, before, after));
      if (uid === USER_UID && changes.role) await logRoleOnMember(strapi, (after ?? before) as { id?: number }, roleOf(before), roleOf(after));
      return result;
    });
  };
  strapi.documents.use(audit as unknown as Middleware);
}

/** One entry of the log: who (the caller of the request, or the job that wrote), when, which record, what changed. */
async function writeEntry(strapi: Core.Strapi, action: string, uid: string, documentId: string, subject: Record<string, unknown>, changes: Record<string, unknown>, restricted: boolean) {
  const request = strapi.requestContext.get() as { state?: { user?: Who; auditActor?: string } } | undefined;
  const who = request?.state?.user;
  const label = recordLabelOf(subject);
  await strapi.documents(AUDIT_UID as never).create({
    data: {
      action,
      contentType: uid,
      recordId: documentId,
      recordLabel: label?.slice(0, 255) ?? null,
      userId: who?.id ?? null,
      userName: who?.fullName ?? who?.username ?? request?.state?.auditActor ?? 'sistema',
      at: new Date().toISOString(),
      changes,
      restricted,
    } as never,
  });
}

/** An account's role changed: the member who holds the account gets it in their history, by role name. */
async function logRoleOnMember(strapi: Core.Strapi, account: { id?: number }, before: string | null, after: string | null) {
  if (!account.id || before === after) return;
  const member = (await strapi.db.query(MEMBER_UID).findOne({ where: { user: account.id }, select: ['documentId', 'fullName'] })) as Record<string, unknown> | null;
  if (member) await writeEntry(strapi, 'update', MEMBER_UID, String(member.documentId), member, { role: { before, after } }, false);
}

/**
 * Entries written before the `restricted` flag existed: replays each activity's history once
 * (at boot) so the private ones stay out of sight; afterwards every activity entry has the flag.
 */
export async function flagRestrictedHistory(strapi: Core.Strapi) {
  const log = strapi.db.query(AUDIT_UID as never);
  const unflagged = (await log.findMany({ select: ['recordId'], where: { contentType: ACTIVITY_UID, restricted: { $null: true } } })) as Array<{ recordId: string }>;
  if (unflagged.length) await flagActivities(log, unflagged);
  // Every other entry without the flag is about a record that is never private: the flag is then
  // always set, and the log's scope is one indexed equality (`restricted = false`), not an OR with NULL.
  await log.updateMany({ where: { restricted: { $null: true } }, data: { restricted: false } });
}

async function flagActivities(log: ReturnType<Core.Strapi['db']['query']>, unflagged: Array<{ recordId: string }>) {
  const recordIds = [...new Set(unflagged.map((e) => e.recordId))];
  const entries = (await log.findMany({ select: ['id', 'recordId', 'changes'], where: { contentType: ACTIVITY_UID, recordId: { $in: recordIds } } })) as LoggedEntry[];
  const current = (await strapi.db.query(ACTIVITY_UID as never).findMany({ select: ['documentId', 'visibility'], where: { documentId: { $in: recordIds } } })) as Array<{
    documentId: string;
    visibility: string;
  }>;
  const restricted = restrictedEntries(entries, new Map(current.map((a) => [a.documentId, a.visibility])));
  const ids = entries.map((e) => e.id);
  await log.updateMany({ where: { id: { $in: ids.filter((id) => restricted.has(id)) } }, data: { restricted: true } });
  await log.updateMany({ where: { id: { $in: ids.filter((id) => !restricted.has(id)) } }, data: { restricted: false } });
}
