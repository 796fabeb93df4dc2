import { isOwnKey, own } from './own';
import { isRole, ROLES, type Role } from './permissions';
import type { CodedMessage } from './errors';

/**
 * Comunicación: the rules of communication actions and their pieces, shared so the back office
 * counts and refuses exactly as the CMS does (the server always checks again).
 */

export const COMMUNICATION_STATUSES = ['identified', 'in_preparation', 'in_review', 'approved', 'published', 'archived', 'discarded'] as const;
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];

export const COMMUNICATION_ORIGINS = ['activity', 'goal', 'milestone', 'institutional'] as const;
export type CommunicationOrigin = (typeof COMMUNICATION_ORIGINS)[number];

export const PIECE_CHANNELS = ['web', 'facebook', 'x'] as const;
export type PieceChannel = (typeof PIECE_CHANNELS)[number];

export const PIECE_STATUSES = ['draft', 'scheduled', 'sending', 'published', 'failed'] as const;
export type PieceStatus = (typeof PIECE_STATUSES)[number];

/**
 * The workflow: identified → in preparation → in review → approved → published → archived, or
 * discarded from any state before published (and a discarded one taken up again as identified).
 * Review may send it back to preparation; an approved one may be reopened for changes.
 * `published` is reached only by publishing a piece (the system), never by a move.
 */
export const COMMUNICATION_TRANSITIONS: Record<CommunicationStatus, readonly CommunicationStatus[]> = {
  identified: ['in_preparation', 'discarded'],
  in_preparation: ['in_review', 'identified', 'discarded'],
  in_review: ['approved', 'in_preparation', 'discarded'],
  approved: ['published', 'in_preparation', 'discarded'],
  published: ['archived'],
  archived: [],
  discarded: ['identified'],
};

export const isCommunicationStatus = (value: unknown): value is CommunicationStatus => isOwnKey(COMMUNICATION_TRANSITIONS, value);
export const isPieceChannel = (value: unknown): value is PieceChannel => typeof value === 'string' && (PIECE_CHANNELS as readonly string[]).includes(value);

/** Where a communication stands for the public: only these may have news on the site. */
export const PUBLISHED_COMMUNICATION_STATUSES: readonly CommunicationStatus[] = ['published', 'archived'];
/** Still being worked on: what press's lists and the calendar show as planned. */
export const OPEN_COMMUNICATION_STATUSES: readonly CommunicationStatus[] = ['identified', 'in_preparation', 'in_review', 'approved'];

/** The roles that approve when the settings name none. */
export const DEFAULT_APPROVER_ROLES: readonly Role[] = ['mayor'];

/** The approver roles a stored setting names: known roles, once each; the default when it names none. */
export function approverRolesFrom(stored: unknown): Role[] {
  const named = Array.isArray(stored) ? [...new Set(stored.filter(isRole))] : [];
  return named.length ? named : [...DEFAULT_APPROVER_ROLES];
}

/** What is wrong with the approver roles a settings form sends (null: back to the default). */
export function approverRolesProblems(value: unknown): Array<CodedMessage & { path: 'communicationApprovers' }> {
  const path = 'communicationApprovers' as const;
  if (value === null || value === undefined) return [];
  if (Array.isArray(value) && !value.length) return [{ path, code: 'required', params: { variant: 'approvers' }, message: 'Nombre al menos un rol que apruebe' }];
  if (!Array.isArray(value) || !value.every(isRole)) return [{ path, code: 'invalid_choice', params: { allowed: [...ROLES] }, message: `Debe ser uno de: ${ROLES.join(', ')}` }];
  return [];
}

/** Who may propose a communication (create it, as `identified`). */
export const PROPOSER_ROLES: readonly Role[] = ['press', 'mayor', 'agenda', 'follow-up'];
/** Who prepares, sends to review, publishes, archives. */
export const EDITOR_ROLES: readonly Role[] = ['press'];

export type TransitionRequest = {
  from: CommunicationStatus;
  to: string;
  role: Role;
  /** The roles the settings name as approvers. */
  approverRoles: readonly string[];
  /** How many pieces the communication has (review needs one). */
  pieces: number;
  /** Moves made by the publishing itself (approved → published). */
  bySystem?: boolean;
};

export type TransitionProblem = CodedMessage & { path: 'to' | 'status' };

const STATUS_ES: Record<CommunicationStatus, string> = {
  identified: 'identificada',
  in_preparation: 'en preparación',
  in_review: 'en revisión',
  approved: 'aprobada',
  published: 'publicada',
  archived: 'archivada',
  discarded: 'descartada',
};

