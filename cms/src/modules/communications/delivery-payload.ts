import type { PieceChannel } from '@sigobito/config/contracts';

/**
 * What a piece's delivery carries in the outbox (channel `web`, `facebook` or `x`, key
 * `piece:<piece documentId>`): a snapshot taken when press publishes, so the post that goes
 * out, and the text a reconcile looks for, are exactly what the approver saw.
 */
export type DeliveryPayload = {
  piece: string;
  communication: string;
  channel: PieceChannel;
  /** Web: the news title. */
  title: string | null;
  /** The text as the channel receives it: X's with its link (xPostText), Facebook's plain text, the web's sanitised HTML. */
  text: string;
  link: string | null;
  /** Upload ids in order, each with its alt text (X sends it as media metadata, Facebook as the photo's alt text). */
  images: Array<{ file: number; alt: string }>;
  /** When it is due (ISO); null: at once. */
  scheduledAt: string | null;
};

export const isDeliveryPayload = (value: unknown): value is DeliveryPayload => {
  const p = value as Partial<DeliveryPayload> | null;
  return Boolean(p && typeof p === 'object' && typeof p.piece === 'string' && typeof p.channel === 'string' && typeof p.text === 'string' && Array.isArray(p.images));
};
