import { approverRolesOf, isLiveNews, mayPublishPiece, moveDialog, moveLabelKey, pieceEditable, withOriginLinks, workflowMoves } from './workflow';

describe('who approves', () => {
  it('is the mayor when the settings name nobody', () => {
    expect(approverRolesOf(undefined)).toEqual(['mayor']);
    expect(approverRolesOf({ communicationApprovers: [] })).toEqual(['mayor']);
    expect(approverRolesOf({ communicationApprovers: null })).toEqual(['mayor']);
  });

  it('is the roles the settings name, without unknown ones or repeats', () => {
    expect(approverRolesOf({ communicationApprovers: ['mayor', 'agenda', 'agenda', 'king', 7] })).toEqual(['mayor', 'agenda']);
    expect(approverRolesOf({ communicationApprovers: ['constructor'] })).toEqual(['mayor']);
  });
});

describe('the workflow buttons', () => {
  it('offer press the way forward first and going back or discarding last', () => {
    expect(workflowMoves('identified', 'press', ['mayor'])).toEqual(['in_preparation', 'discarded']);
    expect(workflowMoves('in_preparation', 'press', ['mayor'])).toEqual(['in_review', 'identified', 'discarded']);
    expect(workflowMoves('published', 'press', ['mayor'])).toEqual(['archived']);
  });

  it('offer the approver approval, and never press', () => {
    expect(workflowMoves('in_review', 'mayor', ['mayor'])).toEqual(['approved', 'in_preparation', 'discarded']);
    expect(workflowMoves('in_review', 'press', ['mayor'])).not.toContain('approved');
  });

  it('follow the approvers of the settings', () => {
    expect(workflowMoves('in_review', 'mayor', ['agenda'])).toEqual([]);
    expect(workflowMoves('in_review', 'agenda', ['agenda'])).toContain('approved');
  });

  it('never offer to publish by a move (publishing a piece does it)', () => {
    expect(workflowMoves('approved', 'press', ['mayor'])).toEqual(['in_preparation', 'discarded']);
  });

  it('offer nothing to a role that only reads, or for an unknown status or role', () => {
    expect(workflowMoves('in_preparation', 'staff', ['mayor'])).toEqual([]);
    expect(workflowMoves('constructor', 'press', ['mayor'])).toEqual([]);
    expect(workflowMoves('identified', 'toString', ['mayor'])).toEqual([]);
  });
});

describe('a move’s button and dialog', () => {
  it('says where going back to preparation comes from', () => {
    expect(moveLabelKey('identified', 'in_preparation')).toBe('resources.communications.transitions.in_preparation');
    expect(moveLabelKey('in_review', 'in_preparation')).toBe('resources.communications.transitions.back_to_preparation');
    expect(moveLabelKey('approved', 'in_preparation')).toBe('resources.communications.transitions.reopen');
    expect(moveLabelKey('in_review', 'approved')).toBe('resources.communications.transitions.approved');
  });

  it('asks for a comment to approve, send back or discard, and for nothing else', () => {
    expect(moveDialog('in_review', 'approved')).toBe('approve');
    expect(moveDialog('in_review', 'in_preparation')).toBe('back');
    expect(moveDialog('approved', 'in_preparation')).toBe('back');
    expect(moveDialog('identified', 'discarded')).toBe('discard');
    expect(moveDialog('identified', 'in_preparation')).toBeNull();
    expect(moveDialog('in_preparation', 'in_review')).toBeNull();
  });
});

describe('publishing, withdrawing and editing pieces', () => {
  it('publishes a piece once its communication is approved, and another one after it is out', () => {
    expect(mayPublishPiece('approved', 'draft')).toBe(true);
    expect(mayPublishPiece('published', 'scheduled')).toBe(true);
    expect(mayPublishPiece('approved', 'failed')).toBe(true);
    expect(mayPublishPiece('in_review', 'draft')).toBe(false);
    expect(mayPublishPiece('approved', 'published')).toBe(false);
    expect(mayPublishPiece('approved', 'sending')).toBe(false);
  });

  it('withdraws or corrects only news that is out and not withdrawn', () => {
    expect(isLiveNews({ status: 'published', withdrawnAt: null })).toBe(true);
    expect(isLiveNews({ status: 'published', withdrawnAt: '2026-11-30T10:00:00Z' })).toBe(false);
    expect(isLiveNews({ status: 'approved' })).toBe(false);
    expect(isLiveNews(undefined)).toBe(false);
  });

  it('edits a piece that is not out while its communication is being worked on', () => {
    expect(pieceEditable('in_preparation', 'draft')).toBe(true);
    expect(pieceEditable('approved', 'scheduled')).toBe(true);
    expect(pieceEditable('published', 'draft')).toBe(true);
    expect(pieceEditable('identified', undefined)).toBe(true);
    expect(pieceEditable('published', 'published')).toBe(false);
    expect(pieceEditable('approved', 'sending')).toBe(false);
    expect(pieceEditable('archived', 'draft')).toBe(false);
    expect(pieceEditable('discarded', 'draft')).toBe(false);
  });
});

describe('the origin’s links', () => {
  it('keeps only the records the origin names', () => {
    expect(withOriginLinks({ origin: 'goal', activity: 'a1', goal: 'g1', milestone: 'm1' })).toEqual({ origin: 'goal', activity: null, goal: 'g1', milestone: null });
    expect(withOriginLinks({ origin: 'milestone', activity: 'a1', goal: 'g1', milestone: 'm1' })).toEqual({ origin: 'milestone', activity: null, goal: 'g1', milestone: 'm1' });
    expect(withOriginLinks({ origin: 'activity', activity: 'a1', goal: 'g1' })).toEqual({ origin: 'activity', activity: 'a1', goal: null });
    expect(withOriginLinks({ origin: 'institutional', activity: 'a1' })).toEqual({ origin: 'institutional', activity: null });
  });

  it('adds no field the form did not send', () => {
    expect(withOriginLinks({ title: 'Solo el título' })).toEqual({ title: 'Solo el título' });
  });
});
