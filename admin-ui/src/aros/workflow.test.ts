import { treatmentNotesRequired, treatStatusChoices, treatStatuses } from './workflow';

describe('what "Tratar" offers', () => {
  it('moves an open ARO into treatment or discards it, never straight to resolved', () => {
    expect(treatStatuses('open')).toEqual(['open', 'in_treatment', 'discarded']);
  });

  it('resolves, discards or reopens one in treatment', () => {
    expect(treatStatuses('in_treatment')).toEqual(['open', 'in_treatment', 'resolved', 'discarded']);
  });

  it('reopens a resolved ARO into treatment and a discarded one as open', () => {
    expect(treatStatuses('resolved')).toEqual(['in_treatment', 'resolved']);
    expect(treatStatuses('discarded')).toEqual(['open', 'discarded']);
  });

  it('offers nothing for an unknown status', () => {
    expect(treatStatuses('archived')).toEqual([]);
    expect(treatStatuses(undefined)).toEqual([]);
  });

  it('gives the select its translated choices', () => {
    expect(treatStatusChoices('resolved').map((c) => c.id)).toEqual(['in_treatment', 'resolved']);
  });
});

describe('treatment notes', () => {
  it('are checked against the status chosen in the form; blanks do not count', () => {
    expect(treatmentNotesRequired('   ', { status: 'resolved' })).toBe('resources.aros.treat.notes_required');
    expect(treatmentNotesRequired(null, { status: 'discarded' })).toBe('resources.aros.treat.notes_required');
    expect(treatmentNotesRequired('Se obtuvo el permiso', { status: 'resolved' })).toBeUndefined();
    expect(treatmentNotesRequired('', { status: 'in_treatment' })).toBeUndefined();
  });
});
