import { referenceOf } from './references';

describe('referenceOf', () => {
  it('says which resource a changed field points to', () => {
    expect(referenceOf('members', 'handedOverTo')).toBe('members');
    expect(referenceOf('actors', 'name')).toBeUndefined();
    expect(referenceOf('goals', 'themes')).toBeUndefined();
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('knows no resource nor field named %s (a key every object inherits)', (key) => {
    expect(referenceOf(key, 'parent')).toBeUndefined();
    expect(referenceOf('themes', key)).toBeUndefined();
  });
});
