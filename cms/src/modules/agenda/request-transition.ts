import type { Core } from '@strapi/strapi';
import { canMoveRequest, REQUEST_TRANSITIONS, type RequestStatus } from '@sigobito/config/contracts';
import { z, type ZodIssue } from 'zod';
import { BadRequest, notFound, zodErrors } from '../../backoffice/errors';
import { getOne } from '../../backoffice/engine';
import { activities, requests } from './resources';
import type { BackofficeUser } from '../../backoffice/types';
import { notifyRequestAnswered } from './notifications';
import { isIsoDateTime } from '../../backoffice/validation';
import { inTransaction } from '../../backoffice/transaction';

// zod's datetime takes any ±HH:MM offset (+99:99), which is no instant: the back office's own check too.
const instant = z
  .string()
  .datetime({ offset: true, message: 'Debe ser una fecha y hora válida' })
  .refine(isIsoDateTime, 'Debe ser una fecha y hora válida');

const slot = z.object({
  start: instant,
  end: instant,
  title: z.string().trim().min(1).max(200).optional(),
  visibility: z.enum(['public', 'private']).default('private'),
  locationText: z.string().max(255).optional(),
});

const body = z.object({
  to: z.enum(['received', 'in_review', 'accepted', 'declined', 'delegated', 'closed'], { errorMap: () => ({ message: 'Estado desconocido' }) }),
  answerText: z.string().max(4000).optional(),
  activity: z.string().min(1).optional(),
  slot: slot.optional(),
  delegatedTo: z.string().min(1).optional(),
});

const KIND_OF_ACTIVITY: Record<string, string> = { audience: 'audience', invitation: 'public_event', attention: 'meeting' };

/**
 * Moves a request along its workflow. Accepting needs a slot (a new confirmed activity is
 * created, with the request's themes, places and requester) or an existing activity to link;
 * delegating needs the member who attends; every answer is dated and told to the requester.
 */
export async function transitionRequest(strapi: Core.Strapi, user: BackofficeUser, documentId: string, input: unknown) {
  const parsed = body.safeParse(input);
  if (!parsed.success) {
    throw new BadRequest(zodErrors(parsed.error.issues, { pathOf: (i: ZodIssue) => i.path.join('.') || 'to' }));
  }
  // The new activity, the request's answer and the e-mail to the requester: all of it, or none.
  return inTransaction(strapi, () => transition(strapi, user, documentId, parsed.data));
}

async function transition(strapi: Core.Strapi, user: BackofficeUser, documentId: string, { to, answerText, activity, slot: wanted, delegatedTo }: z.infer<typeof body>) {
  const request = (await strapi.db.query('api::request.request').findOne({
    where: { documentId },
    populate: { themes: { select: ['documentId'] }, places: { select: ['documentId'] }, requester: { select: ['documentId'] } },
  })) as Record<string, unknown> & { status: RequestStatus; subject: string; kind: string; themes: Array<{ documentId: string }>; places: Array<{ documentId: string }>; requester: { documentId: string } | null } | null;
  if (!request) throw notFound();
  if (!canMoveRequest(request.status, to)) {
    const allowed = REQUEST_TRANSITIONS[request.status];
    throw new BadRequest([
      allowed.length
        ? { path: 'to', code: 'invalid_transition', params: { resource: 'requests', allowed: [...allowed] }, message: `Desde este estado solo puede pasar a: ${allowed.join(', ')}` }
        : { path: 'to', code: 'invalid_transition', params: { resource: 'requests', variant: 'closed' }, message: 'La solicitud está cerrada' },
    ]);
  }
  const data: Record<string, unknown> = { status: to };
  if (answerText !== undefined) data.answerText = answerText;
  if (['accepted', 'declined', 'delegated'].includes(to)) data.answeredAt = new Date().toISOString();

  if (to === 'accepted') {
    if (activity) {
      const exists = await strapi.db.query('api::activity.activity').count({ where: { documentId: activity } });
      if (!exists) throw new BadRequest([{ path: 'activity', code: 'not_found', params: { variant: 'activity' }, message: 'No existe esa actividad' }]);
      data.activity = activity;
    } else if (wanted) {
      if (Date.parse(wanted.end) <= Date.parse(wanted.start)) throw new BadRequest([{ path: 'slot.end', code: 'before_start', message: 'Debe ser posterior al inicio' }]);
      const created = (await strapi.documents('api::activity.activity').create({
        data: {
          title: wanted.title ?? request.subject,
          description: request.description ?? null,
          start: new Date(wanted.start).toISOString(),
          end: new Date(wanted.end).toISOString(),
          kind: KIND_OF_ACTIVITY[request.kind] ?? 'meeting',
          status: 'confirmed',
          visibility: wanted.visibility,
          locationText: wanted.locationText ?? null,
          themes: request.themes.map((t) => t.documentId),
          places: request.places.map((p) => p.documentId),
          actors: request.requester ? [request.requester.documentId] : [],
        } as never,
      })) as unknown as { documentId: string };
      data.activity = created.documentId;
    } else {
      throw new BadRequest([{ path: 'slot', code: 'required', params: { variant: 'slot' }, message: 'Elija un horario o una actividad existente' }]);
    }
  }
  if (to === 'delegated') {
    if (!delegatedTo) throw new BadRequest([{ path: 'delegatedTo', code: 'required', params: { variant: 'delegate' }, message: 'Indique a quién se delega' }]);
    const exists = await strapi.db.query('api::member.member').count({ where: { documentId: delegatedTo, active: true } });
    if (!exists) throw new BadRequest([{ path: 'delegatedTo', code: 'not_found', params: { variant: 'active_member' }, message: 'No existe ese miembro activo' }]);
    data.delegatedTo = delegatedTo;
  }
  await strapi.documents('api::request.request').update({ documentId, data: data as never });
  const out = await getOne(strapi, requests, user, documentId);
  await notifyRequestAnswered(strapi, out as never);
  const linked = typeof out.activity === 'string' ? await getOne(strapi, activities, user, out.activity).catch(() => null) : null;
  return { request: out, activity: linked };
}
