/**
 * The territory's map, laid out on the server: each place with a valid location becomes an SVG
 * path (an area or a line) or a point, projected with a Mercator projection fitted to the extent
 * of all of them. Pure: the page only writes out what this returns, so the map reads without
 * JavaScript and the same layout is the fallback under the optional tiled map.
 */
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { placeGeometry, type PlaceGeometry } from '@sigobito/config/contracts';

export type MapPlace = { code: string; name: string; geometry?: unknown };

export type MapShape = {
  code: string;
  name: string;
  /** An area (polygons), a line, or a point (one or several positions). */
  shape: 'area' | 'line' | 'point';
  /** The SVG path (areas, lines, multi-points) in the map's pixels; '' for a single point. */
  d: string;
  /** Where its marker goes: the point itself, or the centroid of the shape. */
  x: number;
  y: number;
};

export type MapLayout = { width: number; height: number; shapes: MapShape[] };

export type MapSize = { width: number; height: number; padding: number };
export const DEFAULT_MAP_SIZE: MapSize = { width: 640, height: 420, padding: 16 };

/** Around a lone point (or several at one spot) the map shows this many degrees each way. */
const LONE_POINT_SPAN = 0.01;
/** Coordinates rounded to a tenth of a pixel: smaller pages, same drawing. */
const round = (n: number) => Math.round(n * 10) / 10;

/** Twice the signed area of a ring in longitude/latitude: positive when counter-clockwise. */
const signedArea = (ring: number[][]) =>
  ring.reduce((sum, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    return sum + x1! * y2! - x2! * y1!;
  }, 0);

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo, which draws on the sphere,
 * reads a counter-clockwise ring as "the whole globe but this". Small municipal areas are turned
 * to d3's order (outer clockwise, holes counter-clockwise) whichever way they were written.
 */
const rewindPolygon = (rings: number[][][]) => rings.map((ring, i) => ((signedArea(ring) > 0) === (i === 0) ? [...ring].reverse() : ring));

function forD3(g: PlaceGeometry): PlaceGeometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: rewindPolygon(g.coordinates) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map(rewindPolygon) };
  return g;
}

const shapeOf = (g: PlaceGeometry): MapShape['shape'] =>
  g.type === 'Polygon' || g.type === 'MultiPolygon' ? 'area' : g.type === 'LineString' || g.type === 'MultiLineString' ? 'line' : 'point';

/** The positions of a geometry, for its extent. */
function positionsOf(g: PlaceGeometry): number[][] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
  }
}

/**
 * The map of `places`: the ones without a valid location are left out (the text list beside the
 * map still names them). Areas are drawn largest first so that a district never covers its
 * neighbourhoods; points last. Null when no place can be drawn.
 */
export function layoutMap(places: readonly MapPlace[], size: MapSize = DEFAULT_MAP_SIZE): MapLayout | null {
  const drawable = places.flatMap((p) => {
    const g = placeGeometry(p.geometry);
    return g ? [{ place: p, geometry: forD3(g) }] : [];
  });
  if (drawable.length === 0) return null;

  const positions = drawable.flatMap((d) => positionsOf(d.geometry));
  const lons = positions.map((p) => p[0]!);
  const lats = positions.map((p) => p[1]!);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // A projection cannot be fitted to a single spot: a small square around it instead.
  const extent: GeoPermissibleObjects =
    east - west < 1e-9 && north - south < 1e-9
      ? { type: 'MultiPoint', coordinates: [[west - LONE_POINT_SPAN, south - LONE_POINT_SPAN], [east + LONE_POINT_SPAN, north + LONE_POINT_SPAN]] }
      : { type: 'FeatureCollection', features: drawable.map((d) => ({ type: 'Feature', properties: {}, geometry: d.geometry })) };

  const { width, height, padding } = size;
  const projection = geoMercator().fitExtent([[padding, padding], [width - padding, height - padding]], extent);
  const path = geoPath(projection).pointRadius(5).digits(1);

  const shapes = drawable.map(({ place, geometry }) => {
    const shape = shapeOf(geometry);
    const object = geometry as GeoPermissibleObjects;
    const single = geometry.type === 'Point' ? projection(geometry.coordinates as [number, number]) : null;
    const [x, y] = single ?? path.centroid(object);
    return { place, shape, d: single ? '' : (path(object) ?? ''), x: round(x), y: round(y), area: shape === 'area' ? path.area(object) : 0 };
  });
  const order = { area: 0, line: 1, point: 2 } as const;
  shapes.sort((a, b) => order[a.shape] - order[b.shape] || b.area - a.area);
  return { width, height, shapes: shapes.map(({ place, shape, d, x, y }) => ({ code: place.code, name: place.name, shape, d, x, y })) };
}

/** A goal or an activity, by the places it is linked to. */
type Linked = { places?: readonly { code: string }[] | null; place?: { code: string } | null };

export type PlaceCounts = { goals: number; activities: number };

/** A place as the tree knows it: its code and its parent's. */
export type TreePlace = { code: string; parent: { code: string } | null };

/** Each place's code with the codes of the places above it (a loop in bad data is cut). */
function withAncestors(places: readonly TreePlace[]): (code: string) => string[] {
  const parentOf = new Map(places.map((p) => [p.code, p.parent?.code ?? null]));
  return (code) => {
    const chain: string[] = [];
    for (let c: string | null | undefined = code; c && !chain.includes(c); c = parentOf.get(c)) chain.push(c);
    return chain;
  };
}

/**
 * How many public goals and activities each place has: the ones linked to it or to a place
 * inside it (a goal in a corregimiento counts in its district too), each once however many of
 * its places are inside.
 */
export function countByPlace(goals: readonly Linked[], activities: readonly Linked[], places: readonly TreePlace[] = []): Map<string, PlaceCounts> {
  const up = withAncestors(places);
  const counts = new Map<string, PlaceCounts>();
  const add = (items: readonly Linked[], key: keyof PlaceCounts) => {
    for (const item of items) {
      const codes = new Set([...(item.places ?? []), ...(item.place ? [item.place] : [])].flatMap((p) => up(p.code)));
      for (const code of codes) {
        const entry = counts.get(code) ?? { goals: 0, activities: 0 };
        entry[key] += 1;
        counts.set(code, entry);
      }
    }
  };
  add(goals, 'goals');
  add(activities, 'activities');
  return counts;
}

/**
 * The places a map draws so that every one of them can be clicked: the top level, and inside
 * the place the page is about (and each place above it) the places one level down. A district
 * drawn with all its neighbourhoods on top could not be clicked anywhere.
 */
export function visiblePlaces<T extends TreePlace>(places: readonly T[], current?: string): T[] {
  const codes = new Set(places.map((p) => p.code));
  const open = new Set(current ? withAncestors(places)(current) : []);
  return places.filter((p) => !p.parent || !codes.has(p.parent.code) || open.has(p.parent.code));
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 metas, 1 actividad". */
export function countsText(counts: PlaceCounts | undefined): string {
  const { goals, activities } = counts ?? { goals: 0, activities: 0 };
  return `${plural(goals, 'meta', 'metas')}, ${plural(activities, 'actividad', 'actividades')}`;
}

/** What a place's link says to a screen reader and in its tooltip: "Barrio Las Flores: 2 metas, 1 actividad". */
export const placeLabel = (name: string, counts: PlaceCounts | undefined): string => `${name}: ${countsText(counts)}`;
