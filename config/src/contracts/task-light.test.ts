import { taskLight, type TaskLightInput } from './task-light';

const opts = { dueSoonDays: 2, timeZone: 'America/Panama' };
// 2026-11-23 10:00 in Panama
const now = new Date('2026-11-23T15:00:00Z');
const open = (dueDate: string | null): TaskLightInput => ({ status: 'pending', dueDate });

describe('the task traffic light', () => {
  it('is on time with no due date or a due date further than the due-soon window', () => {
    expect(taskLight(open(null), now, opts)).toBe('on_time');
    expect(taskLight(open('2026-11-26'), now, opts)).toBe('on_time');
  });

  it('is due soon from two days before the due date up to the due date itself', () => {
    expect(taskLight(open('2026-11-25'), now, opts)).toBe('due_soon');
    expect(taskLight(open('2026-11-23'), now, opts)).toBe('due_soon');
  });

  it('marks a task overdue the day after its due date', () => {
    expect(taskLight(open('2026-11-22'), now, opts)).toBe('overdue');
  });

  it('uses the municipality day: 23:30 in Panama is still the due date', () => {
    const lateEvening = new Date('2026-11-24T04:30:00Z'); // 23:30 on the 23rd in Panama
    expect(taskLight(open('2026-11-23'), lateEvening, opts)).toBe('due_soon');
    expect(taskLight(open('2026-11-23'), new Date('2026-11-24T05:30:00Z'), opts)).toBe('overdue');
  });

  it('is done for a done task, even past its due date', () => {
    expect(taskLight({ status: 'done', dueDate: '2020-01-01' }, now, opts)).toBe('done');
  });

  it('is cancelled, never done, for a cancelled task, whatever its due date', () => {
    expect(taskLight({ status: 'cancelled', dueDate: '2020-01-01' }, now, opts)).toBe('cancelled');
    expect(taskLight({ status: 'cancelled', dueDate: '2026-11-24' }, now, opts)).toBe('cancelled');
    expect(taskLight({ status: 'cancelled', dueDate: null }, now, opts)).toBe('cancelled');
  });

  it('follows the due-soon setting, including zero', () => {
    expect(taskLight(open('2026-11-24'), now, { ...opts, dueSoonDays: 0 })).toBe('on_time');
    expect(taskLight(open('2026-11-23'), now, { ...opts, dueSoonDays: 0 })).toBe('due_soon');
  });
});
