import type { Core } from '@strapi/strapi';
import { can, type Action } from '@sigobito/config';
import { BadRequest, forbidden, notFound, type FieldError } from './errors';
import { parseListQuery, splitOperator } from './query';
import { targetScope } from './registry';
import { signMedia } from './signed-urls';
import { omitFields } from './read-hidden';
import { DEFAULT_SETTINGS, loadRules } from './rules';
import { plainWriteProblems } from './workflow';
import {
  STRAPI_SYSTEM_ATTRIBUTES,
  type Attributes,
  type BackofficeUser,
  type DocumentRecord,
  type Filters,
  type ResourceDef,
  type RuleContext,
  type Rules,
} from './types';
import { isToMany, validateWrite } from './validation';
import { localDate, own } from '@sigobito/config/contracts';
import { inTransaction } from './transaction';
import { countRecords, dbPopulate, readPage, type RelationRead } from './page-read';
import { indexedSearch } from './search-index';
import { expandTreeFilters, parentClosesCycle } from './tree';

/* The generic back-office mechanism: every resource is served by these functions, driven by
   its declaration. Reads ask only for ids of relations, in one batched query per relation. */

// Strapi's typings key the Document Service by generated uids; ours are data, so we go through `any` once here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Docs = any;
const docs = (strapi: Core.Strapi, uid: string): Docs => strapi.documents(uid as never);

/** The content type's own attributes (without the ones Strapi adds to every type). */
export function attributesOf(strapi: Core.Strapi, uid: string): Attributes {
  const ct = strapi.contentType(uid as never) as unknown as { attributes: Attributes } | undefined;
  if (!ct) throw new Error(`Unknown content type ${uid}`);
  return Object.fromEntries(Object.entries(ct.attributes).filter(([k]) => !STRAPI_SYSTEM_ATTRIBUTES.has(k)));
}

/**
 * Owned relations whose target the user reads only in part (a task's private activity for a
 * staff member): field → the target's scope. A link to a record the user may not read is not
 * shown, filtered on, nor accepted.
 */
export function scopedRelations(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser | undefined): Record<string, Filters> {
  const scoped: Record<string, Filters> = {};
  for (const [field, attr] of Object.entries(attributesOf(strapi, def.uid))) {
    if (attr.type !== 'relation' || attr.mappedBy || def.hidden?.includes(field)) continue;
    const scope = targetScope(attr.target, user);
    if (scope) scoped[field] = scope;
  }
  return scoped;
}

/** The populate clause for output: owned relations as ids (only those the user may read), media as url. */
export function populateFor(strapi: Core.Strapi, def: ResourceDef, user?: BackofficeUser): Record<string, unknown> {
  const populate: Record<string, unknown> = {};
  const scoped = scopedRelations(strapi, def, user);
  for (const [field, attr] of Object.entries(attributesOf(strapi, def.uid))) {
    if (def.hidden?.includes(field)) continue;
    if (attr.type === 'relation' && !attr.mappedBy && attr.target?.startsWith('api::')) {
      populate[field] = scoped[field] ? { fields: ['documentId'], filters: scoped[field] } : { fields: ['documentId'] };
    }
    if (attr.type === 'media') populate[field] = { fields: ['url', 'name', 'mime', 'size'] };
  }
  return { ...populate, ...(def.populate ?? {}) };
}

/** What a page reads of the relations: owned ones as ids (in the reader's scope), and the resource's own nested populate. */
function pageRelations(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser): { relations: RelationRead[]; populate: Record<string, unknown> } {
  const scoped = scopedRelations(strapi, def, user);
  const relations: RelationRead[] = [];
  const media: Record<string, unknown> = {};
  for (const [field, attr] of Object.entries(attributesOf(strapi, def.uid))) {
    if (def.hidden?.includes(field) || (def.populate && Object.hasOwn(def.populate, field))) continue;
    if (attr.type === 'relation' && !attr.mappedBy && attr.target?.startsWith('api::')) relations.push({ field, scope: scoped[field] });
    if (attr.type === 'media') media[field] = { select: ['url', 'name', 'mime', 'size'] };
  }
  return { relations, populate: { ...media, ...dbPopulate(def.populate ?? {}) } };
}

