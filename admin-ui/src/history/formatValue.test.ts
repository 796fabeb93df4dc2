import { formatValue, idsOf } from './formatValue';

const labels = { empty: '(vacío)', yes: 'Sí', no: 'No' };

describe('formatValue', () => {
  it('shows empty values, booleans and lists in words', () => {
    expect(formatValue(null, labels)).toBe('(vacío)');
    expect(formatValue('', labels)).toBe('(vacío)');
    expect(formatValue([], labels)).toBe('(vacío)');
    expect(formatValue(true, labels)).toBe('Sí');
    expect(formatValue(false, labels)).toBe('No');
    expect(formatValue(['a', 'b'], labels)).toBe('a, b');
  });

  it('names an object by its name-like field, and falls back to JSON', () => {
    expect(formatValue({ id: 'x', fullName: 'Ana Pérez' }, labels)).toBe('Ana Pérez');
    expect(formatValue({ taskAssigned: true }, labels)).toBe('{"taskAssigned":true}');
  });

  it('formats ISO instants with the given formatter, and only them', () => {
    const withDates = { ...labels, dateTime: (iso: string) => `<${iso}>` };
    expect(formatValue('2026-11-23T05:27:55.860Z', withDates)).toBe('<2026-11-23T05:27:55.860Z>');
    expect(formatValue('2026-11-23', withDates)).toBe('2026-11-23');
    expect(formatValue('Salud', withDates)).toBe('Salud');
    expect(formatValue('2026-11-23T05:27:55.860Z', labels)).toBe('2026-11-23T05:27:55.860Z');
  });

  it('keeps numbers and text as they are', () => {
    expect(formatValue(15, labels)).toBe('15');
    expect(formatValue('Salud', labels)).toBe('Salud');
  });
});

describe('idsOf', () => {
  it('reads one id, a list of ids, or none', () => {
    expect(idsOf('a')).toEqual(['a']);
    expect(idsOf(['a', 'b'])).toEqual(['a', 'b']);
    expect(idsOf(null)).toEqual([]);
    expect(idsOf({ id: 'a' })).toEqual([]);
  });
});
