import { stepLinks } from './stepLinks';

describe("where a step of the guide leads", () => {
  it('gives the administrator the list, the form and the CSV import of a catalog', () => {
    expect(stepLinks({ resource: 'actors', create: true, import: true }, 'admin')).toEqual([
      { kind: 'open', to: '/actors' },
      { kind: 'create', to: '/actors/create' },
      { kind: 'import', to: '/imports' },
    ]);
  });

  it('offers the mayor only what the matrix lets the mayor do', () => {
    expect(stepLinks({ resource: 'actors', create: true, import: true }, 'mayor')).toEqual([{ kind: 'open', to: '/actors' }]);
    expect(stepLinks({ resource: 'members', create: true }, 'mayor')).toEqual([
      { kind: 'open', to: '/members' },
      { kind: 'create', to: '/members/create' },
    ]);
  });

  it('offers nothing for a resource the role may not read, nor for an unknown role', () => {
    expect(stepLinks({ resource: 'requests', create: true }, 'press')).toEqual([]);
    expect(stepLinks({ resource: 'actors' }, 'nobody')).toEqual([]);
  });
});
