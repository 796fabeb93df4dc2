import {
  allowedMoves,
  COMMUNICATION_ORIGINS,
  COMMUNICATION_STATUSES,
  approverRolesFrom,
  isCommunicationStatus,
  isRole,
  OPEN_COMMUNICATION_STATUSES,
  PIECE_CHANNELS,
  type CommunicationStatus,
  type Role,
} from '@sigobito/config/contracts';
import { translatedChoices } from '../common/choices';

export const communicationStatusChoices = translatedChoices(COMMUNICATION_STATUSES, 'resources.communications.statuses');
export const originChoices = translatedChoices(COMMUNICATION_ORIGINS, 'resources.communications.origins');
export const channelChoices = translatedChoices(PIECE_CHANNELS, 'resources.pieces.channels');

type ChipColour = 'default' | 'info' | 'warning' | 'success' | 'error' | 'secondary' | 'primary';

export const COMMUNICATION_STATUS_COLOURS: Record<CommunicationStatus, ChipColour> = {
  identified: 'info',
  in_preparation: 'secondary',
  in_review: 'warning',
  approved: 'primary',
  published: 'success',
  archived: 'default',
  discarded: 'default',
};

/** Who approves, as the settings say (`communicationApprovers`): the contracts' rule, the server's. */
export const approverRolesOf = (settings: { communicationApprovers?: unknown } | undefined | null): Role[] => approverRolesFrom(settings?.communicationApprovers);

/**
 * The workflow buttons a role sees on a communication: exactly the contracts' allowedMoves,
 * the forward move first (approve, send to review…), going back and discarding last.
 */
export const workflowMoves = (status: unknown, role: unknown, approverRoles: readonly string[]): CommunicationStatus[] => {
  if (!isCommunicationStatus(status) || !isRole(role)) return [];
  const moves = allowedMoves(status, role, approverRoles);
  const forward = (to: CommunicationStatus) => COMMUNICATION_STATUSES.indexOf(to) > COMMUNICATION_STATUSES.indexOf(status) && to !== 'discarded';
  return [...moves.filter(forward), ...moves.filter((to) => !forward(to))];
};

/** The words of a move's button: going back to preparation says from where it goes back. */
export const moveLabelKey = (from: CommunicationStatus, to: CommunicationStatus): string => {
  const prefix = 'resources.communications.transitions';
  if (to === 'in_preparation' && from === 'in_review') return `${prefix}.back_to_preparation`;
  if (to === 'in_preparation' && from === 'approved') return `${prefix}.reopen`;
  return `${prefix}.${to}`;
};

export type MoveDialog = 'approve' | 'back' | 'discard' | null;

/** Moves that ask for a comment first (kept in the history): approving, sending back, discarding. */
export const moveDialog = (from: CommunicationStatus, to: CommunicationStatus): MoveDialog => {
  if (to === 'approved') return 'approve';
  if (to === 'discarded') return 'discard';
  if (to === 'in_preparation' && (from === 'in_review' || from === 'approved')) return 'back';
  return null;
};

/** Whether a piece can be sent to publish now: its communication approved (or already out) and the piece not out yet. */
export const mayPublishPiece = (communicationStatus: unknown, pieceStatus: unknown): boolean =>
  (communicationStatus === 'approved' || communicationStatus === 'published') &&
  (pieceStatus === 'draft' || pieceStatus === 'scheduled' || pieceStatus === 'failed');

/** Whether a communication's news may be withdrawn or corrected: published and not withdrawn. */
export const isLiveNews = (communication: { status?: unknown; withdrawnAt?: unknown } | undefined): boolean =>
  communication?.status === 'published' && !communication.withdrawnAt;

/**
 * Whether a piece's form is open: its communication still being worked on (or out, for a piece
 * that is not), and the piece not out yet. A published piece is corrected, not edited.
 */
export const pieceEditable = (communicationStatus: unknown, pieceStatus: unknown): boolean =>
  (isCommunicationStatus(communicationStatus) && (OPEN_COMMUNICATION_STATUSES.includes(communicationStatus) || communicationStatus === 'published')) &&
  (pieceStatus === undefined || pieceStatus === 'draft' || pieceStatus === 'scheduled' || pieceStatus === 'failed');

/** Only the links its origin names: a communication of a goal keeps no activity picked before the origin changed. */
export const withOriginLinks = <T extends Record<string, unknown>>(data: T): T => {
  const origin = data.origin;
  const keep = {
    activity: origin === 'activity',
    goal: origin === 'goal' || origin === 'milestone',
    milestone: origin === 'milestone',
  };
  const next: Record<string, unknown> = { ...data };
  for (const [field, kept] of Object.entries(keep)) if (!kept && field in next) next[field] = null;
  return next as T;
};
