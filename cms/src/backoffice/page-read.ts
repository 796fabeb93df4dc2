import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { own } from '@sigobito/config/contracts';
import type { DocumentRecord, Filters } from './types';

/*
 * A list page in one SQL statement: the rows with the ids of their relations, each relation an
 * aggregate subquery in the select list, instead of the Document Service's one query per
 * relation inside a transaction. Scalar values go through Strapi's own row mapping, so a record
 * reads exactly as the Document Service gives it (`{ documentId, ...fields, rel: { documentId } }`).
 */

/** Strapi's mapping of a database row to attribute values (booleans, dates, JSON by dialect): not exported by @strapi/database. */
type FromRow = (meta: unknown, rows: unknown) => unknown;
let fromRowFn: FromRow | undefined;
function fromRow(): FromRow {
  if (!fromRowFn) {
    const dist = path.dirname(require.resolve('@strapi/database', { paths: [process.cwd(), path.join(__dirname, '..', '..')] }));
    fromRowFn = (require(path.join(dist, 'query/helpers/transform.js')) as { fromRow: FromRow }).fromRow;
  }
  return fromRowFn;
}

/** A relation read as ids, with the part of its target the reader may see (undefined: all of it). */
export type RelationRead = { field: string; scope?: Filters };

export type PageQuery = {
  where: Filters;
  /** `field:asc|desc`; without it, and without `limit`, every matching record (a batch for a page's computed fields). */
  orderBy?: string;
  start?: number;
  limit?: number;
  /** Owned relations answered as ids, one subquery each. */
  relations: RelationRead[];
  /** The scalar fields to read (besides `id` and `documentId`); without it, all of them. A batch that needs a few columns of many rows reads only those. */
  fields?: string[];
  /** Other relations with nested fields (a member's account and role), read by Strapi's populate: a fixed number of statements. */
  populate?: Record<string, unknown>;
};

type JoinTable = {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  on?: Record<string, unknown>;
};
type MetaAttribute = { type: string; relation?: string; target?: string; joinTable?: JoinTable; columnName?: string };
type Meta = { tableName: string; attributes: Record<string, MetaAttribute>; indexes?: Array<{ columns: string[] }> };
type QueryBuilder = {
  alias: string;
  init: (params: Record<string, unknown>) => QueryBuilder;
  getKnexQuery: () => KnexBuilder;
  execute: (o?: { mapResults?: boolean }) => Promise<unknown>;
};
type KnexBuilder = { whereRaw: (sql: string, bindings?: unknown[]) => KnexBuilder };
type Db = {
  connection: { raw: (sql: string, bindings?: unknown[]) => unknown } & ((table: string) => { select: (column: string) => { whereIn: (column: string, values: unknown) => unknown } });
  dialect: { client: string };
  metadata: { get: (uid: string) => Meta };
  entityManager: { createQueryBuilder: (uid: string) => QueryBuilder };
};

