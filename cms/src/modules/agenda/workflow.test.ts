import { requestStatusProblems } from './workflow';

describe("a request's status", () => {
  it('starts received', () => {
    expect(requestStatusProblems(undefined, 'received')).toEqual([]);
    expect(requestStatusProblems(undefined, undefined)).toEqual([]);
    expect(requestStatusProblems(undefined, 'closed')).toEqual([expect.objectContaining({ path: 'status', code: 'invalid_initial' })]);
  });

  it('moves along the workflow only', () => {
    expect(requestStatusProblems('received', 'in_review')).toEqual([]);
    expect(requestStatusProblems('in_review', 'accepted')).toEqual([]);
    expect(requestStatusProblems('accepted', 'closed')).toEqual([]);
    expect(requestStatusProblems('received', 'closed')).toEqual([{ path: 'status', code: 'invalid_transition', params: { resource: 'requests', allowed: ['in_review'] }, message: 'Desde este estado solo puede pasar a: in_review' }]);
    expect(requestStatusProblems('closed', 'received')).toEqual([{ path: 'status', code: 'invalid_transition', params: { resource: 'requests', variant: 'closed' }, message: 'La solicitud está cerrada' }]);
  });

  it('stays where it is without problem', () => {
    expect(requestStatusProblems('closed', 'closed')).toEqual([]);
  });

  it.each(['constructor', '__proto__', 'toString'])('refuses %s as a state (a key every object inherits)', (name) => {
    expect(requestStatusProblems(name, 'in_review')).toHaveLength(1);
    expect(requestStatusProblems('received', name)).toHaveLength(1);
  });
});
