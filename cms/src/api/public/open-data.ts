import type { Core } from '@strapi/strapi';
import type { OpenDataset } from '@sigobito/config/contracts';
import { activitiesUnder, findActivities, publicWhere, toPublic } from '../../modules/agenda/public-agenda';
import { openData } from '../../modules/goals/public-goals';
import { linkedUnder, withDescendantCodes } from '../../backoffice/tree';
import { publicUrl } from '../../notifications/links';
import { newsOpenData } from './news';

// The public API composes modules: open data gathers what the goals, the agenda, Comunicación and
// the catalogs publish, narrowed by a theme or a place with everything beneath it (the tree rule).

export type OpenDataFilter = { theme?: string; place?: string };
type Row = Record<string, unknown>;

const THEME = 'api::theme.theme';
const PLACE = 'api::place.place';
const codes = (list: Array<{ code: string } | null>) =>
  list
    .filter((x): x is { code: string } => !!x)
    .map((x) => x.code)
    .join('|');

/** The where clauses of a filter on records linked to themes and places. */
async function linkedTo(strapi: Core.Strapi, filter: OpenDataFilter): Promise<Row[]> {
  return [
    ...(filter.theme ? [await linkedUnder(strapi, THEME, 'themes', filter.theme)] : []),
    ...(filter.place ? [await linkedUnder(strapi, PLACE, 'places', filter.place)] : []),
  ];
}

/** Public activities only (confirmed, done or cancelled; never private ones): no participants, actors, brief or minutes. */
async function agendaRows(strapi: Core.Strapi, filter: OpenDataFilter): Promise<Row[]> {
  const rows = await findActivities(strapi, { $and: [publicWhere, ...(await activitiesUnder(strapi, filter))] }, 10_000);
  return rows.map(toPublic).map((a) => ({
    id: a.id,
    title: a.title,
    description: a.description,
    start: a.start,
    end: a.end,
    allDay: a.allDay,
    kind: a.kind,
    status: a.status,
    locationText: a.locationText,
    place: a.place?.code ?? null,
    themes: codes(a.themes),
    places: codes(a.places),
    url: publicUrl(`agenda/${a.id}`),
  }));
}

type CatalogRow = { code: string; name: string; description?: string | null; colour?: string | null; kind?: string; geometry?: unknown; parent: { code: string } | null };

/** Themes or places, a node with its whole branch when one is asked for, in code order. */
async function catalogRows(strapi: Core.Strapi, uid: string, fields: string[], code: string | undefined): Promise<CatalogRow[]> {
  const where = code ? { code: { $in: await withDescendantCodes(strapi, uid, [code]) } } : {};
  return (await strapi.db.query(uid as never).findMany({ select: ['code', 'name', ...fields], where, populate: { parent: { select: ['code'] } }, orderBy: { code: 'asc' } })) as CatalogRow[];
}

/** A stored geometry (a GeoJSON geometry, or a Feature holding one) as a bare geometry, or null. */
function geometryOf(stored: unknown): Row | null {
  if (!stored || typeof stored !== 'object') return null;
  const g = stored as { type?: unknown; geometry?: unknown };
  if (g.type === 'Feature') return geometryOf(g.geometry);
  return typeof g.type === 'string' ? (stored as Row) : null;
}

const placeRow = (p: CatalogRow) => ({ code: p.code, name: p.name, kind: p.kind ?? 'other', parent: p.parent?.code ?? null, geometry: geometryOf(p.geometry) });

/** The rows of a dataset, as its dictionary lists their columns. */
export async function openDataRows(strapi: Core.Strapi, dataset: OpenDataset['id'], filter: OpenDataFilter): Promise<Row[]> {
  switch (dataset) {
    case 'goals':
    case 'milestones':
    case 'progress-reports':
      return openData(strapi, dataset, filter);
    case 'noticias':
      return newsOpenData(strapi, await linkedTo(strapi, filter));
    case 'agenda':
      return agendaRows(strapi, filter);
    case 'themes':
      return (await catalogRows(strapi, THEME, ['description', 'colour'], filter.theme)).map((t) => ({
        code: t.code,
        name: t.name,
        description: t.description ?? null,
        colour: t.colour ?? null,
        parent: t.parent?.code ?? null,
      }));
    case 'places':
      return (await catalogRows(strapi, PLACE, ['kind', 'geometry'], filter.place)).map(placeRow);
    default:
      return [];
  }
}

/** places.geojson: the places that have a shape, as a GeoJSON FeatureCollection (RFC 7946), each named by its code. */
export async function placesGeoJson(strapi: Core.Strapi, filter: OpenDataFilter) {
  const places = (await catalogRows(strapi, PLACE, ['kind', 'geometry'], filter.place)).map(placeRow);
  return {
    type: 'FeatureCollection' as const,
    features: places
      .filter((p) => p.geometry)
      .map(({ geometry, ...properties }) => ({ type: 'Feature' as const, id: properties.code, geometry, properties })),
  };
}