const dbOf = (strapi: Core.Strapi) => strapi.db as unknown as Db;
const hasDraftAndPublish = (strapi: Core.Strapi, uid: string) =>
  !!(strapi.contentType(uid as never) as unknown as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish;

/** The back office reads the draft version of a type with draft and publish, as the Document Service does by default. */
export const withStatus = (strapi: Core.Strapi, uid: string, where: Filters): Filters =>
  hasDraftAndPublish(strapi, uid) ? (Object.keys(where).length ? { $and: [where, { publishedAt: { $null: true } }] } : { publishedAt: { $null: true } }) : where;

const TO_MANY = new Set(['oneToMany', 'manyToMany']);

/**
 * The ids of one relation of the row `outer`, as a correlated subquery. The link table drives it
 * (its index on the owner's id), the target is reached by its primary key: `CROSS JOIN` keeps
 * SQLite from starting at the target's own indexes (an index on `visibility` walked every public
 * activity for a task's link) and is a plain inner join for MariaDB. The reader's scope on the
 * target is an `EXISTS` on that one target row.
 */
function relationSubquery(strapi: Core.Strapi, meta: Meta, outer: string, read: RelationRead) {
  const db = dbOf(strapi);
  const attr = meta.attributes[read.field];
  const jt = attr?.joinTable;
  if (!attr || !attr.target || !jt || jt.on) throw new Error(`page-read: ${read.field} is not a plain link-table relation`);
  const target = db.metadata.get(attr.target);
  const toMany = TO_MANY.has(String(attr.relation));
  const conditions = ['j.?? = ??'];
  const bindings: unknown[] = [jt.name, target.tableName, jt.inverseJoinColumn.name, jt.joinColumn.name, `${outer}.id`];
  if (hasDraftAndPublish(strapi, attr.target)) conditions.push('r.published_at is null');
  if (read.scope && Object.keys(read.scope).length) {
    const scoped = db.entityManager.createQueryBuilder(attr.target).init({ select: ['id'], where: read.scope }).getKnexQuery().whereRaw('?? = r.id', [`t0.id`]);
    conditions.push('exists ?');
    bindings.push(scoped);
  }
  const from = `from ?? as j cross join ?? as r on r.id = j.?? where ${conditions.join(' and ')}`;
  if (!toMany) return db.connection.raw(`(select r.document_id ${from} limit 1) as ??`, [...bindings, read.field]);
  const order = jt.orderColumnName ? 'j.??' : 'j.id';
  const orderBindings = jt.orderColumnName ? [jt.orderColumnName] : [];
  const aggregate = db.dialect.client === 'sqlite' ? 'json_group_array' : 'json_arrayagg';
  // The aggregate's ORDER BY comes first in the SQL text: its bindings go first too.
  return db.connection.raw(`(select ${aggregate}(r.document_id order by ${order}) ${from}) as ??`, [...orderBindings, ...bindings, read.field]);
}

/**
 * Filters on a linked record (`{ activity: { documentId: { $in: [...] }, ...scope } }`, `{ responsible: { id } }`) as
 * `id IN (the link table's owners of the matching targets)`. Strapi joins the link table and the
 * target instead, and SQLite then walks the list's sort index over every row (a staff member's
 * tasks, the tasks of one activity: all 15,000 tasks for a page of 25); the subquery is driven by
 * the target's document id and the link's own index. Only positive conditions (top level, `$and`,
 * `$or`): under `$not` the join's meaning for records without a link is kept as it was.
 */
/** A condition that names linked records (by document id or id), not one on whether there is a link (`id: { $null }`). */
function namesTargets(value: unknown): value is Filters {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = ['id', 'documentId'].filter((k) => Object.prototype.hasOwnProperty.call(value, k));
  // `{ id: null }`, `{ id: { $null } }`, `{ documentId: { $eq: null } }`…: whether there is a link, which the join answers.
  const onPresence = (condition: unknown) =>
    condition === null ||
    (typeof condition === 'object' &&
      !Array.isArray(condition) &&
      (['$null', '$notNull'].some((k) => Object.prototype.hasOwnProperty.call(condition, k)) || (condition as Record<string, unknown>).$eq === null));
  return keys.length > 0 && !keys.some((k) => onPresence((value as Record<string, unknown>)[k]));
}

export function linkSubqueries(strapi: Core.Strapi, uid: string, where: Filters): Filters {
  const db = dbOf(strapi);
  const meta = db.metadata.get(uid);
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    const links: Filters[] = [];
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      const attr = Object.prototype.hasOwnProperty.call(meta.attributes, key) ? meta.attributes[key] : undefined;
      const jt = attr?.type === 'relation' ? attr.joinTable : undefined;
      const onTarget = namesTargets(value) ? value : undefined;
      if (attr?.target && jt && !jt.on && onTarget) {
        const targets = db.entityManager.createQueryBuilder(attr.target).init({ select: ['id'], where: onTarget }).getKnexQuery();
        links.push({ id: { $in: db.connection(jt.name).select(jt.joinColumn.name).whereIn(jt.inverseJoinColumn.name, targets) } });
      } else out[key] = key === '$and' || key === '$or' ? walk(value) : value;
    }
    // Each link a condition of its own under `$and` (several may be on `id`).
    if (links.length) out.$and = [...((out.$and as unknown[]) ?? []), ...links];
    return out;
  };
  return walk(where) as Filters;
}

/** The most values of an `IN` a page is read from partition by partition (beyond, one partition's walk costs more than the sort). */
const MAX_PARTITIONS = 8;

/** The conditions a filter ANDs together: its keys, and inside `$and`, theirs (undefined for anything but plain objects). */
function conjuncts(where: unknown): Filters[] | undefined {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return undefined;
  const out: Filters[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (key !== '$and') out.push({ [key]: value });
    else if (!Array.isArray(value)) return undefined;
    else
      for (const inner of value) {
        const more = conjuncts(inner);
        if (!more) return undefined;
        out.push(...more);
      }
  }
  return out;
}

/**
 * A page of `… AND field IN (a, b) ORDER BY sort LIMIT n` where an index leads with (field, sort):
 * the rows of the page are among the first `start + n` of each value's own part of the index,
 * `(… field = a ORDER BY sort LIMIT start + n) UNION ALL (… field = b …)`, so the page reads
 * `values × (start + n)` index entries instead of every matching row (all open tasks, to show
 * the 25 due first: the one part of a list's read that grew with the data). The page itself
 * keeps the whole condition, order and limit, so it answers exactly the same rows. (Descending,
 * MariaDB still sorts each value's rows: Strapi breaks ties by `id` ascending, which an index
 * walked backwards does not give.)
 * Undefined when the condition has no such `IN` among the conditions it ANDs.
 */