/** Which role may make a move: approving and sending back from review are the approvers'; the rest, the editors'. */
function mayMove(role: Role, from: CommunicationStatus, to: CommunicationStatus, approverRoles: readonly string[]): boolean {
  const approver = approverRoles.includes(role);
  if (to === 'approved') return approver;
  if (from === 'in_review' && to === 'in_preparation') return approver || EDITOR_ROLES.includes(role);
  if (to === 'discarded') return approver || EDITOR_ROLES.includes(role);
  return EDITOR_ROLES.includes(role);
}

/** The moves a role may make from a status (the back office shows only these buttons). */
export function allowedMoves(from: CommunicationStatus, role: Role, approverRoles: readonly string[]): CommunicationStatus[] {
  return (own(COMMUNICATION_TRANSITIONS, from) ?? []).filter((to) => to !== 'published' && mayMove(role, from, to, approverRoles));
}

/** What is wrong with a move (empty: allowed). Pure: the CMS and the back office ask the same. */
export function transitionProblems(req: TransitionRequest): TransitionProblem[] {
  const { from, to, role } = req;
  if (!isCommunicationStatus(to)) {
    return [{ path: 'to', code: 'invalid_choice', params: { allowed: [...COMMUNICATION_STATUSES] }, message: 'Estado desconocido' }];
  }
  const next = own(COMMUNICATION_TRANSITIONS, from) ?? [];
  if (!next.includes(to) || (to === 'published' && !req.bySystem)) {
    const allowed = req.bySystem ? [...next] : allowedMoves(from, role, req.approverRoles);
    return [
      {
        path: 'to',
        code: 'invalid_transition',
        params: { resource: 'communications', variant: 'move', from, to, allowed },
        message: `Una acción ${STATUS_ES[from]} no puede pasar a ${STATUS_ES[to]}`,
      },
    ];
  }
  if (!req.bySystem && !mayMove(role, from, to, req.approverRoles)) {
    return [{ path: 'to', code: 'not_allowed_move', params: { to }, message: `Su rol no puede pasar la acción a ${STATUS_ES[to]}` }];
  }
  if (to === 'in_review' && req.pieces < 1) {
    return [{ path: 'to', code: 'no_pieces', message: 'Prepare al menos una pieza antes de enviarla a revisión' }];
  }
  return [];
}

/** The fields of a piece whose change, once the communication is approved, needs a new approval. */
export const APPROVED_CONTENT_FIELDS = ['title', 'summary', 'body', 'images', 'imageAlts', 'link', 'scheduledAt'] as const;

/**
 * The communication's status after one of its pieces changed `changed` fields (or a piece was
 * added or removed: pass `['body']`): an approval covers the text, images and schedule it saw.
 */
export function statusAfterPieceEdit(status: CommunicationStatus, changed: readonly string[]): CommunicationStatus {
  const voids = changed.some((f) => (APPROVED_CONTENT_FIELDS as readonly string[]).includes(f));
  return status === 'approved' && voids ? 'in_review' : status;
}

/** Channel limits. X counts as X does (twitter-text: a link is 23, most emoji 2). */
export const CHANNEL_LIMITS = {
  web: { title: 120, summary: 160, body: 100_000, images: 10 },
  facebook: { title: 120, summary: 160, body: 63_206, images: 10 },
  x: { title: 120, summary: 160, body: 280, images: 4 },
} as const satisfies Record<PieceChannel, { title: number; summary: number; body: number; images: number }>;

/** Alt text: X takes up to 1000 characters; the same everywhere. */
export const ALT_TEXT_MAX = 1000;

/** The text X receives: the body, and the link after it unless the body already has it. */
export function xPostText(piece: { body?: string | null; link?: string | null }): string {
  const body = (piece.body ?? '').trim();
  const link = (piece.link ?? '').trim();
  return link && !body.includes(link) ? `${body}\n${link}`.trim() : body;
}

/** The text Facebook receives (the link goes as the post's link, not in the text). */
export const facebookPostText = (piece: { body?: string | null }): string => (piece.body ?? '').trim();

/** Plain text of a web body (the live counter, the summary fallback, the feeds' description). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h[1-6]|\/blockquote)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type ImageAlt = { file: number; alt: string };
export type PieceInput = {
  channel: PieceChannel;
  title?: string | null;
  summary?: string | null;
  body?: string | null;
  link?: string | null;
  /** The images' upload ids, in order (the first is the web's cover). */
  images?: readonly number[];
  imageAlts?: readonly ImageAlt[] | null;
};
export type PieceProblem = CodedMessage & { path: string };

/**
 * A delivery (an outbox row of a piece's channel) as press reads it: `published` once sent; the
 * rest as the outbox keeps them (`paused`: the channel's credentials stopped working, issue 10).
 */
