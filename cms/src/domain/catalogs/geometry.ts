import { own } from '@sigobito/config/contracts';

/**
 * A place's location is GeoJSON (RFC 7946): a point, a polygon, or their multi- forms, bare or
 * inside a Feature. Pure: says in Spanish what is wrong with a value, or null when it is right.
 */
type Check = (coordinates: unknown) => string | null;

const isPosition = (p: unknown): boolean =>
  Array.isArray(p) &&
  (p.length === 2 || p.length === 3) &&
  p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  Math.abs(p[0] as number) <= 180 &&
  Math.abs(p[1] as number) <= 90;

const position: Check = (c) => (isPosition(c) ? null : 'Cada punto debe ser [longitud, latitud] con longitud entre -180 y 180 y latitud entre -90 y 90');

const ring: Check = (c) => {
  if (!Array.isArray(c) || c.length < 4) return 'Cada anillo del polígono necesita al menos 4 puntos';
  const bad = c.map(position).find(Boolean);
  if (bad) return bad;
  const [first, last] = [c[0] as number[], c.at(-1) as number[]];
  return first[0] === last[0] && first[1] === last[1] ? null : 'Cada anillo del polígono debe cerrarse: el último punto igual al primero';
};

const listOf =
  (item: Check, min: number, empty: string): Check =>
  (c) =>
    !Array.isArray(c) || c.length < min ? empty : (c.map(item).find(Boolean) ?? null);

const lineString = listOf(position, 2, 'Una línea necesita al menos 2 puntos');
const polygon = listOf(ring, 1, 'Un polígono necesita al menos un anillo');

const GEOMETRIES: Record<string, Check> = {
  Point: position,
  MultiPoint: listOf(position, 1, 'Debe tener al menos un punto'),
  LineString: lineString,
  MultiLineString: listOf(lineString, 1, 'Debe tener al menos una línea'),
  Polygon: polygon,
  MultiPolygon: listOf(polygon, 1, 'Debe tener al menos un polígono'),
};

export function geometryProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return 'Debe ser un objeto GeoJSON';
  const g = value as { type?: unknown; coordinates?: unknown; geometry?: unknown };
  if (g.type === 'Feature') return g.geometry === null ? null : geometryProblem(g.geometry ?? 'missing');
  const check = typeof g.type === 'string' ? own(GEOMETRIES, g.type) : undefined;
  if (!check) return `El tipo debe ser uno de: ${Object.keys(GEOMETRIES).join(', ')} o Feature`;
  return check(g.coordinates);
}
