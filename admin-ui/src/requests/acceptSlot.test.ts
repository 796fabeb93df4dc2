import { slotFromForm } from './acceptSlot';

describe('slotFromForm', () => {
  it('turns a day and times in Panama into instants', () => {
    expect(
      slotFromForm({ date: '2026-11-25', startTime: '09:30', endTime: '10:30', title: ' Audiencia ', visibility: 'public' }, 'America/Panama'),
    ).toEqual({ slot: { start: '2026-11-25T14:30:00.000Z', end: '2026-11-25T15:30:00.000Z', title: 'Audiencia', visibility: 'public' } });
  });

  it('is private unless said otherwise, and leaves out an empty title', () => {
    expect(slotFromForm({ date: '2026-11-25', startTime: '09:30', endTime: '10:00', title: '  ' }, 'UTC')).toEqual({
      slot: { start: '2026-11-25T09:30:00.000Z', end: '2026-11-25T10:00:00.000Z', visibility: 'private' },
    });
  });

  it('asks for the missing parts', () => {
    expect(slotFromForm({ date: '', startTime: '09:30' }, 'UTC')).toEqual({
      errors: { date: 'ra.validation.required', endTime: 'ra.validation.required' },
    });
  });

  it('refuses an end not after the start', () => {
    expect(slotFromForm({ date: '2026-11-25', startTime: '10:00', endTime: '10:00' }, 'UTC')).toEqual({
      errors: { endTime: 'resources.requests.accept.end_before_start' },
    });
  });
});
