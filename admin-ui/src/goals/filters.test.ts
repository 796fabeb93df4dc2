import { asArray, onlyWhenOn } from './filters';

describe('list filter helpers', () => {
  it('turns a single value from a link into the array a multiple select shows', () => {
    expect(asArray('delayed')).toEqual(['delayed']);
    expect(asArray(['open', 'in_treatment'])).toEqual(['open', 'in_treatment']);
    expect(asArray(undefined)).toEqual([]);
    expect(asArray('')).toEqual([]);
  });

  it('drops an unticked switch from the filter instead of sending false', () => {
    expect(onlyWhenOn(true)).toBe(true);
    expect(onlyWhenOn(false)).toBeNull();
  });
});