export function serialize(strapi: Core.Strapi, def: ResourceDef, record: DocumentRecord): Record<string, unknown> {
  const attrs = attributesOf(strapi, def.uid);
  const out: Record<string, unknown> = { id: record.documentId };
  for (const [field, attr] of Object.entries(attrs)) {
    if (def.hidden?.includes(field) || attr.type === 'password') continue;
    const value = record[field];
    if (attr.type === 'relation') {
      if (attr.mappedBy || !attr.target?.startsWith('api::')) continue;
      if (isToMany(attr)) out[field] = Array.isArray(value) ? value.map((v) => (v as DocumentRecord).documentId) : [];
      else out[field] = value ? (value as DocumentRecord).documentId : null;
    } else if (attr.type === 'media') {
      out[field] = signMedia(value ?? null);
    } else {
      out[field] = value ?? null;
    }
  }
  out.createdAt = record.createdAt ?? null;
  out.updatedAt = record.updatedAt ?? null;
  return def.present ? def.present(record, out) : out;
}

export function assertAllowed(user: BackofficeUser, def: ResourceDef, action: Action) {
  if (!can(user.role, def.name, action)) throw forbidden();
}

const and = (...parts: Array<Filters | undefined>): Filters => {
  const list = parts.filter((p): p is Filters => !!p && Object.keys(p).length > 0);
  return list.length === 0 ? {} : list.length === 1 ? list[0] : { $and: list };
};

/** What of a resource this user may not read (its `hidden` fields, and `readHidden` for their role): never answered, filtered nor sorted on. */
export const hiddenFor = (def: ResourceDef, user: BackofficeUser): string[] => [...(def.hidden ?? []), ...(def.readHidden?.(user) ?? [])];

/** An answer without the fields the user may not read. */
export const readable = (def: ResourceDef, user: BackofficeUser, out: Record<string, unknown>) => omitFields(out, def.readHidden?.(user, out) ?? []);

export async function list(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, query: Record<string, unknown>) {
  if (def.single) {
    assertAllowed(user, def, 'read');
    return { rows: [await def.single.read(strapi)], total: 1, start: 0 };
  }
  // A hook may authorize part of the resource (one record's history for whoever reads the record).
  if (!(await def.authorizeList?.(strapi, user, query))) assertAllowed(user, def, 'read');
  const ctx = await ruleContext(strapi, def, user);
  const bound = def.virtualFilters ? await resolveVirtualFilters(def.virtualFilters, query.filter, ctx) : undefined;
  const attributes = attributesOf(strapi, def.uid);
  // A filter by a place or a theme includes what lies beneath it (the tree rule).
  const parsed = parseListQuery({ ...query, filter: await expandTreeFilters(strapi, def, attributes, query.filter) }, {
    attributes,
    searchable: def.searchable,
    hidden: hiddenFor(def, user),
    virtualFilters: bound,
    relationScopes: scopedRelations(strapi, def, user),
    indexedWord: indexedSearch(strapi, def),
  });
  const filters = and(def.readScope?.(user), parsed.filters, await def.impliedFilters?.(parsed.filters));
  // Straight to the database layer, outside any transaction: one statement for the page with its
  // relation ids, one for the count (the Document Service takes a transaction and a query per relation).
  const rows = await readPage(strapi, def.uid, { where: filters, orderBy: parsed.sort, start: parsed.start, limit: parsed.limit, ...pageRelations(strapi, def, user) });
  const total = rows.length < parsed.limit && (rows.length > 0 || parsed.start === 0) ? parsed.start + rows.length : await countRecords(strapi, def.uid, filters);
  const out = rows.map((r) => serialize(strapi, def, r));
  await def.decorate?.(out, ctx);
  return { rows: out.map((r) => readable(def, user, r)), total: total as number, start: parsed.start };
}

