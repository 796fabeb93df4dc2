import type { Core } from '@strapi/strapi';
import ical, { ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { TZDate } from '@date-fns/tz';
import { loadRules } from '../../backoffice/rules';
import { publicUrl } from '../../notifications/links';
import { linkedUnder } from '../../backoffice/tree';

const UID = 'api::activity.activity';
/** What citizens see of the agenda: confirmed and held activities, never tentative ones. */
export const PUBLIC_STATUSES = ['confirmed', 'done', 'cancelled'];

type Named = { documentId: string; name: string; code: string };
type ActivityRow = {
  documentId: string;
  title: string;
  description: string | null;
  start: string;
  end: string;
  allDay: boolean | null;
  kind: string;
  status: string;
  visibility: string;
  locationText: string | null;
  place: Named | null;
  themes: Named[];
  places: Named[];
};

const named = { select: ['documentId', 'name', 'code'] };
const SELECT = ['documentId', 'title', 'description', 'start', 'end', 'allDay', 'kind', 'status', 'visibility', 'locationText'];

/** The public view of an activity: no brief, minutes, participants or actors. */
export function toPublic(a: ActivityRow) {
  const iso = (v: string) => new Date(v).toISOString();
  const n = (x: Named | null) => (x ? { id: x.documentId, name: x.name, code: x.code } : null);
  return {
    id: a.documentId,
    title: a.title,
    description: a.description,
    start: iso(a.start),
    end: iso(a.end),
    allDay: !!a.allDay,
    kind: a.kind,
    status: a.status,
    locationText: a.locationText,
    place: n(a.place),
    themes: a.themes.map(n),
    places: a.places.map(n),
  };
}
export type PublicActivity = ReturnType<typeof toPublic>;

/** Activities for feeds and the public site. `scope` adds the reader's limits (public only for citizens). */
export async function findActivities(strapi: Core.Strapi, where: Record<string, unknown>, limit = 1000): Promise<ActivityRow[]> {
  return (await strapi.db.query(UID).findMany({
    select: SELECT,
    where,
    orderBy: [{ start: 'asc' }, { id: 'asc' }],
    limit,
    populate: { place: named, themes: named, places: named },
  })) as ActivityRow[];
}

export const publicWhere = { visibility: 'public', status: { $in: PUBLIC_STATUSES } };

/**
 * The where clauses of activities of a theme or a place (codes), with what lies beneath it: a
 * district's activities are those whose main place or places are in it or in its corregimientos.
 */
export async function activitiesUnder(strapi: Core.Strapi, filter: { theme?: string; place?: string }): Promise<Array<Record<string, unknown>>> {
  const clauses: Array<Record<string, unknown>> = [];
  if (filter.theme) clauses.push(await linkedUnder(strapi, 'api::theme.theme', 'themes', filter.theme));
  if (filter.place) {
    const [inPlaces, atPlace] = await Promise.all([linkedUnder(strapi, 'api::place.place', 'places', filter.place), linkedUnder(strapi, 'api::place.place', 'place', filter.place)]);
    clauses.push({ $or: [inPlaces, atPlace] });
  }
  return clauses;
}

/** The public agenda between two instants, of a theme or a place with what lies beneath it (a district: its corregimientos too). */
export async function publicAgenda(strapi: Core.Strapi, from: Date, to: Date, filter: { theme?: string; place?: string } = {}) {
  const rows = await findActivities(strapi, { $and: [publicWhere, { start: { $lt: to.toISOString() }, end: { $gt: from.toISOString() } }, ...(await activitiesUnder(strapi, filter))] });
  return rows.map(toPublic);
}

export async function publicActivity(strapi: Core.Strapi, documentId: string) {
  const [row] = await findActivities(strapi, { ...publicWhere, documentId }, 1);
  return row ? toPublic(row) : null;
}

const STATUS: Record<string, ICalEventStatus> = {
  confirmed: ICalEventStatus.CONFIRMED,
  done: ICalEventStatus.CONFIRMED,
  tentative: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

/** An RFC 5545 calendar of activities, in the municipality's time zone (with its VTIMEZONE). */
export async function toICal(strapi: Core.Strapi, rows: ActivityRow[], opts: { name: string; withPrivateFields?: boolean }) {
  const rules = await loadRules(strapi);
  const calendar = ical({
    name: opts.name,
    prodId: { company: 'SIGOBito', product: 'agenda', language: 'ES' },
    timezone: { name: rules.timeZone, generator: getVtimezoneComponent },
    ttl: 60 * 30,
  });
  for (const a of rows) {
    const p = toPublic(a);
    const description = [p.description, opts.withPrivateFields && a.visibility === 'private' ? '(actividad privada)' : null].filter(Boolean).join('\n\n');
    calendar.createEvent({
      id: `${p.id}@sigobito`,
      // ical-generator writes wall-clock times with TZID only from zone-aware dates.
      start: new TZDate(Date.parse(p.start), rules.timeZone),
      end: new TZDate(Date.parse(p.end), rules.timeZone),
      allDay: p.allDay,
      timezone: rules.timeZone,
      summary: p.title,
      description: description || undefined,
      location: [p.locationText, p.place?.name].filter(Boolean).join(', ') || undefined,
      status: STATUS[p.status] ?? ICalEventStatus.CONFIRMED,
      url: a.visibility === 'public' ? publicUrl(`agenda/${p.id}`) : undefined,
    });
  }
  return calendar.toString();
}
