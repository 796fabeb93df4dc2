import { geometryIssue, placeGeometry } from '@sigobito/config/contracts';

/**
 * The geometry is edited as JSON text or drawn on the map; both write the same form value. The
 * form keeps the text the user typed (so a half-typed object is not reformatted under the
 * cursor) and it becomes an object only when saved.
 */
export const formatGeometry = (value: unknown): string => {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
};

/** The form value as an object: the stored one, the typed text parsed, or undefined while the text is not JSON. */
const asObject = (value: unknown): unknown => {
  if (typeof value !== 'string') return value ?? null;
  if (value.trim() === '') return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * What is wrong with the geometry, as an i18n key: the JSON, then the same GeoJSON rule the API
 * applies (`sigobito.errors.invalid_geojson.<variant>`); undefined when it is right or empty.
 */
export const geometryTextError = (value: unknown): string | undefined => {
  const parsed = asObject(value);
  if (parsed === undefined) return 'resources.places.validation.geometry';
  const issue = geometryIssue(parsed);
  return issue ? `sigobito.errors.invalid_geojson.${issue.variant}` : undefined;
};

/** What the API receives: an object, or null when empty. Assumes the text was validated. */
export const geometryForApi = (value: unknown): unknown => {
  if (typeof value !== 'string') return value ?? null;
  return value.trim() === '' ? null : (JSON.parse(value) as unknown);
};

/** A position on the map: [longitude, latitude]. */
export type LonLat = [number, number];

/** What the map editor can do with the form value. */
export type Editable =
  | { kind: 'empty' }
  | { kind: 'point'; point: LonLat }
  | { kind: 'polygon'; vertices: LonLat[] }
  /** Valid GeoJSON the map draws but does not edit (a multipolygon, a line…): `type` says which. */
  | { kind: 'other'; type: string }
  /** Text that is not (yet) valid: nothing to draw. */
  | { kind: 'invalid' };

/** Reads the form value for the map: a point, a one-ring polygon (its vertices, the closing one left out), or what else it is. */
export function editableOf(value: unknown): Editable {
  const parsed = asObject(value);
  if (parsed === undefined) return { kind: 'invalid' };
  if (parsed === null) return { kind: 'empty' };
  const g = placeGeometry(parsed);
  if (!g) return { kind: geometryIssue(parsed) === null ? 'empty' : 'invalid' };
  if (g.type === 'Point') return { kind: 'point', point: [g.coordinates[0]!, g.coordinates[1]!] };
  if (g.type === 'Polygon' && g.coordinates.length === 1) return { kind: 'polygon', vertices: g.coordinates[0]!.slice(0, -1).map(([x, y]) => [x!, y!]) };
  return { kind: 'other', type: g.type };
}

/** A millionth of a degree is about 11 cm: finer than any place needs. */
const round = (n: number) => Math.round(n * 1e6) / 1e6;
/** The map wraps around the world: a longitude clicked past ±180 is brought back. */
const wrap = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;
const position = ([lon, lat]: LonLat): LonLat => [round(wrap(lon)), round(lat)];

export const pointGeometry = (point: LonLat) => ({ type: 'Point', coordinates: position(point) });

/** A polygon of the vertices, its ring closed; null with fewer than 3 (no area yet). */
export function polygonGeometry(vertices: readonly LonLat[]) {
  if (vertices.length < 3) return null;
  const ring = vertices.map(position);
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}
