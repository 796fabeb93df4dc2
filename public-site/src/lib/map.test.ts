import { countByPlace, layoutMap, placeLabel, visiblePlaces, type MapPlace } from './map';

const SIZE = { width: 400, height: 300, padding: 10 };
/** A square of 0.1° written as RFC 7946 asks (counter-clockwise), and the same clockwise. */
const ccw = [[-80.1, 8.4], [-80.0, 8.4], [-80.0, 8.5], [-80.1, 8.5], [-80.1, 8.4]];
const cw = [...ccw].reverse();

/** The extent of the numbers of an SVG path: [minX, minY, maxX, maxY]. */
function extentOf(d: string): number[] {
  const n = d.match(/-?\d+(\.\d+)?/g)!.map(Number);
  const xs = n.filter((_, i) => i % 2 === 0);
  const ys = n.filter((_, i) => i % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

describe('the territory map', () => {
  it('fits the places to the map, whichever way a polygon is wound', () => {
    for (const ring of [ccw, cw]) {
      const map = layoutMap([{ code: 'A', name: 'A', geometry: { type: 'Polygon', coordinates: [ring] } }], SIZE)!;
      const [minX, minY, maxX, maxY] = extentOf(map.shapes[0]!.d);
      // A square fitted into 380 × 280: as tall as the box, centred across it.
      expect(minY).toBeCloseTo(10, 0);
      expect(maxY).toBeCloseTo(290, 0);
      expect(maxX - minX).toBeGreaterThan(270);
      expect(maxX - minX).toBeLessThan(290);
      expect((minX + maxX) / 2).toBeCloseTo(200, 0);
    }
  });

  it('puts a point where it lies among the areas, with its marker on it', () => {
    const places: MapPlace[] = [
      { code: 'D', name: 'Distrito', geometry: { type: 'Polygon', coordinates: [ccw] } },
      { code: 'P', name: 'Mercado', geometry: { type: 'Point', coordinates: [-80.1, 8.5] } },
      { code: 'F', name: 'Plaza', geometry: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [-80.0, 8.4] } } },
    ];
    const map = layoutMap(places, SIZE)!;
    const [area, p, f] = map.shapes;
    expect(area).toMatchObject({ code: 'D', shape: 'area' });
    expect(p).toMatchObject({ code: 'P', shape: 'point', d: '' });
    expect(f).toMatchObject({ code: 'F', shape: 'point' });
    // North-west corner: left and top; south-east: right and bottom.
    const [minX, minY, maxX, maxY] = extentOf(area!.d);
    expect(p!.x).toBeCloseTo(minX, 0);
    expect(p!.y).toBeCloseTo(minY, 0);
    expect(f!.x).toBeCloseTo(maxX, 0);
    expect(f!.y).toBeCloseTo(maxY, 0);
    // The area's marker is at its centre.
    expect(area!.x).toBeCloseTo((minX + maxX) / 2, 0);
  });

  it('draws the larger areas first, so that a district never hides its neighbourhoods', () => {
    const small = [[-80.06, 8.44], [-80.04, 8.44], [-80.04, 8.46], [-80.06, 8.46], [-80.06, 8.44]];
    const map = layoutMap(
      [
        { code: 'B', name: 'Barrio', geometry: { type: 'Polygon', coordinates: [small] } },
        { code: 'M', name: 'Mercado', geometry: { type: 'Point', coordinates: [-80.05, 8.45] } },
        { code: 'D', name: 'Distrito', geometry: { type: 'MultiPolygon', coordinates: [[ccw]] } },
      ],
      SIZE,
    )!;
    expect(map.shapes.map((s) => s.code)).toEqual(['D', 'B', 'M']);
  });

  it('leaves out places without a location or with invalid GeoJSON, and draws nothing when none has one', () => {
    const places: MapPlace[] = [
      { code: 'A', name: 'A', geometry: { type: 'Point', coordinates: [-80.05, 8.45] } },
      { code: 'N', name: 'Sin ubicación', geometry: null },
      { code: 'X', name: 'Mal', geometry: { type: 'Polygon', coordinates: [[[-80, 8], [-79, 8], [-79, 9]]] } },
      { code: 'S', name: 'Texto', geometry: '{"type":"Point","coordinates":[0,0]}' },
      { code: 'O', name: 'Fuera', geometry: { type: 'Point', coordinates: [8.45, -95] } },
    ];
    expect(layoutMap(places, SIZE)!.shapes.map((s) => s.code)).toEqual(['A']);
    expect(layoutMap(places.slice(1), SIZE)).toBeNull();
    expect(layoutMap([], SIZE)).toBeNull();
  });

  it('centres a lone point instead of failing to fit a map to a single spot', () => {
    const map = layoutMap([{ code: 'A', name: 'A', geometry: { type: 'Point', coordinates: [-80.05, 8.45] } }], SIZE)!;
    expect(map.shapes[0]).toMatchObject({ x: 200, y: 150 });
  });

  it('draws a line and several points as paths', () => {
    const map = layoutMap(
      [
        { code: 'L', name: 'Calle', geometry: { type: 'LineString', coordinates: [[-80.1, 8.4], [-80.0, 8.5]] } },
        { code: 'MP', name: 'Paradas', geometry: { type: 'MultiPoint', coordinates: [[-80.1, 8.4], [-80.0, 8.5]] } },
      ],
      SIZE,
    )!;
    expect(map.shapes.map((s) => [s.code, s.shape])).toEqual([['L', 'line'], ['MP', 'point']]);
    expect(map.shapes.every((s) => s.d.startsWith('M'))).toBe(true);
  });
});

