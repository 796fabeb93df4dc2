import { own } from './own';

describe('own', () => {
  const table: Record<string, string> = { actors: 'read' };

  it('answers what the table holds under the key itself', () => {
    expect(own(table, 'actors')).toBe('read');
    expect(own(undefined, 'actors')).toBeUndefined();
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('answers nothing for %s, a key every object inherits', (key) => {
    expect(own(table, key)).toBeUndefined();
  });
});
