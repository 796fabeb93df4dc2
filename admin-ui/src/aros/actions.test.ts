import type { Me } from '../session';
import { aroDescriptionData, boardColumns, lockedAroFields, mayEscalateAro, mayTreatAro } from './actions';

const me = (role: string, permissions: Me['permissions']): Me => ({
  id: 1,
  username: role,
  email: `${role}@demo`,
  role,
  roleLabel: role,
  member: { id: `m-${role}`, fullName: role },
  permissions,
});

const followUp = me('follow-up', { aros: ['read', 'create', 'update'], tasks: ['read', 'create', 'update'] });
const manager = me('goal-manager', { aros: ['read', 'create', 'update'], tasks: ['read', 'update'] });
const mayor = me('mayor', { aros: ['read'], tasks: ['read', 'create', 'update'] });

describe('who treats and escalates ARO', () => {
  it('lets follow-up treat and escalate an open restriction', () => {
    expect(mayTreatAro(followUp)).toBe(true);
    expect(mayEscalateAro(followUp, { kind: 'restriction', status: 'open' })).toBe(true);
    expect(mayEscalateAro(followUp, { kind: 'restriction', status: 'in_treatment' })).toBe(true);
  });

  it('escalates only restrictions that are still open', () => {
    expect(mayEscalateAro(followUp, { kind: 'alert', status: 'open' })).toBe(false);
    expect(mayEscalateAro(followUp, { kind: 'restriction', status: 'resolved' })).toBe(false);
    expect(mayEscalateAro(followUp, { kind: 'restriction', status: 'discarded' })).toBe(false);
  });

  it('escalates a restriction once: not again when it already has its task', () => {
    expect(mayEscalateAro(followUp, { kind: 'restriction', status: 'in_treatment', tasks: [] })).toBe(true);
    expect(mayEscalateAro(followUp, { kind: 'restriction', status: 'in_treatment', tasks: ['t1'] })).toBe(false);
  });

  it('does not let a goal manager treat or escalate', () => {
    expect(mayTreatAro(manager)).toBe(false);
    expect(mayEscalateAro(manager, { kind: 'restriction', status: 'open' })).toBe(false);
  });

  it('does not offer it to a role that only reads ARO (the API answers 403)', () => {
    expect(mayTreatAro(mayor)).toBe(false);
    expect(mayEscalateAro(mayor, { kind: 'restriction', status: 'open' })).toBe(false);
    expect(mayTreatAro(null)).toBe(false);
  });
});

describe('what the "Registrar ARO" form sends', () => {
  it('keeps the description fields only, with empty strings as null', () => {
    expect(
      aroDescriptionData({
        id: 'a1',
        goal: 'g1',
        kind: 'restriction',
        title: 'Permiso',
        description: '',
        severity: 'high',
        status: 'open',
        treatmentNotes: 'x',
        tasks: [],
      }),
    ).toEqual({ goal: 'g1', kind: 'restriction', title: 'Permiso', description: null, severity: 'high' });
  });
});

describe('the ARO board', () => {
  it('has the four columns in workflow order, highest severity first', () => {
    const columns = boardColumns([
      { id: 'a', status: 'open', severity: 'low', dueDate: null },
      { id: 'b', status: 'open', severity: 'high', dueDate: '2026-05-01' },
      { id: 'c', status: 'resolved', severity: 'medium', dueDate: null },
      { id: 'd', status: 'open', severity: 'high', dueDate: '2026-04-01' },
    ]);
    expect(columns.map((c) => c.status)).toEqual(['open', 'in_treatment', 'resolved', 'discarded']);
    expect(columns[0].aros.map((a) => a.id)).toEqual(['d', 'b', 'a']);
    expect(columns[1].aros).toEqual([]);
    expect(columns[2].aros.map((a) => a.id)).toEqual(['c']);
  });
});

describe('the ARO form of a goal manager', () => {
  it('locks kind and severity of an ARO someone else raised', () => {
    expect(lockedAroFields(manager, { raisedBy: 'm-follow-up' })).toEqual(['kind', 'severity']);
    expect(lockedAroFields(manager, { raisedBy: null })).toEqual(['kind', 'severity']);
  });

  it('leaves them open on their own ARO, on a new one, and to follow-up', () => {
    expect(lockedAroFields(manager, { raisedBy: 'm-goal-manager' })).toEqual([]);
    expect(lockedAroFields(manager, undefined)).toEqual([]);
    expect(lockedAroFields(followUp, { raisedBy: 'm-goal-manager' })).toEqual([]);
  });
});