describe('which places a map draws', () => {
  const tree = [
    { code: 'D1', parent: null },
    { code: 'D2', parent: null },
    { code: 'C1', parent: { code: 'D1' } },
    { code: 'C2', parent: { code: 'D2' } },
    { code: 'B1', parent: { code: 'C1' } },
    { code: 'B2', parent: { code: 'C1' } },
    { code: 'O', parent: { code: 'GONE' } },
  ];
  const codes = (current?: string) => visiblePlaces(tree, current).map((p) => p.code);

  it('is the top level on the territory page (and a place whose parent is not public)', () => {
    expect(codes()).toEqual(['D1', 'D2', 'O']);
  });

  it('opens the place of the page and every place above it one level down', () => {
    expect(codes('D1')).toEqual(['D1', 'D2', 'C1', 'O']);
    expect(codes('B1')).toEqual(['D1', 'D2', 'C1', 'B1', 'B2', 'O']);
  });
});

describe('what the map counts on each place', () => {
  it('counts goals and activities by the places they name, the main place and the related ones once', () => {
    const counts = countByPlace(
      [{ places: [{ code: 'A' }, { code: 'B' }] }, { places: [{ code: 'A' }] }],
      [{ place: { code: 'A' }, places: [{ code: 'A' }, { code: 'C' }] }, { place: null, places: [] }],
    );
    expect(counts.get('A')).toEqual({ goals: 2, activities: 1 });
    expect(counts.get('B')).toEqual({ goals: 1, activities: 0 });
    expect(counts.get('C')).toEqual({ goals: 0, activities: 1 });
    expect(counts.has('D')).toBe(false);
  });

  it('counts in a place what is linked to the places inside it, each goal once', () => {
    const tree = [
      { code: 'D', parent: null },
      { code: 'C', parent: { code: 'D' } },
      { code: 'B', parent: { code: 'C' } },
      { code: 'X', parent: { code: 'Y' } },
      { code: 'Y', parent: { code: 'X' } },
    ];
    const counts = countByPlace([{ places: [{ code: 'B' }, { code: 'C' }] }, { places: [{ code: 'D' }] }, { places: [{ code: 'X' }] }], [{ place: { code: 'B' } }], tree);
    expect(counts.get('D')).toEqual({ goals: 2, activities: 1 });
    expect(counts.get('C')).toEqual({ goals: 1, activities: 1 });
    expect(counts.get('B')).toEqual({ goals: 1, activities: 1 });
    // A loop in bad data ends instead of counting forever.
    expect(counts.get('Y')).toEqual({ goals: 1, activities: 0 });
  });

  it('says the counts in words, singular and plural', () => {
    expect(placeLabel('Barrio Las Flores', { goals: 1, activities: 2 })).toBe('Barrio Las Flores: 1 meta, 2 actividades');
    expect(placeLabel('La Loma', undefined)).toBe('La Loma: 0 metas, 0 actividades');
  });
});
