import { communicationStatusProblems, pieceStatusProblems } from './workflow';

describe("a communication's status, on every write path", () => {
  it('starts identified', () => {
    expect(communicationStatusProblems(undefined, 'identified')).toEqual([]);
    expect(communicationStatusProblems(undefined, 'approved')).toEqual([expect.objectContaining({ path: 'status', code: 'invalid_initial', params: { first: 'identified' } })]);
  });

  it('moves along the workflow, and back to review when an edit voids the approval', () => {
    expect(communicationStatusProblems('in_review', 'approved')).toEqual([]);
    expect(communicationStatusProblems('approved', 'published')).toEqual([]);
    expect(communicationStatusProblems('approved', 'in_review')).toEqual([]);
  });

  it('refuses a skipped step, a way back from publication and an unknown status', () => {
    expect(communicationStatusProblems('identified', 'approved')[0]).toMatchObject({ code: 'invalid_transition', params: { allowed: ['in_preparation', 'discarded'] } });
    expect(communicationStatusProblems('published', 'in_review')[0]).toMatchObject({ code: 'invalid_transition' });
    expect(communicationStatusProblems('in_review', 'toString')[0]).toMatchObject({ code: 'invalid_transition' });
  });
});

describe("a piece's status", () => {
  it('starts as a draft and takes only known statuses', () => {
    expect(pieceStatusProblems(undefined, 'draft')).toEqual([]);
    expect(pieceStatusProblems(undefined, 'published')[0]).toMatchObject({ code: 'invalid_initial' });
    expect(pieceStatusProblems('draft', 'sending')).toEqual([]);
    expect(pieceStatusProblems('draft', 'gone')[0]).toMatchObject({ code: 'invalid_choice' });
  });
});