export const DELIVERY_STATUSES = ['pending', 'sending', 'unknown', 'published', 'failed', 'needs_review', 'paused', 'cancelled'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The outbox's status of a delivery → the word press reads (`sent` is `published`). */
export const deliveryStatusOf = (outboxStatus: unknown): string => (outboxStatus === 'sent' ? 'published' : String(outboxStatus ?? ''));
/** The outbox's status press filters on (`published` is stored as `sent`). */
export const outboxStatusOf = (deliveryStatus: string): string => (deliveryStatus === 'published' ? 'sent' : deliveryStatus);

/** A delivery whose outcome needs a person: press may send it again from scratch. */
export const RETRYABLE_DELIVERY_STATUSES: readonly DeliveryStatus[] = ['failed', 'needs_review'];

export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, { es: string; en: string }> = {
  pending: { es: 'En espera', en: 'Pending' },
  sending: { es: 'Enviando', en: 'Sending' },
  unknown: { es: 'Comprobando si salió', en: 'Checking whether it went out' },
  published: { es: 'Publicada', en: 'Published' },
  failed: { es: 'Falló', en: 'Failed' },
  needs_review: { es: 'Necesita revisión', en: 'Needs review' },
  paused: { es: 'Canal en pausa', en: 'Channel paused' },
  cancelled: { es: 'Cancelada', en: 'Cancelled' },
};

/** The key that makes an opportunity unique: one communication per completed milestone or activity, whatever retries follow. */
export const opportunityKey = (kind: 'milestone' | 'activity', documentId: string): string => `communication-opportunity:${kind}:${documentId}`;

/** The outbox key of a piece's delivery: one per piece and channel, so it is never posted twice. */
export const deliveryKey = (pieceDocumentId: string): string => `piece:${pieceDocumentId}`;

/** The piece a delivery's key names (`piece:<documentId>`), or null for another key. */
export const pieceOfDeliveryKey = (key: unknown): string | null => (typeof key === 'string' && key.startsWith('piece:') && key.length > 6 ? key.slice(6) : null);

const SLUG_MAX = 80;

/** A news item's address: the local date and the title in ASCII, `2026-11-30-inauguramos-el-puente`. */
export function newsSlug(title: string, localDate: string): string {
  const words = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const base = `${localDate}-${words || 'noticia'}`.slice(0, SLUG_MAX).replace(/-+$/, '');
  return base;
}

export const isNewsSlug = (value: unknown): value is string => typeof value === 'string' && value.length <= SLUG_MAX + 4 && /^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);

/** Whether a web piece is public news now: published, due, and its communication published or archived. */
export function isPublicNews(communication: { status?: unknown }, piece: { channel?: unknown; status?: unknown; postedAt?: unknown }, now: Date): boolean {
  if (piece.channel !== 'web' || piece.status !== 'published') return false;
  if (!PUBLISHED_COMMUNICATION_STATUSES.includes(communication.status as CommunicationStatus)) return false;
  const at = typeof piece.postedAt === 'string' || piece.postedAt instanceof Date ? new Date(piece.postedAt as string) : null;
  return Boolean(at && !Number.isNaN(at.getTime()) && at.getTime() <= now.getTime());
}

/** The line a withdrawn news item shows instead of its body ("Retirada el <fecha>: <motivo>"). */
export const withdrawalNotice = (localDateText: string, reason: string): string => `Retirada el ${localDateText}: ${reason}`;

export const COMMUNICATION_STATUS_LABELS: Record<CommunicationStatus, { es: string; en: string }> = {
  identified: { es: 'Identificada', en: 'Identified' },
  in_preparation: { es: 'En preparación', en: 'In preparation' },
  in_review: { es: 'En revisión', en: 'In review' },
  approved: { es: 'Aprobada', en: 'Approved' },
  published: { es: 'Publicada', en: 'Published' },
  archived: { es: 'Archivada', en: 'Archived' },
  discarded: { es: 'Descartada', en: 'Discarded' },
};

export const PIECE_STATUS_LABELS: Record<PieceStatus, { es: string; en: string }> = {
  draft: { es: 'Borrador', en: 'Draft' },
  scheduled: { es: 'Programada', en: 'Scheduled' },
  sending: { es: 'Enviando', en: 'Sending' },
  published: { es: 'Publicada', en: 'Published' },
  failed: { es: 'Falló', en: 'Failed' },
};

export const CHANNEL_LABELS: Record<PieceChannel, { es: string; en: string }> = {
  web: { es: 'Sitio web', en: 'Web site' },
  facebook: { es: 'Facebook', en: 'Facebook' },
  x: { es: 'X', en: 'X' },
};
