import type { Core } from '@strapi/strapi';

/*
 * A lived-in agenda in bulk, straight into the tables (thousands of rows in a second): activities
 * two hours apart, most of them public, and tasks each linked to one of them, for tests that need
 * the sizes where query plans and statement counts matter.
 */

type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string }; orderColumnName?: string; inverseOrderColumnName?: string };
type Meta = { tableName: string; attributes: Record<string, { joinTable?: JoinTable }> };
const metaOf = (strapi: Core.Strapi, uid: string) => (strapi.db as unknown as { metadata: { get: (u: string) => Meta } }).metadata.get(uid);

/** Inserts rows of a relation's link table: owner id → target id. */
async function link(strapi: Core.Strapi, uid: string, field: string, pairs: Array<[number, number]>) {
  const jt = metaOf(strapi, uid).attributes[field].joinTable!;
  const rows = pairs.map(([owner, target], i) => ({
    [jt.joinColumn.name]: owner,
    [jt.inverseJoinColumn.name]: target,
    ...(jt.orderColumnName ? { [jt.orderColumnName]: 1 } : {}),
    ...(jt.inverseOrderColumnName ? { [jt.inverseOrderColumnName]: i + 1 } : {}),
  }));
  await insertAll(strapi, jt.name, rows);
}

/** Rows in chunks of 200, each its own statement (no transaction: the pool's one SQLite connection stays free). */
async function insertAll(strapi: Core.Strapi, table: string, rows: Array<Record<string, unknown>>) {
  for (let i = 0; i < rows.length; i += 200) await strapi.db.connection(table).insert(rows.slice(i, i + 200));
}

const docId = (prefix: string, i: number) => `${prefix}${String(i).padStart(24 - prefix.length, '0')}`;

/**
 * `activities` activities from `from` on, 2 h apart (4 in 5 public), and `tasks` tasks, task i
 * linked to activity i·step (so the public and private ones alike), every third one assigned to
 * `responsible` (a member's id), the others to `other`.
 */
export async function bulkAgenda(
  strapi: Core.Strapi,
  opts: { activities: number; tasks: number; from: Date; responsible: number; other: number; tag?: string },
): Promise<{ activityIds: number[]; taskIds: number[] }> {
  const knex = strapi.db.connection;
  const tag = opts.tag ?? 'bulk';
  const stamp = new Date();
  const common = { created_at: stamp, updated_at: stamp, published_at: stamp };
  const activities = Array.from({ length: opts.activities }, (_, i) => {
    const start = new Date(opts.from.getTime() + i * 2 * 3_600_000);
    return {
      ...common,
      document_id: docId(`${tag}a`, i),
      title: `Reunión ${tag} ${i}`,
      start,
      end: new Date(start.getTime() + 3_600_000),
      all_day: false,
      kind: 'meeting',
      status: i % 7 === 0 ? 'tentative' : 'confirmed',
      visibility: i % 5 === 4 ? 'private' : 'public',
    };
  });
  const activityTable = metaOf(strapi, 'api::activity.activity').tableName;
  await insertAll(strapi, activityTable, activities);
  const activityIds = ((await knex(activityTable).select('id').where('document_id', 'like', `${tag}a%`).orderBy('id')) as Array<{ id: number }>).map((r) => r.id);
  const tasks = Array.from({ length: opts.tasks }, (_, i) => ({
    ...common,
    document_id: docId(`${tag}t`, i),
    kind: 'commitment',
    title: `Compromiso ${tag} ${i}`,
    priority: 3,
    status: i % 4 === 3 ? 'done' : 'pending',
    progress: 0,
    due_date: new Date(opts.from.getTime() + i * 86_400_000).toISOString().slice(0, 10),
  }));
  const taskTable = metaOf(strapi, 'api::task.task').tableName;
  await insertAll(strapi, taskTable, tasks);
  const taskIds = ((await knex(taskTable).select('id').where('document_id', 'like', `${tag}t%`).orderBy('id')) as Array<{ id: number }>).map((r) => r.id);
  const step = Math.max(1, Math.floor(activityIds.length / Math.max(1, taskIds.length)));
  await link(strapi, 'api::task.task', 'activity', taskIds.map((t, i) => [t, activityIds[(i * step) % activityIds.length]]));
  await link(strapi, 'api::task.task', 'responsible', taskIds.map((t, i) => [t, i % 3 === 0 ? opts.responsible : opts.other]));
  return { activityIds, taskIds };
}
