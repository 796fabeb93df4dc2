import { editableOf, formatGeometry, geometryForApi, geometryTextError, pointGeometry, polygonGeometry } from './geometry';

const point = { type: 'Point', coordinates: [-79.52, 8.98] };
const ring = [[-80.1, 8.4], [-80.0, 8.4], [-80.0, 8.5], [-80.1, 8.4]];

describe('geometry text', () => {
  it('shows a stored object as indented JSON and nothing as empty', () => {
    expect(formatGeometry(point)).toBe(JSON.stringify(point, null, 2));
    expect(formatGeometry(null)).toBe('');
  });

  it('keeps what the user typed', () => {
    expect(formatGeometry('{"type": ')).toBe('{"type": ');
  });

  it('accepts empty text and a valid point or polygon, as text or as the stored object', () => {
    expect(geometryTextError('')).toBeUndefined();
    expect(geometryTextError(null)).toBeUndefined();
    expect(geometryTextError(JSON.stringify(point))).toBeUndefined();
    expect(geometryTextError({ type: 'Polygon', coordinates: [ring] })).toBeUndefined();
  });

  it('refuses broken JSON, and GeoJSON the API would refuse, saying why in the words of the API error', () => {
    expect(geometryTextError('{"type": ')).toBe('resources.places.validation.geometry');
    expect(geometryTextError('42')).toBe('sigobito.errors.invalid_geojson.object');
    expect(geometryTextError('{"type": "Point", "coordinates": [8.98, -95]}')).toBe('sigobito.errors.invalid_geojson.position');
    expect(geometryTextError(JSON.stringify({ type: 'Polygon', coordinates: [ring.slice(0, 3).concat([[-80.1, 8.5]])] }))).toBe('sigobito.errors.invalid_geojson.ring_closed');
    expect(geometryTextError('{"type": "Circle"}')).toBe('sigobito.errors.invalid_geojson.type');
  });

  it('sends an object, or null for empty text', () => {
    expect(geometryForApi(JSON.stringify(point))).toEqual(point);
    expect(geometryForApi('  ')).toBeNull();
    expect(geometryForApi(point)).toBe(point);
    expect(geometryForApi(undefined)).toBeNull();
  });
});

describe('the map editor reading the form value', () => {
  it('edits a point and a one-ring polygon, whether stored or typed', () => {
    expect(editableOf(point)).toEqual({ kind: 'point', point: [-79.52, 8.98] });
    expect(editableOf(JSON.stringify({ type: 'Feature', properties: {}, geometry: point }))).toEqual({ kind: 'point', point: [-79.52, 8.98] });
    expect(editableOf({ type: 'Polygon', coordinates: [ring] })).toEqual({ kind: 'polygon', vertices: ring.slice(0, 3) });
  });

  it('draws but does not edit other valid shapes, and has nothing to draw for empty or invalid values', () => {
    expect(editableOf({ type: 'MultiPolygon', coordinates: [[ring]] })).toEqual({ kind: 'other', type: 'MultiPolygon' });
    expect(editableOf({ type: 'Polygon', coordinates: [ring, ring] })).toEqual({ kind: 'other', type: 'Polygon' });
    expect(editableOf('')).toEqual({ kind: 'empty' });
    expect(editableOf({ type: 'Feature', geometry: null })).toEqual({ kind: 'empty' });
    expect(editableOf('{"type": ')).toEqual({ kind: 'invalid' });
    expect(editableOf({ type: 'Point', coordinates: [200, 0] })).toEqual({ kind: 'invalid' });
  });
});

describe('the map editor writing the form value', () => {
  it('writes a clicked point rounded to a millionth of a degree, its longitude brought back into range', () => {
    expect(pointGeometry([-80.123456789, 8.987654321])).toEqual({ type: 'Point', coordinates: [-80.123457, 8.987654] });
    expect(pointGeometry([279.5, 8.5])).toEqual({ type: 'Point', coordinates: [-80.5, 8.5] });
  });

  it('writes a closed polygon once it has three vertices, and nothing before', () => {
    expect(polygonGeometry([])).toBeNull();
    expect(polygonGeometry([[-80.1, 8.4], [-80, 8.4]])).toBeNull();
    expect(polygonGeometry([[-80.1, 8.4], [-80, 8.4], [-80, 8.5]])).toEqual({ type: 'Polygon', coordinates: [[[-80.1, 8.4], [-80, 8.4], [-80, 8.5], [-80.1, 8.4]]] });
  });
});
