import { importProblems, plainWriteProblems } from './workflow';
import type { ResourceDef } from './types';

const base = { name: 'requests', uid: 'api::thing.thing', searchable: [] } as unknown as ResourceDef;
const MOVES: Record<string, string[]> = { draft: ['sent'], sent: ['done'], done: [] };
const checked: ResourceDef = {
  ...base,
  workflow: {
    field: 'status',
    check: (from, to, record) => [
      ...(from && to && from !== to && !MOVES[from].includes(to) ? [{ path: 'status', code: 'invalid_transition', message: 'no' }] : []),
      ...(to === 'done' && !record.notes ? [{ path: 'notes', code: 'required', message: 'notes' }] : []),
    ],
  },
};
const viaAction: ResourceDef = { ...checked, workflow: { ...checked.workflow!, action: 'POST /things/:id/send' } };

describe('a workflow field on a plain write', () => {
  it('passes a move its rule allows and refuses one it does not', () => {
    expect(plainWriteProblems(checked, { status: 'draft' }, { status: 'sent' })).toEqual([]);
    expect(plainWriteProblems(checked, { status: 'draft' }, { status: 'done', notes: 'x' })).toEqual([expect.objectContaining({ path: 'status', code: 'invalid_transition' })]);
  });

  it('runs the rule on the record as it would be stored, also when the field does not change', () => {
    expect(plainWriteProblems(checked, { status: 'done', notes: 'x' }, { notes: null })).toEqual([expect.objectContaining({ path: 'notes', code: 'required' })]);
    expect(plainWriteProblems(checked, { status: 'sent' }, { status: 'done', notes: 'tratada' })).toEqual([]);
  });

  it('checks a create from no state', () => {
    expect(plainWriteProblems(checked, undefined, { status: 'done' })).toEqual([expect.objectContaining({ path: 'notes' })]);
  });

  it('refuses any change of a field its action moves, and lets the unchanged value through (the form sends it back)', () => {
    expect(plainWriteProblems(viaAction, { status: 'draft' }, { status: 'sent' })).toEqual([expect.objectContaining({ path: 'status', code: 'workflow_action' })]);
    expect(plainWriteProblems(viaAction, { status: 'draft' }, { status: 'draft', title: 'x' })).toEqual([]);
  });

  it('leaves resources without a workflow alone', () => {
    expect(plainWriteProblems(base, { status: 'draft' }, { status: 'anything' })).toEqual([]);
  });
});

describe('a workflow field in an import line', () => {
  it('is refused, and other fields are not', () => {
    expect(importProblems(checked, { status: 'done' })).toEqual([expect.objectContaining({ path: 'status', code: 'workflow_action' })]);
    expect(importProblems(checked, { title: 'x' })).toEqual([]);
    expect(importProblems(base, { status: 'done' })).toEqual([]);
  });
});
