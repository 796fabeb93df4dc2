import { auditedContentTypeOf, auditedResourceOf, own } from '@sigobito/config/contracts';
import type { Core } from '@strapi/strapi';
import { omitChanges } from '../../backoffice/read-hidden';
import type { Attribute, BackofficeUser, Filters, ResourceDef } from '../../backoffice/types';
import { resourceByName, resourceByUid, targetScope } from '../../backoffice/registry';
import { BadRequest, forbidden } from '../../backoffice/errors';
import { assertReadable } from '../../backoffice/engine';
import { LABEL_FIELDS, recordLabelOf } from '../../audit/label';
import { ACTIVITY_UID } from '../../audit/restricted';
import { can } from '@sigobito/config';

// Resources and content types of the log are those of the shared audited list (login accounts included).
const uidOf = auditedContentTypeOf;
const nameOf = (uid: string) => auditedResourceOf(uid) ?? null;

/**
 * Entries of private records (flagged when written: private activities) are for the roles that
 * read every activity, as the agenda's scope says. Every entry has the flag (older ones get it at
 * boot, see flagRestrictedHistory), so the scope is an equality the log's indexes serve.
 */
const auditScope = (user: BackofficeUser): Filters | undefined => (targetScope(ACTIVITY_UID, user) === undefined ? undefined : { restricted: { $eq: false } });

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record's history is readable by whoever may read the record; the whole log by the roles the matrix lets (admin, mayor). */
async function authorizeRecordHistory(strapi: Core.Strapi, user: BackofficeUser, query: Record<string, unknown>): Promise<boolean> {
  if (can(user.role, 'audit-logs', 'read')) return false;
  let filter: unknown;
  try {
    filter = JSON.parse(String(query.filter ?? '{}'));
  } catch {
    throw new BadRequest([{ path: 'filter', code: 'invalid_json', message: 'JSON mal formado' }]);
  }
  if (!isPlainObject(filter)) throw new BadRequest([{ path: 'filter', code: 'invalid', params: { variant: 'json_object' }, message: 'Debe ser un objeto JSON' }]);
  const target = typeof filter.resource === 'string' ? resourceByName(filter.resource) : undefined;
  if (!target || typeof filter.recordId !== 'string' || target.name === 'audit-logs') throw forbidden();
  await assertReadable(strapi, target, user, filter.recordId);
  return true;
}

type Changes = Record<string, { before: unknown; after: unknown }>;
const relationOf = (uid: string, field: string) =>
  own((strapi.contentType(uid as never) as unknown as { attributes: Record<string, Attribute> } | undefined)?.attributes, field);
const idsIn = (v: unknown): string[] => (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string');

/** The names of the records an entry's changes link to, by field then id: null when the reader may not read it, or it is gone. */
export type ReferenceNames = Record<string, Record<string, string | null>>;

type Link = { row: Record<string, unknown>; changes: Changes; field: string; target: string };

const attributeNames = (uid: string) => Object.keys((strapi.contentType(uid as never) as unknown as { attributes?: Record<string, Attribute> } | undefined)?.attributes ?? {});

/**
 * What the reader sees of the records the changes link to, one query per target for the whole
 * batch: the name of each one they may read (by the role's permissions and the record's scope),
 * and no link at all to one they may not read within a scoped resource (a task's link to a
 * private activity), as the record itself shows it.
 */
async function nameLinks(rows: Array<Record<string, unknown>>, user: BackofficeUser) {
  const links: Link[] = [];
  const wanted = new Map<string, Set<string>>();
  for (const row of rows) {
    const changes = (row.changes as Changes | null) ?? {};
    for (const [field, change] of Object.entries(changes)) {
      const attr = relationOf(String(row.contentType), field);
      if (attr?.type !== 'relation' || !attr.target) continue;
      links.push({ row, changes, field, target: attr.target });
      for (const id of [...idsIn(change.before), ...idsIn(change.after)]) wanted.set(attr.target, (wanted.get(attr.target) ?? new Set()).add(id));
    }
  }
  // Per target: the records the reader may see, with their names when the role reads the resource.
  const visible = new Map<string, Map<string, string | null>>();
  for (const [target, ids] of wanted) {
    const def = resourceByUid(target);
    const named = !!def && can(user.role, def.name, 'read');
    const scope = targetScope(target, user);
    if (!named && !scope) continue;
    const labels = named ? LABEL_FIELDS.filter((field) => attributeNames(target).includes(field)) : [];
    const found = (await strapi.db.query(target as never).findMany({
      select: ['documentId', ...labels],
      where: { $and: [{ documentId: { $in: [...ids] } }, scope ?? {}] },
    })) as Array<Record<string, unknown> & { documentId: string }>;
    visible.set(target, new Map(found.map((record) => [record.documentId, named ? (recordLabelOf(record) ?? null) : null])));
  }
  const keep = (v: unknown, seen: Map<string, unknown>) => (Array.isArray(v) ? v.filter((id) => seen.has(id)) : typeof v === 'string' && !seen.has(v) ? null : v);
  for (const row of rows) row.references = {};
  for (const { row, changes, field, target } of links) {
    const seen = visible.get(target) ?? new Map<string, string | null>();
    if (targetScope(target, user)) {
      const shown = { before: keep(changes[field].before, seen), after: keep(changes[field].after, seen) };
      // A change between two hidden records is no change the user can see.
      if (JSON.stringify(shown.before) === JSON.stringify(shown.after)) {
        delete changes[field];
        continue;
      }
      changes[field] = shown;
    }
    const ids = [...idsIn(changes[field].before), ...idsIn(changes[field].after)];
    (row.references as ReferenceNames)[field] = Object.fromEntries(ids.map((id) => [id, seen.get(id) ?? null]));
  }
}

/** Read-only: written by the audit middleware. Filter by `resource` (+ `recordId`). */
export const auditLogs: ResourceDef = {
  name: 'audit-logs',
  uid: 'api::audit-log.audit-log',
  searchable: ['userName', 'recordLabel', 'recordId'],
  readonlyResource: true,
  readScope: auditScope,
  authorizeList: authorizeRecordHistory,
  virtualFilters: {
    resource: (value) => {
      const uids = (Array.isArray(value) ? value : [value]).map(uidOf).filter(Boolean);
      return { contentType: { $in: uids.length ? uids : ['-'] } };
    },
  },
  present: (record, out) => ({ ...out, resource: nameOf(String(record.contentType)) }),
  decorate: async (rows, ctx) => {
    await nameLinks(rows, ctx.user);
    // Fields of a record its reader may not read (a goal's internal notes for press) are not in its history either.
    for (const row of rows) Object.assign(row, omitChanges(row, (typeof row.resource === 'string' ? resourceByName(row.resource)?.readHidden?.(ctx.user, { id: row.recordId }) : undefined) ?? []));
  },
};
