import { nextStates } from './workflow';

describe('nextStates', () => {
  it('sends a received request to review, and only there', () => {
    expect(nextStates('received')).toEqual(['in_review']);
  });

  it('lets a request in review be accepted, declined or delegated', () => {
    expect(nextStates('in_review')).toEqual(['accepted', 'declined', 'delegated']);
  });

  it('closes an answered request', () => {
    expect(nextStates('accepted')).toEqual(['closed']);
    expect(nextStates('declined')).toEqual(['closed']);
    expect(nextStates('delegated')).toEqual(['closed']);
  });

  it('offers nothing for a closed request or an unknown status', () => {
    expect(nextStates('closed')).toEqual([]);
    expect(nextStates('archived')).toEqual([]);
    expect(nextStates(undefined)).toEqual([]);
  });

  it('never skips the review', () => {
    expect(nextStates('received')).not.toContain('accepted');
  });
});