const NO_RULES = {} as Rules;

/**
 * Virtual filters may need the database (a goal's health is computed, not stored): run the
 * ones the query uses first, then hand the pure parser their results.
 */
async function resolveVirtualFilters(filters: NonNullable<ResourceDef['virtualFilters']>, rawFilter: unknown, ctx: RuleContext) {
  let given: Record<string, unknown> = {};
  try {
    given = typeof rawFilter === 'string' && rawFilter ? (JSON.parse(rawFilter) as Record<string, unknown>) : {};
  } catch {
    given = {}; // the parser reports malformed JSON
  }
  const resolved = new Map<string, Filters>();
  if (given && typeof given === 'object' && !Array.isArray(given)) {
    for (const [key, value] of Object.entries(given)) {
      const { field, op } = splitOperator(key);
      const filter = own(filters, field);
      if (filter) resolved.set(`${field}|${op}`, await filter(value, op, ctx));
    }
  }
  return Object.fromEntries(Object.keys(filters).map((name) => [name, (_v: unknown, op: string) => resolved.get(`${name}|${op}`) ?? {}]));
}

/** The rules context of a call: settings are read only for resources that use them. */
export async function ruleContext(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser): Promise<RuleContext> {
  const now = new Date();
  const rules = def.usesRules ? await loadRules(strapi) : NO_RULES;
  return { user, now, rules, today: localDate(now, rules.timeZone ?? DEFAULT_SETTINGS.timeZone) };
}

async function present(strapi: Core.Strapi, def: ResourceDef, record: DocumentRecord, ctx: RuleContext) {
  const out = serialize(strapi, def, record);
  await def.decorate?.([out], ctx);
  return readable(def, ctx.user, out);
}

/** A record the user may read, or 404 (a record outside the scope does not exist for them). */
export async function findReadable(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, documentId: string): Promise<DocumentRecord> {
  assertAllowed(user, def, 'read');
  const record = await docs(strapi, def.uid).findFirst({
    filters: and({ documentId: { $eq: documentId } }, def.readScope?.(user)),
    populate: populateFor(strapi, def, user),
  });
  if (!record) throw notFound();
  return record as DocumentRecord;
}

/** 404 unless the user may read the record (one counting statement: nothing of it is loaded). */
export async function assertReadable(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, documentId: string): Promise<void> {
  assertAllowed(user, def, 'read');
  if (!(await countRecords(strapi, def.uid, and({ documentId: { $eq: documentId } }, def.readScope?.(user))))) throw notFound();
}

export async function getOne(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, documentId: string) {
  if (def.single) {
    assertAllowed(user, def, 'read');
    if (documentId !== 'current') throw notFound();
    return def.single.read(strapi);
  }
  const record = await findReadable(strapi, def, user, documentId);
  return present(strapi, def, record, await ruleContext(strapi, def, user));
}

/**
 * Checks that related ids exist (one query per relation field), unique values and tree cycles.
 * A related record outside the user's read scope does not exist for them.
 */
