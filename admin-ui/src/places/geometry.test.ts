import { formatGeometry, geometryForApi, isValidGeometryText } from './geometry';

const point = { type: 'Point', coordinates: [-79.52, 8.98] };

describe('geometry text', () => {
  it('shows a stored object as indented JSON and nothing as empty', () => {
    expect(formatGeometry(point)).toBe(JSON.stringify(point, null, 2));
    expect(formatGeometry(null)).toBe('');
  });

  it('keeps what the user typed', () => {
    expect(formatGeometry('{"type": ')).toBe('{"type": ');
  });

  it('accepts empty text and JSON objects, refuses broken JSON and bare values', () => {
    expect(isValidGeometryText('')).toBe(true);
    expect(isValidGeometryText(JSON.stringify(point))).toBe(true);
    expect(isValidGeometryText('{"type": ')).toBe(false);
    expect(isValidGeometryText('42')).toBe(false);
  });

  it('sends an object, or null for empty text', () => {
    expect(geometryForApi(JSON.stringify(point))).toEqual(point);
    expect(geometryForApi('  ')).toBeNull();
    expect(geometryForApi(point)).toBe(point);
    expect(geometryForApi(undefined)).toBeNull();
  });
});