export function partitionedPage(meta: Meta, where: Filters, orderBy: string): { field: string; values: unknown[]; rest: Filters[] } | undefined {
  const sortColumn = own(meta.attributes, orderBy.split(':')[0])?.columnName;
  if (!sortColumn) return undefined;
  const conditions = conjuncts(where) ?? [];
  for (const [i, c] of conditions.entries()) {
    const [key, cond] = Object.entries(c)[0];
    const attr = own(meta.attributes, key);
    if (!attr || attr.type === 'relation' || !attr.columnName || !cond || typeof cond !== 'object' || Object.keys(cond).length !== 1) continue;
    const values = (cond as Record<string, unknown>).$in;
    if (!Array.isArray(values) || values.length < 2 || values.length > MAX_PARTITIONS || new Set(values).size !== values.length) continue;
    if ((meta.indexes ?? []).some((ix) => ix.columns[0] === attr.columnName && ix.columns[1] === sortColumn)) {
      return { field: key, values, rest: conditions.filter((_, j) => j !== i) };
    }
  }
  return undefined;
}

const idsOf = (value: unknown): string[] => {
  const list = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
};

/** One page of records, their relations as ids, in one statement (plus one per nested `populate`). */
export async function readPage(strapi: Core.Strapi, uid: string, q: PageQuery): Promise<DocumentRecord[]> {
  const db = dbOf(strapi);
  const meta = db.metadata.get(uid);
  const wanted = q.fields ? new Set(['id', 'documentId', ...q.fields]) : null;
  const scalars = Object.entries(meta.attributes)
    .filter(([name, a]) => a.type !== 'relation' && a.type !== 'component' && a.type !== 'dynamiczone' && a.type !== 'media' && (!wanted || wanted.has(name)))
    .map(([name]) => name);
  const unknown = q.fields?.filter((f) => !scalars.includes(f));
  if (unknown?.length) throw new Error(`page-read: ${uid} has no scalar field ${unknown.join(', ')}`);
  const qb = db.entityManager.createQueryBuilder(uid);
  const subqueries = q.relations.map((r) => relationSubquery(strapi, meta, qb.alias, r));
  const [field, dir] = (q.orderBy ?? 'id:asc').split(':');
  const where = (w: Filters) => withStatus(strapi, uid, linkSubqueries(strapi, uid, w));
  const parts = q.limit !== undefined && q.orderBy ? partitionedPage(meta, q.where, q.orderBy) : undefined;
  const pageIds = parts?.values.map((value) => {
    const part = db.entityManager.createQueryBuilder(uid);
    // `t0.id`, not `id`: a filter that joins a relation makes Strapi select DISTINCT with the sort
    // columns first, and it drops `t0.id` as a repeat of them where a bare `id` would be a second
    // column of that name (MariaDB refuses a derived table with two).
    part.init({ select: [`${part.alias}.id`], where: where({ $and: [...parts.rest, { [parts.field]: { $eq: value } }] }), orderBy: [{ [field]: dir }], limit: (q.start ?? 0) + q.limit! });
    return db.connection.raw('select p.id from ? as p', [part.getKnexQuery()]);
  });
  // The union wrapped in a derived table: MariaDB turns `IN (select … from derived)` into a join
  // that starts from the few ids, where it can do no such thing with a bare UNION.
  const inParts = pageIds && db.connection.raw(`select u.id from (${pageIds.map(() => '?').join(' union all ')}) as u`, pageIds);
  qb.init({
    select: [...scalars, ...subqueries],
    where: inParts ? { $and: [where(q.where), { id: { $in: inParts } }] } : where(q.where),
    orderBy: [{ [field]: dir }],
    ...(q.limit !== undefined ? { offset: q.start ?? 0, limit: q.limit } : {}),
    ...(q.populate && Object.keys(q.populate).length ? { populate: q.populate } : {}),
  });
  const rows = (await qb.execute({ mapResults: false })) as Array<Record<string, unknown>>;
  const records = fromRow()(meta, rows) as DocumentRecord[];
  const toMany = new Set(q.relations.filter((r) => TO_MANY.has(String(meta.attributes[r.field].relation))).map((r) => r.field));
  for (const record of records) {
    for (const { field: name } of q.relations) {
      const value = record[name];
      record[name] = toMany.has(name) ? idsOf(value).map((documentId) => ({ documentId })) : typeof value === 'string' ? { documentId: value } : null;
    }
  }
  return records;
}

/** How many records match (one statement, no transaction). */
export async function countRecords(strapi: Core.Strapi, uid: string, where: Filters): Promise<number> {
  return Number(await strapi.db.query(uid as never).count({ where: withStatus(strapi, uid, linkSubqueries(strapi, uid, where)) as never }));
}

/** Converts a Document Service populate (`fields`, `filters`) to the database layer's (`select`, `where`). */
export function dbPopulate(populate: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(populate)) {
    if (!value || typeof value !== 'object') {
      out[key] = value;
      continue;
    }
    const { fields, filters, populate: nested, ...rest } = value as Record<string, unknown>;
    out[key] = {
      ...rest,
      ...(fields ? { select: fields } : {}),
      ...(filters ? { where: filters } : {}),
      ...(nested ? { populate: dbPopulate(nested as Record<string, unknown>) } : {}),
    };
  }
  return out;
}
