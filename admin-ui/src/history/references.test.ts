import { choiceLabelsOf, referenceOf } from './references';

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

describe('a communication’s history', () => {
  it('names the records a communication points to', () => {
    expect(referenceOf('communications', 'milestone')).toBe('milestones');
    expect(referenceOf('communications', 'approvedBy')).toBe('members');
    expect(referenceOf('pieces', 'communication')).toBe('communications');
  });

  it('shows statuses, origins and channels by their label', () => {
    expect(choiceLabelsOf('communications', 'status')).toBe('resources.communications.statuses');
    expect(choiceLabelsOf('pieces', 'channel')).toBe('resources.pieces.channels');
  });
});
