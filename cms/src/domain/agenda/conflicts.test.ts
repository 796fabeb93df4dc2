import { findConflicts, type Slot } from './conflicts';

const a = (id: string, start: string, end: string, status = 'confirmed'): Slot => ({ id, start: `2026-11-23T${start}:00Z`, end: `2026-11-23T${end}:00Z`, status });

describe('activity conflicts', () => {
  it('flags two overlapping confirmed activities, each pointing at the other', () => {
    const c = findConflicts([a('x', '09:00', '10:30'), a('y', '10:00', '11:00')]);
    expect(c.get('x')).toEqual(['y']);
    expect(c.get('y')).toEqual(['x']);
  });

  it('does not flag activities that only touch', () => {
    expect(findConflicts([a('x', '09:00', '10:00'), a('y', '10:00', '11:00')]).size).toBe(0);
  });

  it('ignores tentative, done and cancelled activities', () => {
    expect(findConflicts([a('x', '09:00', '11:00'), a('y', '10:00', '12:00', 'tentative'), a('z', '10:00', '12:00', 'cancelled')]).size).toBe(0);
  });

  it('finds every pair when one long activity covers several', () => {
    const c = findConflicts([a('long', '08:00', '18:00'), a('m1', '09:00', '10:00'), a('m2', '11:00', '12:00')]);
    expect(c.get('long')!.sort()).toEqual(['m1', 'm2']);
    expect(c.get('m1')).toEqual(['long']);
    expect(c.get('m2')).toEqual(['long']);
  });
});
