import { inheritedFieldIn } from './query-fields';

describe('fields a query asks for', () => {
  it('finds nothing wrong with the fields the public site asks for', () => {
    expect(inheritedFieldIn({ sort: 'name:asc', populate: { parent: { fields: ['name', 'code'] } }, fields: 'name,code' })).toBeUndefined();
    expect(inheritedFieldIn({})).toBeUndefined();
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('finds %s (a key every object inherits), at the top, in a list or inside populate', (name) => {
    expect(inheritedFieldIn({ fields: name })).toBe(name);
    expect(inheritedFieldIn({ fields: ['name', name] })).toBe(name);
    expect(inheritedFieldIn({ fields: `name, ${name}` })).toBe(name);
    expect(inheritedFieldIn({ populate: { parent: { fields: [name] } } })).toBe(name);
  });
});