export async function checkReferences(
  strapi: Core.Strapi,
  def: ResourceDef,
  data: Record<string, unknown>,
  relationIds: Array<{ field: string; target: string; ids: string[] }>,
  selfId?: string,
  fileIds: Array<{ field: string; ids: number[] }> = [],
  user?: BackofficeUser,
): Promise<FieldError[]> {
  const errors: FieldError[] = [];
  for (const { field, ids } of fileIds) {
    const found = await strapi.db.query('plugin::upload.file').count({ where: { id: { $in: ids } } });
    if (found !== ids.length) errors.push({ path: field, code: 'not_found', params: { variant: 'file' }, message: 'Algún archivo no existe: súbalo de nuevo' });
  }
  for (const { field, target, ids } of relationIds) {
    const where = and({ documentId: { $in: ids } }, targetScope(target, user));
    const found = (await strapi.db.query(target as never).findMany({ select: ['documentId'], where })) as Array<{ documentId: string }>;
    const known = new Set(found.map((f) => f.documentId));
    const missing = ids.filter((id) => !known.has(id));
    if (missing.length) errors.push({ path: field, code: 'not_found', params: { ids: missing }, message: `No existe: ${missing.join(', ')}` });
  }
  const attrs = attributesOf(strapi, def.uid);
  for (const [field, attr] of Object.entries(attrs)) {
    if (!attr.unique || data[field] === undefined || data[field] === null) continue;
    const clash = await strapi.db.query(def.uid as never).findOne({
      select: ['documentId'],
      where: { [field]: data[field], ...(selfId ? { documentId: { $ne: selfId } } : {}) },
    });
    if (clash) errors.push({ path: field, code: 'unique', message: 'Ya existe otro registro con este valor' });
  }
  if (def.treeParent && typeof data[def.treeParent] === 'string' && selfId && (await parentClosesCycle(strapi, def.uid, selfId, data[def.treeParent] as string))) {
    errors.push({ path: def.treeParent, code: 'cycle', message: 'No puede ser su propio antecesor' });
  }
  return errors;
}

export async function prepareWrite(
  strapi: Core.Strapi,
  def: ResourceDef,
  body: unknown,
  mode: 'create' | 'update',
  opts: { selfId?: string; existing?: Record<string, unknown>; user?: BackofficeUser } = {},
): Promise<Record<string, unknown>> {
  const { selfId, existing, user } = opts;
  const { data, errors, relationIds, fileIds } = validateWrite(attributesOf(strapi, def.uid), body, mode, { hidden: def.hidden, readOnly: def.readOnly });
  if (def.validate && !errors.length) errors.push(...def.validate({ ...(existing ?? {}), ...data }));
  if (errors.length) throw new BadRequest(errors);
  const refErrors = await checkReferences(strapi, def, data, relationIds, selfId, fileIds, user);
  if (refErrors.length) throw new BadRequest(refErrors);
  return data;
}

/*
 * A write is one transaction: the record, its audit entry, its outbox rows and what its hooks
 * write (a task's progress from a follow-up, a member's login account) commit or roll back
 * together. A caller's transaction (an action that writes several records) takes them in.
 */
export const create = (strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, body: unknown) =>
  inTransaction(strapi, () => createNow(strapi, def, user, body));

export const update = (strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, documentId: string, body: unknown) =>
  inTransaction(strapi, () => updateNow(strapi, def, user, documentId, body));

export const remove = (strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, documentId: string) =>
  inTransaction(strapi, () => removeNow(strapi, def, user, documentId));

async function createNow(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, body: unknown) {
  if (def.single || def.readonlyResource) throw forbidden();
  assertAllowed(user, def, 'create');
  if (def.canWrite && !def.canWrite(user, 'create', undefined)) throw forbidden();
  const ctx = await ruleContext(strapi, def, user);
  if (def.create) return present(strapi, def, await def.create((body ?? {}) as Record<string, unknown>, user), ctx);
  const withDefaults = def.defaults && body && typeof body === 'object' && !Array.isArray(body) ? { ...def.defaults(ctx), ...stripEmpty(body) } : body;
  const data = await prepareWrite(strapi, def, withDefaults, 'create', { user });
  await def.beforeWrite?.(data, ctx);
  assertWorkflow(def, undefined, data);
  const created = await docs(strapi, def.uid).create({ data, populate: populateFor(strapi, def, user) });
  const out = await present(strapi, def, created as DocumentRecord, ctx);
  await def.afterWrite?.(out, ctx);
  return out;
}

