import { geometryProblem, placeGeometry } from './geometry';

const square = [
  [-80.1, 8.4],
  [-80.0, 8.4],
  [-80.0, 8.5],
  [-80.1, 8.5],
  [-80.1, 8.4],
];

describe("a place's location", () => {
  it('may be empty', () => {
    expect(geometryProblem(null)).toBeNull();
    expect(geometryProblem(undefined)).toBeNull();
  });

  it('accepts a point, a polygon, a multipolygon and a feature that holds one', () => {
    expect(geometryProblem({ type: 'Point', coordinates: [-80.08, 8.43] })).toBeNull();
    expect(geometryProblem({ type: 'Point', coordinates: [-80.08, 8.43, 12] })).toBeNull();
    expect(geometryProblem({ type: 'Polygon', coordinates: [square] })).toBeNull();
    expect(geometryProblem({ type: 'MultiPolygon', coordinates: [[square], [square]] })).toBeNull();
    expect(geometryProblem({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [0, 0] } })).toBeNull();
  });

  it('refuses an object that is not GeoJSON, and an array', () => {
    expect(geometryProblem({ foo: 1 })).toMatch(/El tipo debe ser uno de/);
    expect(geometryProblem([1, 2])).toBe('Debe ser un objeto GeoJSON');
    expect(geometryProblem('Point')).toBe('Debe ser un objeto GeoJSON');
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('refuses the type %s (a key every object inherits), bare or in a feature', (type) => {
    expect(geometryProblem({ type, coordinates: [0, 0] })).toMatch(/El tipo debe ser uno de/);
    expect(geometryProblem({ type: 'Feature', geometry: { type } })).toMatch(/El tipo debe ser uno de/);
  });

  it('refuses latitude and longitude swapped out of range, and points that are not two or three numbers', () => {
    expect(geometryProblem({ type: 'Point', coordinates: [8.43, -95] })).toMatch(/latitud entre -90 y 90/);
    expect(geometryProblem({ type: 'Point', coordinates: [181, 0] })).toMatch(/longitud/);
    expect(geometryProblem({ type: 'Point', coordinates: [1] })).toMatch(/longitud/);
    expect(geometryProblem({ type: 'Point', coordinates: ['-80', '8'] })).toMatch(/longitud/);
  });

  it('refuses a polygon that does not close or has fewer than four points', () => {
    expect(geometryProblem({ type: 'Polygon', coordinates: [square.slice(0, 4)] })).toMatch(/cerrarse/);
    expect(geometryProblem({ type: 'Polygon', coordinates: [[square[0], square[1], square[0]]] })).toMatch(/al menos 4 puntos/);
    expect(geometryProblem({ type: 'Polygon', coordinates: [] })).toMatch(/al menos un anillo/);
  });

  it('refuses a ring that encloses no area (fewer than three distinct points)', () => {
    const flat = [square[0], square[1], square[1], square[0]];
    expect(geometryProblem({ type: 'Polygon', coordinates: [flat] })).toMatch(/3 puntos distintos/);
    expect(geometryProblem({ type: 'Polygon', coordinates: [[square[0], square[1], square[2], square[0]]] })).toBeNull();
  });

  it('refuses a feature without a valid geometry', () => {
    expect(geometryProblem({ type: 'Feature', geometry: { type: 'Circle' } })).toMatch(/El tipo debe ser/);
    expect(geometryProblem({ type: 'Feature' })).toBe('Debe ser un objeto GeoJSON');
  });
});

describe('the geometry the map draws of a place', () => {
  it('is the geometry itself, or the one inside a feature', () => {
    expect(placeGeometry({ type: 'Point', coordinates: [-80.08, 8.43] })).toEqual({ type: 'Point', coordinates: [-80.08, 8.43] });
    expect(placeGeometry({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square] } })).toEqual({ type: 'Polygon', coordinates: [square] });
  });

  it('is nothing for an empty value, an empty feature or invalid GeoJSON', () => {
    expect(placeGeometry(null)).toBeNull();
    expect(placeGeometry({ type: 'Feature', geometry: null })).toBeNull();
    expect(placeGeometry({ type: 'Point', coordinates: [200, 0] })).toBeNull();
    expect(placeGeometry('{"type":"Point"}')).toBeNull();
  });
});
