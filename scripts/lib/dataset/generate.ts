import { Prng } from './prng';
import type { Cell, Sink } from './sink';

/*
 * A municipality after four years (issue 13), deterministic: the same seed and `now` give the
 * same rows. At scale 1: 200 members, 5,000 actors, 8,000 activities (about 7 in 8 public) from
 * three years ago to one year ahead, 6,000 requests, 15,000 tasks (open and done, half linked
 * to an activity), 45,000 task updates, 60 goals × 15 milestones and ~240,000 change-log rows.
 * Rows are added beside what is there (the demo), with ids after the highest.
 */

export const SIZES = {
  members: 200,
  actors: 5000,
  activities: 8000,
  requests: 6000,
  tasks: 15000,
  taskUpdates: 45000,
  goals: 60,
  milestonesPerGoal: 15,
  auditLogs: 240000,
} as const;

export type DatasetOptions = { scale?: number; seed?: number; now?: Date; log?: (m: string) => void };

/** What the benchmark and the plan test ask for: a record with a long history, a search term, a busy month. */
export type Fixtures = {
  /** The first day of a month with many activities (UTC), and the first day of the next. */
  month: { start: string; end: string };
  /** A word of many actors' names. */
  actorQuery: string;
  /** A task with a long change log. */
  historyOf: { resource: 'tasks'; recordId: string };
  counts: Record<string, number>;
};

