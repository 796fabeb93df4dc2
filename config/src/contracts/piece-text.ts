import twitterText from 'twitter-text';
import { ALT_TEXT_MAX, CHANNEL_LIMITS, facebookPostText, htmlToText, isPieceChannel, PIECE_CHANNELS, xPostText, type PieceChannel, type PieceInput, type PieceProblem } from './communications';

/*
 * A piece's text as its channel counts it, and what is wrong with a piece for its channel. Apart
 * from the rest of the communication rules because X's count needs twitter-text (~130 KB with its
 * emoji table): only the screens that edit a piece load it, never the login's chunk.
 */

/** How long a piece's text is the way its channel counts it, and the limit: the live counter. */
export function textCount(channel: PieceChannel, piece: { body?: string | null; link?: string | null }): { count: number; max: number } {
  const max = CHANNEL_LIMITS[channel].body;
  if (channel === 'x') return { count: twitterText.parseTweet(xPostText(piece)).weightedLength, max };
  if (channel === 'web') return { count: htmlToText(piece.body ?? '').length, max };
  return { count: facebookPostText(piece).length, max };
}

const chars = (s: string | null | undefined) => [...(s ?? '')].length;

/**
 * What is wrong with a piece for its channel, each with the field named: the web needs a title
 * (≤ 120) and a summary ≤ 160; X ≤ 280 as X counts, ≤ 4 images; Facebook plain text ≤ 63 206,
 * ≤ 10 images; every image needs its alt text. With `forPublishing`, the web also needs its cover image.
 */
export function pieceProblems(piece: PieceInput, opts: { forPublishing?: boolean } = {}): PieceProblem[] {
  const problems: PieceProblem[] = [];
  if (!isPieceChannel(piece.channel)) return [{ path: 'channel', code: 'invalid_choice', params: { allowed: [...PIECE_CHANNELS] }, message: 'Canal desconocido' }];
  const limits = CHANNEL_LIMITS[piece.channel];
  const body = piece.body ?? '';
  if (!body.trim()) problems.push({ path: 'body', code: 'required', params: { variant: 'text' }, message: 'Escriba el texto' });
  if (piece.channel === 'web' && !piece.title?.trim()) problems.push({ path: 'title', code: 'required', message: 'La noticia necesita un título' });
  if (chars(piece.title) > limits.title) problems.push({ path: 'title', code: 'too_long', params: { max: limits.title }, message: `Máximo ${limits.title} caracteres` });
  if (chars(piece.summary) > limits.summary) problems.push({ path: 'summary', code: 'too_long', params: { max: limits.summary }, message: `Máximo ${limits.summary} caracteres` });
  const { count, max } = textCount(piece.channel, piece);
  if (count > max) {
    const message = piece.channel === 'x' ? `X admite ${max} caracteres contados como X los cuenta (enlaces 23, emojis 2); este texto tiene ${count}` : `Máximo ${max} caracteres; tiene ${count}`;
    problems.push({ path: 'body', code: 'too_long', params: { max, count, variant: piece.channel === 'x' ? 'weighted' : undefined }, message });
  }
  if (piece.channel !== 'web' && /<\/?[a-z][^>]*>/i.test(body)) problems.push({ path: 'body', code: 'invalid_format', params: { variant: 'plain_text' }, message: 'Las redes sociales reciben texto sin formato (sin etiquetas HTML)' });
  const images = piece.images ?? [];
  if (images.length > limits.images) problems.push({ path: 'images', code: 'too_many', params: { max: limits.images }, message: `Máximo ${limits.images} imágenes en este canal` });
  const alts = piece.imageAlts ?? [];
  images.forEach((file, i) => {
    const alt = alts.find((a) => a && a.file === file)?.alt ?? '';
    if (!alt.trim()) problems.push({ path: `imageAlts.${i}`, code: 'required', params: { variant: 'alt' }, message: 'Cada imagen necesita su texto alternativo (qué muestra, para quien no la ve)' });
    else if (chars(alt) > ALT_TEXT_MAX) problems.push({ path: `imageAlts.${i}`, code: 'too_long', params: { max: ALT_TEXT_MAX }, message: `Máximo ${ALT_TEXT_MAX} caracteres` });
  });
  if (opts.forPublishing && piece.channel === 'web' && !images.length) problems.push({ path: 'images', code: 'required', params: { variant: 'cover' }, message: 'La noticia necesita una imagen de portada con su texto alternativo' });
  return problems;
}