/** A default applies where the client sent nothing, null or an empty string. */
const stripEmpty = (body: object) => Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined && v !== null && v !== ''));

/** Refuses changes to fields the role may not write (a staff member reassigning a task). */
function checkWritableFields(def: ResourceDef, user: BackofficeUser, data: Record<string, unknown>, before: Record<string, unknown>) {
  const allowed = def.writableFields?.(user);
  if (!allowed) return;
  const changed = Object.keys(data).filter((k) => !allowed.includes(k) && JSON.stringify(data[k]) !== JSON.stringify(before[k] ?? null));
  if (changed.length) {
    throw new BadRequest(changed.map((path) => ({ path, code: 'forbidden_field', message: 'Su rol no puede cambiar este campo' })));
  }
}

/** A workflow field moves only as its rule allows (or through its action): workflow.ts. */
function assertWorkflow(def: ResourceDef, before: Record<string, unknown> | undefined, data: Record<string, unknown>) {
  const problems = plainWriteProblems(def, before, data);
  if (problems.length) throw new BadRequest(problems);
}

async function updateNow(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, documentId: string, body: unknown) {
  if (def.readonlyResource) throw forbidden();
  assertAllowed(user, def, 'update');
  if (def.single) {
    if (documentId !== 'current') throw notFound();
    return def.single.update(strapi, body);
  }
  const existing = await findReadable(strapi, def, user, documentId);
  if (def.canWrite && !def.canWrite(user, 'update', existing)) throw forbidden();
  const ctx = await ruleContext(strapi, def, user);
  if (def.update) return present(strapi, def, await def.update(documentId, (body ?? {}) as Record<string, unknown>, user), ctx);
  const before = serialize(strapi, def, existing);
  const data = await prepareWrite(strapi, def, body, 'update', { selfId: documentId, existing: before, user });
  checkWritableFields(def, user, data, before);
  await keepHiddenLinks(strapi, def, user, documentId, before, data);
  await def.beforeWrite?.(data, { ...ctx, existing });
  assertWorkflow(def, before, data);
  const updated = await docs(strapi, def.uid).update({ documentId, data, populate: populateFor(strapi, def, user) });
  const out = await present(strapi, def, updated as DocumentRecord, ctx);
  await def.afterWrite?.(out, { ...ctx, existing: before });
  return out;
}

/**
 * The user was shown no link where the record points to something they may not read, so the
 * form sends it back empty: that must not unlink it. Hidden links stay beside what was sent.
 */
async function keepHiddenLinks(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, documentId: string, before: Record<string, unknown>, data: Record<string, unknown>) {
  const fields = Object.keys(scopedRelations(strapi, def, user)).filter((f) => data[f] !== undefined);
  if (!fields.length) return;
  const stored = (await docs(strapi, def.uid).findOne({
    documentId,
    fields: ['documentId'],
    populate: Object.fromEntries(fields.map((f) => [f, { fields: ['documentId'] }])),
  })) as DocumentRecord;
  for (const field of fields) {
    const value = stored[field];
    if (Array.isArray(value)) {
      const shown = new Set((before[field] as string[] | null) ?? []);
      const hidden = value.map((v) => (v as DocumentRecord).documentId).filter((id) => !shown.has(id));
      if (hidden.length) data[field] = [...new Set([...((data[field] as string[] | null) ?? []), ...hidden])];
    } else if (value && before[field] === null && data[field] === null) {
      delete data[field];
    }
  }
}

async function removeNow(strapi: Core.Strapi, def: ResourceDef, user: BackofficeUser, documentId: string) {
  if (def.single || def.readonlyResource) throw forbidden();
  assertAllowed(user, def, 'delete');
  const existing = await findReadable(strapi, def, user, documentId);
  if (def.canWrite && !def.canWrite(user, 'delete', existing)) throw forbidden();
  await docs(strapi, def.uid).delete({ documentId });
  return readable(def, user, serialize(strapi, def, existing));
}