const DAY = 86_400_000;
const FIRST = ['Ana', 'Luis', 'María', 'José', 'Carmen', 'Jorge', 'Rosa', 'Pedro', 'Elena', 'Carlos', 'Lucía', 'Miguel', 'Sofía', 'Raúl', 'Teresa', 'Diego', 'Isabel', 'Andrés', 'Marta', 'Javier'];
const LAST = ['González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Gómez', 'Díaz', 'Vargas', 'Castillo', 'Jiménez', 'Moreno', 'Herrera', 'Medina', 'Aguilar', 'Castro', 'Ortiz', 'Rojas'];
const ORGS = ['Junta Comunal', 'Cooperativa', 'Asociación de Productores', 'Comité de Salud', 'Club de Leones', 'Escuela', 'Parroquia', 'Ministerio de Obras', 'Cámara de Comercio', 'Liga Deportiva'];
const PLACES = ['Las Guabas', 'Santa Cruz', 'El Llano', 'La Mesa', 'Río Hondo', 'Los Pozos', 'El Cristo', 'La Peña', 'San Juan', 'El Macano'];
const TOPICS = ['camino', 'acueducto', 'escuela', 'puente', 'centro de salud', 'mercado', 'alumbrado', 'cancha', 'recolección de basura', 'parque'];
const VERBS = ['Reparar', 'Revisar', 'Coordinar', 'Inspeccionar', 'Presupuestar', 'Gestionar', 'Visitar', 'Informar sobre', 'Licitar', 'Supervisar'];

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function generateDataset(sink: Sink, opts: DatasetOptions = {}): Promise<Fixtures> {
  const scale = opts.scale ?? 1;
  const rnd = new Prng(opts.seed ?? 13);
  const now = opts.now ?? new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const from = today - 3 * 365 * DAY;
  const to = today + 365 * DAY;
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  const log = opts.log ?? (() => undefined);
  const at = (ms: number) => sink.instant(new Date(ms));
  const stamp = at(now.getTime());
  const counts: Record<string, number> = {};
  const linkColumns = new Map<string, string[]>();

  /** id, document_id, fields…, created_at, updated_at, published_at (Strapi 5 sets it even without drafts), locale. */
  const rows = async (table: string, columns: string[], count: number, make: (i: number) => Cell[]) => {
    const first = (await sink.maxId(table)) + 1;
    const ids: number[] = [];
    const docIds: string[] = [];
    const out: Cell[][] = [];
    for (let i = 0; i < count; i++) {
      const id = first + i;
      const documentId = rnd.documentId();
      ids.push(id);
      docIds.push(documentId);
      out.push([id, documentId, ...make(i), stamp, stamp, stamp, null]);
    }
    await sink.insert(table, ['id', 'document_id', ...columns, 'created_at', 'updated_at', 'published_at', 'locale'], out);
    counts[table] = count;
    return { ids, docIds };
  };
  /** A relation's link table `<a>_<field>_lnk` (its order column, when it has one, numbered). */
  const link = async (table: string, pairs: Array<[number, number]>) => {
    if (!linkColumns.has(table)) linkColumns.set(table, await sink.columns(table));
    const cols = linkColumns.get(table)!.filter((c) => c !== 'id');
    const [a, b, ...rest] = cols;
    const ord = rest.filter((c) => c.endsWith('_ord'));
    const first = (await sink.maxId(table)) + 1;
    await sink.insert(table, ['id', a, b, ...ord], pairs.map(([x, y], i) => [first + i, x, y, ...ord.map(() => i + 1)]));
    counts[table] = (counts[table] ?? 0) + pairs.length;
  };

  await sink.begin();
  const themeIds = (await sink.all<{ id: number }>('SELECT id FROM themes')).map((r) => Number(r.id));
  const placeIds = (await sink.all<{ id: number }>('SELECT id FROM places')).map((r) => Number(r.id));
  const person = () => `${rnd.pick(FIRST)} ${rnd.pick(LAST)} ${rnd.pick(LAST)}`;

  const members = await rows('members', ['full_name', 'active'], n(SIZES.members), () => [person(), true]);
  log(`members ${members.ids.length}`);

  const actors = await rows('actors', ['code', 'name', 'kind', 'organization', 'title', 'email'], n(SIZES.actors), (i) => {
    const name = person();
    return [`ACT-${String(i + 1).padStart(6, '0')}`, name, rnd.pick(['person', 'institution', 'group']), `${rnd.pick(ORGS)} ${rnd.pick(PLACES)}`, rnd.chance(0.3) ? 'Presidente' : null, `actor${i + 1}@example.org`];
  });
  if (themeIds.length) await link('actors_themes_lnk', actors.ids.filter(() => rnd.chance(0.5)).map((id) => [id, rnd.pick(themeIds)]));
  log(`actors ${actors.ids.length}`);

  const activityStarts: number[] = [];
  const activities = await rows('activities', ['title', 'description', 'start', 'end', 'all_day', 'kind', 'status', 'visibility', 'location_text'], n(SIZES.activities), () => {
    const start = from + Math.floor(rnd.next() * (to - from) / (15 * 60_000)) * 15 * 60_000;
    activityStarts.push(start);
    const end = start + rnd.int(1, 8) * 30 * 60_000;
    const past = start < today;
    return [
      `${rnd.pick(['Reunión', 'Gira', 'Audiencia', 'Inauguración', 'Visita'])}: ${rnd.pick(TOPICS)} de ${rnd.pick(PLACES)}`,
      `Con la comunidad de ${rnd.pick(PLACES)} sobre el ${rnd.pick(TOPICS)}.`,
      at(start),
      at(end),
      false,
      rnd.pick(['meeting', 'public_event', 'field_visit', 'audience', 'internal', 'travel', 'other']),
      past ? rnd.pick(['done', 'done', 'done', 'cancelled']) : rnd.pick(['tentative', 'confirmed', 'confirmed']),
      rnd.chance(0.875) ? 'public' : 'private',
      `Casa comunal de ${rnd.pick(PLACES)}`,
    ];
  });
  await link('activities_actors_lnk', activities.ids.filter(() => rnd.chance(0.6)).map((id) => [id, rnd.pick(actors.ids)]));
  await link('activities_participants_lnk', activities.ids.filter(() => rnd.chance(0.5)).map((id) => [id, rnd.pick(members.ids)]));
  if (placeIds.length) await link('activities_place_lnk', activities.ids.filter(() => rnd.chance(0.5)).map((id) => [id, rnd.pick(placeIds)]));
  log(`activities ${activities.ids.length}`);

  const requests = await rows(
    'requests',
    ['kind', 'subject', 'description', 'requester_name', 'requester_organization', 'received_at', 'channel', 'answer_due_date', 'status', 'answered_at', 'tracking_code'],
    n(SIZES.requests),
    (i) => {
      const received = from + Math.floor(rnd.next() * (today - from));
      const closed = received < today - 30 * DAY || rnd.chance(0.5);
      return [
        rnd.pick(['invitation', 'audience', 'attention']),
        `Solicitud sobre el ${rnd.pick(TOPICS)} de ${rnd.pick(PLACES)}`,
        'Piden que la alcaldía atienda el asunto.',
        person(),
        rnd.pick(ORGS),
        at(received),
        rnd.pick(['letter', 'email', 'phone', 'in_person', 'web_form']),
        day(received + 10 * DAY),
        closed ? rnd.pick(['accepted', 'declined', 'delegated', 'closed']) : rnd.pick(['received', 'in_review']),
        closed ? at(received + rnd.int(1, 20) * DAY) : null,
        `BENCH${String(i + 1).padStart(7, '0')}`,
      ];
    },
  );
  await link('requests_requester_lnk', requests.ids.filter(() => rnd.chance(0.4)).map((id) => [id, rnd.pick(actors.ids)]));
  await link('requests_assigned_to_lnk', requests.ids.filter(() => rnd.chance(0.7)).map((id) => [id, rnd.pick(members.ids)]));
  log(`requests ${requests.ids.length}`);

  const goals = await rows(
    'goals',
    ['code', 'title', 'description', 'start_date', 'target_date', 'status', 'is_public', 'indicator_name', 'indicator_baseline', 'indicator_target', 'indicator_current'],
    // At least a page (25) and then some at any scale: p95 at 10× the data would otherwise compare a
    // page of 6 goals with one of 25, the page's size and not the data's.
    Math.max(30, n(SIZES.goals)),
    (i) => [
      `BENCH-${String(i + 1).padStart(3, '0')}`,
      `Mejorar el ${rnd.pick(TOPICS)} de ${rnd.pick(PLACES)}`,
      'Meta prioritaria del plan de gobierno.',
      day(from + rnd.int(0, 365) * DAY),
      day(today + rnd.int(30, 700) * DAY),
      rnd.pick(['programmed', 'in_execution', 'in_execution', 'completed']),
      rnd.chance(0.7),
      'Avance físico',
      0,
      100,
      rnd.int(0, 100),
    ],
  );
  await link('goals_manager_lnk', goals.ids.map((id) => [id, rnd.pick(members.ids)]));
  const perGoal = SIZES.milestonesPerGoal;
  const milestones = await rows('milestones', ['order', 'title', 'due_date', 'weight', 'critical', 'status', 'completed_at'], goals.ids.length * perGoal, (i) => {
    const due = from + rnd.int(0, 4 * 365) * DAY;
    const done = due < today && rnd.chance(0.8);
    return [(i % perGoal) + 1, `Hito ${(i % perGoal) + 1}: ${rnd.pick(VERBS).toLowerCase()} el ${rnd.pick(TOPICS)}`, day(due), 1, rnd.chance(0.2), done ? 'done' : rnd.pick(['pending', 'in_progress']), done ? at(due) : null];
  });
  await link('milestones_goal_lnk', milestones.ids.map((id, i) => [id, goals.ids[Math.floor(i / perGoal)]]));
  log(`goals ${goals.ids.length}, milestones ${milestones.ids.length}`);

  const tasks = await rows('tasks', ['kind', 'title', 'description', 'due_date', 'priority', 'status', 'completed_at', 'progress'], n(SIZES.tasks), () => {
    const due = from + rnd.int(0, 4 * 365) * DAY;
    const open = due > today - 60 * DAY ? rnd.chance(0.6) : rnd.chance(0.08);
    const status = open ? rnd.pick(['pending', 'in_progress']) : rnd.chance(0.9) ? 'done' : 'cancelled';
    return [
      rnd.pick(['instruction', 'errand', 'commitment']),
      `${rnd.pick(VERBS)} el ${rnd.pick(TOPICS)} de ${rnd.pick(PLACES)}`,
      'Encargo del despacho.',
      status === 'done' && rnd.chance(0.1) ? null : day(due),
      rnd.int(1, 5),
      status,
      status === 'done' ? at(Math.min(due, today)) : null,
      status === 'done' ? 100 : rnd.int(0, 90),
    ];
  });
  await link('tasks_responsible_lnk', tasks.ids.map((id) => [id, rnd.pick(members.ids)]));
  await link('tasks_assigned_by_lnk', tasks.ids.filter(() => rnd.chance(0.8)).map((id) => [id, rnd.pick(members.ids)]));
  await link('tasks_activity_lnk', tasks.ids.filter(() => rnd.chance(0.5)).map((id) => [id, rnd.pick(activities.ids)]));
  await link('tasks_request_lnk', tasks.ids.filter(() => rnd.chance(0.1)).map((id) => [id, rnd.pick(requests.ids)]));
  await link('tasks_goal_lnk', tasks.ids.filter(() => rnd.chance(0.1)).map((id) => [id, rnd.pick(goals.ids)]));
  log(`tasks ${tasks.ids.length}`);

  const updates = await rows('task_updates', ['date', 'note', 'percent'], n(SIZES.taskUpdates), () => [at(from + Math.floor(rnd.next() * (today - from))), 'Se avanzó con el encargo.', rnd.int(0, 100)]);
  await link('task_updates_task_lnk', updates.ids.map((id) => [id, rnd.pick(tasks.ids)]));
  await link('task_updates_author_lnk', updates.ids.map((id) => [id, rnd.pick(members.ids)]));
  log(`task updates ${updates.ids.length}`);

  // The change log: entries about the records above, the history of one task long on purpose.
  const kinds: Array<{ uid: string; docIds: string[]; restricted?: (i: number) => boolean }> = [
    { uid: 'api::task.task', docIds: tasks.docIds },
    { uid: 'api::activity.activity', docIds: activities.docIds },
    { uid: 'api::actor.actor', docIds: actors.docIds },
    { uid: 'api::request.request', docIds: requests.docIds },
    { uid: 'api::task-update.task-update', docIds: updates.docIds },
    { uid: 'api::milestone.milestone', docIds: milestones.docIds },
  ];
  const historyOf = tasks.docIds[Math.floor(tasks.docIds.length / 2)];
  const totalLogs = n(SIZES.auditLogs);
  const LONG = Math.min(60, totalLogs);
  await rows('audit_logs', ['action', 'content_type', 'record_id', 'record_label', 'user_id', 'user_name', 'at', 'changes', 'restricted'], totalLogs, (i) => {
    const kind = i < LONG ? kinds[0] : rnd.pick(kinds);
    const recordId = i < LONG ? historyOf : rnd.pick(kind.docIds);
    const when = from + Math.floor(rnd.next() * (today - from));
    const pct = rnd.int(0, 100);
    return [
      i % 7 === 0 ? 'create' : 'update',
      kind.uid,
      recordId,
      `${rnd.pick(VERBS)} el ${rnd.pick(TOPICS)}`,
      null,
      person(),
      at(when),
      JSON.stringify({ progress: { before: Math.max(0, pct - 10), after: pct } }),
      false,
    ];
  });
  log(`audit logs ${totalLogs}`);
  await sink.commit();
  await sink.analyze(['members', 'actors', 'activities', 'requests', 'goals', 'milestones', 'tasks', 'task_updates', 'audit_logs', ...linkColumns.keys()]);

  // The busiest month among the last twelve (the calendar's window).
  const byMonth = new Map<string, number>();
  for (const s of activityStarts) if (s >= today - 365 * DAY && s < today) byMonth.set(day(s).slice(0, 7), (byMonth.get(day(s).slice(0, 7)) ?? 0) + 1);
  const busiest = [...byMonth.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? day(today).slice(0, 7);
  const [y, m] = busiest.split('-').map(Number);
  return {
    month: { start: `${busiest}-01T00:00:00.000Z`, end: new Date(Date.UTC(y, m, 1)).toISOString() },
    actorQuery: 'Rivera',
    historyOf: { resource: 'tasks', recordId: historyOf },
    counts,
  };
}
