import { isOwnKey, own } from './own';

/** Every key an object inherits ("constructor", "__proto__", "toString", "hasOwnProperty"…). */
const INHERITED = Object.getOwnPropertyNames(Object.prototype);

describe('own', () => {
  const table: Record<string, number> = { a: 1, zero: 0 };

  it('answers what the table holds under the key itself', () => {
    expect(own(table, 'a')).toBe(1);
    expect(own(table, 'zero')).toBe(0);
  });

  it.each(INHERITED)('answers nothing for the inherited key %s', (key) => {
    expect(own(table, key)).toBeUndefined();
    expect(isOwnKey(table, key)).toBe(false);
  });

  it('answers nothing for a missing table', () => {
    expect(own(undefined, 'a')).toBeUndefined();
    expect(own(null, 'a')).toBeUndefined();
  });

  it('finds a key the table really has, even one named like an inherited one', () => {
    const parsed = JSON.parse('{"__proto__": 1, "constructor": 2}') as Record<string, number>;
    expect(own(parsed, '__proto__')).toBe(1);
    expect(own(parsed, 'constructor')).toBe(2);
  });

  it('says whether a value is one of the keys', () => {
    expect(isOwnKey(table, 'a')).toBe(true);
    expect(isOwnKey(table, 1)).toBe(false);
  });
});
