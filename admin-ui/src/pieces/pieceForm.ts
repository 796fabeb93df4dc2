import { CHANNEL_LIMITS, isPieceChannel, pieceProblems, textCount, type ImageAlt, type PieceChannel, type PieceProblem } from '@sigobito/config/contracts';
import { isNewFile, isStoredFile, withUploadedFiles, type FileId, type Upload } from '../common/files';

/**
 * A piece as its form holds it, and back. The API keeps the images as upload ids and their alt
 * texts as `imageAlts: [{ file, alt }]`; the form keeps `imageAlts` as one text per image, in the
 * images' order, so a refusal the server names `imageAlts.<n>` (pieceProblems) lands on the
 * input of the n-th image. Pure: the upload is passed in.
 */

export type PieceRecord = {
  id?: string;
  communication?: string | null;
  channel?: string;
  title?: string | null;
  summary?: string | null;
  body?: string | null;
  link?: string | null;
  scheduledAt?: string | null;
  images?: unknown;
  imageAlts?: unknown;
  status?: string;
};

export type PieceFormValues = Omit<PieceRecord, 'imageAlts' | 'images'> & { images: unknown[]; imageAlts: string[] };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The upload id of an image as the API or the form holds it (a stored file, or a bare id); undefined for a file not uploaded yet. */
export const imageIdOf = (image: unknown): FileId | undefined => {
  if (typeof image === 'number' || typeof image === 'string') return image;
  return isStoredFile(image) ? image.id : undefined;
};

const altsOf = (value: unknown): ImageAlt[] =>
  Array.isArray(value)
    ? value.filter(isObject).map((a) => ({ file: Number(a.file), alt: typeof a.alt === 'string' ? a.alt : '' }))
    : [];

/** The record as the form edits it: one alt text per image, in order. */
export const toPieceForm = (record: PieceRecord): PieceFormValues => {
  const images = Array.isArray(record.images) ? record.images : record.images == null ? [] : [record.images];
  const alts = altsOf(record.imageAlts);
  return {
    ...record,
    images,
    imageAlts: images.map((image) => alts.find((a) => String(a.file) === String(imageIdOf(image)))?.alt ?? ''),
  };
};

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const blankToNull = (value: unknown): string | null => {
  const s = text(value);
  return s && s.trim() !== '' ? s : null;
};

/**
 * What the API receives: new images uploaded first (one request), then every image as its id
 * and each alt text keyed by that id. Read-only fields (status, dates of publishing) stay out.
 */
export const pieceForApi = async (values: PieceFormValues, upload: Upload): Promise<Record<string, unknown>> => {
  const uploaded = await withUploadedFiles({ images: values.images }, ['images'], upload);
  const ids = (uploaded.images as unknown[]).map(imageIdOf).filter((id): id is FileId => id !== undefined);
  return {
    communication: values.communication,
    channel: values.channel,
    title: blankToNull(values.title),
    summary: blankToNull(values.summary),
    body: text(values.body) ?? '',
    link: blankToNull(values.link),
    scheduledAt: blankToNull(values.scheduledAt),
    images: ids.map(Number),
    imageAlts: ids.map((id, i) => ({ file: Number(id), alt: (values.imageAlts[i] ?? '').trim() })),
  };
};

/**
 * What the contracts find wrong with the piece as typed (the very rules the server applies).
 * Images not uploaded yet stand in with a placeholder id, so their alt texts are checked too.
 */
export const formProblems = (values: Partial<PieceFormValues>): PieceProblem[] => {
  if (!isPieceChannel(values.channel)) return [];
  const images = values.images ?? [];
  const ids = images.map((image, i) => {
    const id = imageIdOf(image);
    return id === undefined || isNewFile(image) ? -(i + 1) : Number(id);
  });
  return pieceProblems({
    channel: values.channel,
    title: text(values.title),
    summary: text(values.summary),
    body: text(values.body),
    link: text(values.link),
    images: ids,
    imageAlts: ids.map((file, i) => ({ file, alt: values.imageAlts?.[i] ?? '' })),
  });
};

/**
 * Problems as the form's errors, the first one per field, keyed by path (`imageAlts.1`: the
 * second image's alt text input; react-hook-form reads a dotted key as it is), each message told
 * by `message` (the coded message in the user's language).
 */
export const problemsAsErrors = (problems: readonly PieceProblem[], message: (problem: PieceProblem) => string): Record<string, string> => {
  const errors: Record<string, string> = {};
  for (const problem of problems) if (!(problem.path in errors)) errors[problem.path] = message(problem);
  return errors;
};

export type Counter = { count: number; max: number; over: number; channel: PieceChannel };

/** The live counter: the text's length as the channel counts it (X: links 23, most emoji 2), against its limit. */
export const counterOf = (channel: PieceChannel, values: { body?: string | null; link?: string | null }): Counter => {
  const { count, max } = textCount(channel, values);
  return { count, max, over: Math.max(0, count - max), channel };
};

/** How many images the channel takes. */
export const maxImages = (channel: PieceChannel): number => CHANNEL_LIMITS[channel].images;

/** What identifies an image across edits of the list: its upload id, or the preview address of a file just picked. */
export const imageKeyOf = (image: unknown): string => {
  const id = imageIdOf(image);
  if (id !== undefined) return `id:${id}`;
  if (isNewFile(image)) return `new:${String(image.src ?? image.title ?? '')}`;
  return '';
};

/**
 * The alt texts after the images changed (one removed, one added, reordered): each image keeps
 * its own text, a new one starts empty.
 */
export const realignAlts = (before: readonly unknown[], alts: readonly string[], after: readonly unknown[]): string[] =>
  after.map((image) => {
    const key = imageKeyOf(image);
    const i = key ? before.findIndex((b) => imageKeyOf(b) === key) : -1;
    return i >= 0 ? (alts[i] ?? '') : '';
  });

/** Where a preview shows an image from: its stored address, or the picked file's preview. */
export const imageSrcOf = (image: unknown): string | undefined => {
  if (isStoredFile(image)) return image.url;
  if (isNewFile(image) && typeof image.src === 'string') return image.src;
  return undefined;
};
