import {
  APPROVED_CONTENT_FIELDS,
  facebookPostText,
  OPEN_COMMUNICATION_STATUSES,
  xPostText,
  type CommunicationStatus,
  type ImageAlt,
  type PieceChannel,
  type PieceInput,
  type PieceStatus,
} from '@sigobito/config/contracts';
import type { FieldError } from '../../backoffice/errors';
import type { DeliveryPayload } from './delivery-payload';

/*
 * Pure rules of a piece's life: when it may still change, what of it changed, what its delivery
 * carries and what publishing makes of it. The resource, the actions and the web channel apply them.
 */

/** Pieces whose delivery is written (queued, on its way or out): publishing them again does nothing. */
export const PUBLISHING_PIECE_STATUSES: readonly PieceStatus[] = ['scheduled', 'sending', 'published'];

/** Why a piece may not be created, changed or deleted now (empty: it may). */
export function pieceEditProblems(communicationStatus: string | undefined, pieceStatus?: string): FieldError[] {
  if (pieceStatus === 'published') {
    return [{ path: 'status', code: 'not_editable', params: { variant: 'piece' }, message: 'La pieza ya está publicada: corrija la noticia con una nota' }];
  }
  if (!OPEN_COMMUNICATION_STATUSES.includes(communicationStatus as CommunicationStatus)) {
    return [
      {
        path: 'communication',
        code: 'not_editable',
        params: { variant: 'communication' },
        message: 'Las piezas solo cambian mientras la acción está identificada, en preparación, en revisión o aprobada',
      },
    ];
  }
  return [];
}

/** A media value as stored or sent (an id, or a file object with its id) → the id. */
const fileIdOf = (v: unknown): number | null => {
  const id = typeof v === 'object' && v !== null ? (v as { id?: unknown }).id : v;
  return typeof id === 'number' && Number.isInteger(id) && id > 0 ? id : null;
};

export const imageIds = (value: unknown): number[] => (Array.isArray(value) ? value.map(fileIdOf).filter((id): id is number => id !== null) : []);

/** The alt texts as they may be read: entries `{ file, alt }` with a file id and a text (anything else is dropped). */
export function altsOf(value: unknown): ImageAlt[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((a) => {
    const file = fileIdOf((a as { file?: unknown } | null)?.file ?? null);
    const alt = (a as { alt?: unknown } | null)?.alt;
    return a && typeof a === 'object' && file !== null && typeof alt === 'string' ? [{ file, alt }] : [];
  });
}

/** The alt texts stored with a piece: one per image, in the images' order, trimmed. */
export const normalizedAlts = (images: readonly number[], alts: unknown): ImageAlt[] => {
  const given = altsOf(alts);
  return images.map((file) => ({ file, alt: (given.find((a) => a.file === file)?.alt ?? '').trim() }));
};

/** A field's value as an approval saw it: text trimmed (empty is none), images as ids, instants as times. */
function comparable(field: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const list = (items: unknown[]) => (items.length ? JSON.stringify(items) : '');
  if (field === 'images') return list(imageIds(value));
  if (field === 'imageAlts') return list(altsOf(value).map((a) => [a.file, a.alt.trim()]));
  if (field === 'scheduledAt') return String(new Date(String(value)).getTime());
  return typeof value === 'string' ? value.trim() : JSON.stringify(value);
}

/** Which of the fields an approval covers (text, images, schedule) a write changes. */
export function changedContentFields(before: Record<string, unknown>, data: Record<string, unknown>): string[] {
  return APPROVED_CONTENT_FIELDS.filter((f) => data[f] !== undefined && comparable(f, data[f]) !== comparable(f, before[f]));
}

const FIELD_WORDS: Record<string, string> = {
  title: 'el título',
  summary: 'el resumen',
  body: 'el texto',
  images: 'las imágenes',
  imageAlts: 'los textos alternativos',
  link: 'el enlace',
  scheduledAt: 'la programación',
};

/** A piece named by its channel, as an e-mail says it ("la pieza de X"). */
export const pieceName = (channel: string) => `la pieza de ${channel === 'web' ? 'la web' : channel === 'x' ? 'X' : 'Facebook'}`;

/** What changed, as the approver reads it in the e-mail ("el texto y la programación de la pieza de X"). */
export function changeWords(fields: readonly string[], channel: string): string {
  const words = fields.map((f) => FIELD_WORDS[f] ?? f);
  const list = words.length > 1 ? `${words.slice(0, -1).join(', ')} y ${words[words.length - 1]}` : words[0];
  return list ? `${list} de ${pieceName(channel)}` : pieceName(channel);
}

/** A piece as the channel rules read it (pieceProblems). */
export const pieceInputOf = (piece: Record<string, unknown>): PieceInput => ({
  channel: piece.channel as PieceChannel,
  title: (piece.title as string | null) ?? null,
  summary: (piece.summary as string | null) ?? null,
  body: (piece.body as string | null) ?? null,
  link: (piece.link as string | null) ?? null,
  images: imageIds(piece.images),
  imageAlts: altsOf(piece.imageAlts),
});

type StoredPiece = {
  documentId: string;
  channel: PieceChannel;
  title?: string | null;
  body?: string | null;
  link?: string | null;
  images?: unknown;
  imageAlts?: unknown;
  scheduledAt?: string | Date | null;
};

/** What the delivery carries: the piece as the approver saw it, the text as its channel receives it. */
export function deliveryPayloadOf(piece: StoredPiece, communicationDocumentId: string): DeliveryPayload {
  const images = imageIds(piece.images);
  const text = piece.channel === 'x' ? xPostText(piece) : piece.channel === 'facebook' ? facebookPostText(piece) : (piece.body ?? '').trim();
  return {
    piece: piece.documentId,
    communication: communicationDocumentId,
    channel: piece.channel,
    title: piece.title?.trim() || null,
    text,
    link: piece.link?.trim() || null,
    images: normalizedAlts(images, piece.imageAlts),
    scheduledAt: piece.scheduledAt ? new Date(piece.scheduledAt).toISOString() : null,
  };
}

/** Publishing now: a piece scheduled for later waits for its time (scheduled), any other goes at once (sending). */
export function publishMove(scheduledAt: string | Date | null | undefined, now: Date): { status: 'scheduled' | 'sending'; notBefore?: Date } {
  const at = scheduledAt ? new Date(scheduledAt) : null;
  return at && !Number.isNaN(at.getTime()) && at.getTime() > now.getTime() ? { status: 'scheduled', notBefore: at } : { status: 'sending' };
}

/** The first address free among `base`, `base-2`, `base-3`… */
export function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
