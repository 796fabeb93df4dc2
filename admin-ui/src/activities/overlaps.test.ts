import { overlapFilter } from './overlaps';

const nine = '2026-12-06T14:00:00.000Z';
const eleven = '2026-12-06T16:00:00.000Z';

describe('what the activity form asks before saving', () => {
  it('asks for confirmed activities that start before this one ends and end after it starts', () => {
    expect(overlapFilter({ start: nine, end: eleven, status: 'confirmed' })).toEqual({ status: 'confirmed', start_lt: eleven, end_gt: nine });
  });

  it('leaves the activity being edited out of its own clashes', () => {
    expect(overlapFilter({ start: nine, end: eleven, status: 'confirmed' }, 'a1')).toMatchObject({ id_neq: 'a1' });
  });

  it('also warns a tentative activity, which clashes once confirmed', () => {
    expect(overlapFilter({ start: nine, end: eleven, status: 'tentative' })).not.toBeNull();
  });

  it('asks nothing for a done or cancelled activity, or before both times are typed', () => {
    expect(overlapFilter({ start: nine, end: eleven, status: 'cancelled' })).toBeNull();
    expect(overlapFilter({ start: nine, end: eleven, status: 'done' })).toBeNull();
    expect(overlapFilter({ start: nine, end: null, status: 'confirmed' })).toBeNull();
    expect(overlapFilter({ start: 'mañana', end: eleven, status: 'confirmed' })).toBeNull();
  });

  it('asks nothing while the end is not after the start', () => {
    expect(overlapFilter({ start: eleven, end: nine, status: 'confirmed' })).toBeNull();
    expect(overlapFilter({ start: nine, end: nine, status: 'confirmed' })).toBeNull();
  });
});
