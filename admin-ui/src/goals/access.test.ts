import type { Me } from '../session';
import { goalManagerData, managesGoal, mayEditGoal, mayWriteUnderGoal } from './access';

const me = (role: string, permissions: Me['permissions'], memberId = 'm-ana'): Me => ({
  id: 1,
  username: role,
  email: `${role}@demo`,
  role,
  roleLabel: role,
  member: { id: memberId, fullName: 'Ana' },
  permissions,
});

const manager = me('goal-manager', { goals: ['read', 'update'], milestones: ['read', 'create', 'update', 'delete'], aros: ['read', 'create', 'update'] });
const followUp = me('follow-up', { goals: ['read', 'create', 'update'], milestones: ['read', 'create', 'update', 'delete'] }, 'm-jorge');
const mayor = me('mayor', { goals: ['read'], milestones: ['read'] }, 'm-mayor');

describe('who writes under a goal', () => {
  const own = { manager: 'm-ana' };
  const other = { manager: 'm-luis' };

  it('lets a goal manager write milestones of the goals they manage', () => {
    expect(mayWriteUnderGoal(manager, own, 'milestones', 'edit')).toBe(true);
    expect(managesGoal(manager, own)).toBe(true);
  });

  it('refuses a goal manager on somebody else’s goal', () => {
    expect(mayWriteUnderGoal(manager, other, 'milestones', 'edit')).toBe(false);
    expect(mayWriteUnderGoal(manager, { manager: null }, 'milestones', 'create')).toBe(false);
  });

  it('lets follow-up write under any goal', () => {
    expect(mayWriteUnderGoal(followUp, other, 'milestones', 'edit')).toBe(true);
  });

  it('refuses roles that only read, and unknown callers', () => {
    expect(mayWriteUnderGoal(mayor, own, 'milestones', 'edit')).toBe(false);
    expect(mayWriteUnderGoal(null, own, 'milestones', 'edit')).toBe(false);
    expect(mayWriteUnderGoal(followUp, undefined, 'milestones', 'edit')).toBe(false);
  });

  it('lets a goal manager edit only their own goal, follow-up any, the mayor none', () => {
    expect(mayEditGoal(manager, own)).toBe(true);
    expect(mayEditGoal(manager, other)).toBe(false);
    expect(mayEditGoal(followUp, other)).toBe(true);
    expect(mayEditGoal(mayor, own)).toBe(false);
  });
});

describe('what a goal manager sends', () => {
  it('is only the current indicator, the executed budget and the internal notes', () => {
    expect(goalManagerData({ id: 'g1', code: 'M-01', title: 'x', indicatorCurrent: 12, budgetExecuted: 300, internalNotes: 'ok', health: 'delayed' })).toEqual({
      indicatorCurrent: 12,
      budgetExecuted: 300,
      internalNotes: 'ok',
    });
  });
});
