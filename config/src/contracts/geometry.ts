import { own } from './own';

/**
 * A place's location is GeoJSON (RFC 7946): a point, a polygon, their multi- forms or a line,
 * bare or inside a Feature. Pure: says what is wrong with a value (a variant of the error code
 * `invalid_geojson`, which the back office translates, and the reason in Spanish), or null.
 */
export const GEOMETRY_PROBLEMS = ['object', 'type', 'position', 'ring_points', 'ring_closed', 'ring_area', 'line_points', 'empty'] as const;
export type GeometryProblem = { variant: (typeof GEOMETRY_PROBLEMS)[number]; message: string };
type Check = (coordinates: unknown) => GeometryProblem | null;

const problem = (variant: GeometryProblem['variant'], message: string): GeometryProblem => ({ variant, message });

const isPosition = (p: unknown): boolean =>
  Array.isArray(p) &&
  (p.length === 2 || p.length === 3) &&
  p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  Math.abs(p[0] as number) <= 180 &&
  Math.abs(p[1] as number) <= 90;

const position: Check = (c) =>
  isPosition(c) ? null : problem('position', 'Cada punto debe ser [longitud, latitud] con longitud entre -180 y 180 y latitud entre -90 y 90');

const ring: Check = (c) => {
  if (!Array.isArray(c) || c.length < 4) return problem('ring_points', 'Cada anillo del polígono necesita al menos 4 puntos');
  const bad = c.map(position).find(Boolean);
  if (bad) return bad;
  const [first, last] = [c[0] as number[], c.at(-1) as number[]];
  if (first[0] !== last[0] || first[1] !== last[1]) return problem('ring_closed', 'Cada anillo del polígono debe cerrarse: el último punto igual al primero');
  // Four positions of which two are the same draw a line, not an area: the map could not show it.
  const distinct = new Set(c.map((p) => `${(p as number[])[0]},${(p as number[])[1]}`));
  return distinct.size >= 3 ? null : problem('ring_area', 'Cada anillo del polígono necesita al menos 3 puntos distintos');
};

const listOf =
  (item: Check, min: number, empty: GeometryProblem): Check =>
  (c) =>
    !Array.isArray(c) || c.length < min ? empty : (c.map(item).find(Boolean) ?? null);

const lineString = listOf(position, 2, problem('line_points', 'Una línea necesita al menos 2 puntos'));
const polygon = listOf(ring, 1, problem('empty', 'Un polígono necesita al menos un anillo'));

const GEOMETRIES: Record<string, Check> = {
  Point: position,
  MultiPoint: listOf(position, 1, problem('empty', 'Debe tener al menos un punto')),
  LineString: lineString,
  MultiLineString: listOf(lineString, 1, problem('empty', 'Debe tener al menos una línea')),
  Polygon: polygon,
  MultiPolygon: listOf(polygon, 1, problem('empty', 'Debe tener al menos un polígono')),
};

export function geometryIssue(value: unknown): GeometryProblem | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return problem('object', 'Debe ser un objeto GeoJSON');
  const g = value as { type?: unknown; coordinates?: unknown; geometry?: unknown };
  if (g.type === 'Feature') return g.geometry === null ? null : geometryIssue(g.geometry ?? 'missing');
  const check = typeof g.type === 'string' ? own(GEOMETRIES, g.type) : undefined;
  if (!check) return problem('type', `El tipo debe ser uno de: ${Object.keys(GEOMETRIES).join(', ')} o Feature`);
  return check(g.coordinates);
}

/** The reason in Spanish, or null when the value is a valid location (or empty). */
export const geometryProblem = (value: unknown): string | null => geometryIssue(value)?.message ?? null;

/** A GeoJSON geometry as the map reads it; the Feature around it, if any, removed. */
export type PlaceGeometry =
  | { type: 'Point'; coordinates: number[] }
  | { type: 'MultiPoint' | 'LineString'; coordinates: number[][] }
  | { type: 'MultiLineString' | 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** The geometry a place's stored value holds, or null when it is empty or not valid GeoJSON. */
export function placeGeometry(value: unknown): PlaceGeometry | null {
  if (value == null || geometryProblem(value) !== null) return null;
  const g = value as { type: string; geometry?: unknown };
  return g.type === 'Feature' ? placeGeometry(g.geometry) : (value as PlaceGeometry);
}
