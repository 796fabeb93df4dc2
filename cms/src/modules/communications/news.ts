import type { Core } from '@strapi/strapi';
import { PUBLISHED_COMMUNICATION_STATUSES, pieceProblems } from '@sigobito/config/contracts';
import { z } from 'zod';
import { BadRequest, zodErrors } from '../../backoffice/errors';
import { findReadable, getOne } from '../../backoffice/engine';
import { inTransaction } from '../../backoffice/transaction';
import type { BackofficeUser } from '../../backoffice/types';
import { sanitizeNewsHtml } from '../../domain/communications/news-html';
import { callOffDeliveries } from './approval';
import { pieceInputOf } from './piece-rules';
import { COMMUNICATION_UID, communicationRow, PIECE_UID, pieceRow, updateDocument, type CommunicationRow } from './records';
import { communications, pieces } from './resources';

/*
 * Published news is never silently rewritten nor unpublished (GOV.UK's way): it is withdrawn with
 * its reason (the page stays, saying so) or corrected with a dated note.
 */

const text = (max: number, required: string) =>
  z.string({ required_error: required, invalid_type_error: 'Debe ser un texto' }).trim().min(1, required).max(max, `Como máximo ${max} caracteres`);

const withdrawal = z.object({ reason: text(2000, 'Indique el motivo') });
const correction = z.object({
  note: text(2000, 'Explique qué se corrigió'),
  title: z.string({ invalid_type_error: 'Debe ser un texto' }).trim().optional(),
  summary: z.string({ invalid_type_error: 'Debe ser un texto' }).trim().nullable().optional(),
  body: z.string({ invalid_type_error: 'Debe ser un texto' }).optional(),
});

/** Required texts that are missing or blank say so with the variant of `required`. */
function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  throw new BadRequest(
    zodErrors(parsed.error.issues).map((e) =>
      (e.code === 'too_small' || (e.code === 'invalid_type' && e.params?.variant === 'missing')) && (e.path === 'reason' || e.path === 'note')
        ? { path: e.path, code: 'required' as const, params: { variant: e.path }, message: e.message }
        : e,
    ),
  );
}

/** Published (or archived) news, not withdrawn: what may be withdrawn or corrected. */
function assertLive(communication: CommunicationRow) {
  if (!PUBLISHED_COMMUNICATION_STATUSES.includes(communication.status)) {
    throw new BadRequest([{ path: 'status', code: 'not_published', message: 'Solo se retira o corrige una noticia publicada' }]);
  }
  if (communication.withdrawnAt) throw new BadRequest([{ path: 'status', code: 'withdrawn', message: 'La noticia fue retirada' }]);
}

/** Withdraws published news: dated, with its reason; what had not gone out on other channels is called off. */
export function withdrawNews(strapi: Core.Strapi, user: BackofficeUser, documentId: string, input: unknown, now = new Date()) {
  const { reason } = parse(withdrawal, input);
  return inTransaction(strapi, async () => {
    await findReadable(strapi, communications, user, documentId);
    const communication = (await communicationRow(strapi, documentId))!;
    assertLive(communication);
    await callOffDeliveries(strapi, documentId);
    await updateDocument(strapi, COMMUNICATION_UID, documentId, { withdrawnAt: now.toISOString(), withdrawalReason: reason });
    return getOne(strapi, communications, user, documentId);
  });
}

/**
 * Corrects published web news: its title, summary or body as given (the body sanitised as on
 * every save, the channel's rules checked again), and a dated note appended to the corrections.
 */
export function correctNews(strapi: Core.Strapi, user: BackofficeUser, documentId: string, input: unknown, now = new Date()) {
  const { note, ...changes } = parse(correction, input);
  return inTransaction(strapi, async () => {
    await findReadable(strapi, communications, user, documentId);
    const communication = (await communicationRow(strapi, documentId))!;
    assertLive(communication);
    const web = (await strapi.db.query(PIECE_UID).findOne({
      where: { communication: { documentId }, channel: 'web', status: 'published' },
      select: ['documentId'],
      orderBy: { postedAt: 'asc' },
    })) as { documentId: string } | null;
    if (!web) throw new BadRequest([{ path: 'pieces', code: 'not_published', params: { variant: 'web' }, message: 'Esta acción no tiene una noticia web publicada' }]);
    const data: Record<string, unknown> = {};
    if (changes.title !== undefined) data.title = changes.title;
    if (changes.summary !== undefined) data.summary = changes.summary || null;
    if (changes.body !== undefined) data.body = sanitizeNewsHtml(changes.body);
    const piece = (await pieceRow(strapi, web.documentId))!;
    const problems = pieceProblems(pieceInputOf({ ...piece, ...data }), { forPublishing: true });
    if (problems.length) throw new BadRequest(problems);
    if (Object.keys(data).length) await updateDocument(strapi, PIECE_UID, web.documentId, data);
    const corrections = Array.isArray(communication.corrections) ? communication.corrections : [];
    await updateDocument(strapi, COMMUNICATION_UID, documentId, { corrections: [...corrections, { at: now.toISOString(), note }] });
    return { communication: await getOne(strapi, communications, user, documentId), piece: await getOne(strapi, pieces, user, web.documentId) };
  });
}
