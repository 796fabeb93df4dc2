import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { getEnv } from '@sigobito/config';
import { formTokenExpiry, formTokenProblem, issueFormToken } from './form-token';
import { forgetStaleFormTokens, useFormToken } from './form-token-uses';
import { answerDueDate, localDate } from '@sigobito/config/contracts';
import { BadRequest, zodErrors } from '../../backoffice/errors';
import { isCalendarDate } from '../../backoffice/validation';
import { loadRules } from '../../backoffice/rules';
import { newTrackingCode } from './resources';
import { notifyRequestReceived } from './notifications';
import { inTransaction } from '../../backoffice/transaction';

export const citizenRequestSchema = z.object({
  kind: z.enum(['audience', 'invitation'], { errorMap: () => ({ message: 'Elija audiencia o invitación' }) }),
  subject: z.string({ required_error: 'Es obligatorio' }).trim().min(5, 'Escriba al menos 5 caracteres').max(200, 'Como máximo 200 caracteres'),
  description: z.string({ required_error: 'Es obligatorio' }).trim().min(10, 'Cuéntenos un poco más (al menos 10 caracteres)').max(4000, 'Como máximo 4000 caracteres'),
  name: z.string({ required_error: 'Es obligatorio' }).trim().min(3, 'Escriba su nombre completo').max(200),
  organization: z.string().trim().max(200).optional().or(z.literal('')),
  email: z.string().trim().toLowerCase().email('No es un correo electrónico válido').max(200).optional().or(z.literal('')),
  phone: z.string().trim().max(50).regex(/^[+0-9 ()-]*$/, 'Solo números, espacios y + ( ) -').optional().or(z.literal('')),
  desiredDate: z.string().refine(isCalendarDate, { message: 'Debe ser una fecha (AAAA-MM-DD)', params: { variant: 'date' } }).optional().or(z.literal('')),
  // Spam traps: a hidden field people leave empty, and the signed time the form was shown.
  website: z.string().optional(),
  formToken: z.string().max(200).optional(),
});

export type CitizenRequest = z.infer<typeof citizenRequestSchema>;

/** Pure: why a submission looks automated, or null. */
export function spamReason(input: Pick<CitizenRequest, 'website' | 'formToken'>, nowMs: number, secret: string): string | null {
  if (input.website) return 'honeypot';
  return formTokenProblem(input.formToken, nowMs, secret);
}

/** The key that signs form tokens: derived from a secret the CMS already has, never stored. */
export const formSecret = () => `form:${getEnv().ENCRYPTION_KEY}`;

/** A fresh token for the public site to put in the form it shows. */
export const newFormToken = (now = new Date()) => ({ token: issueFormToken(now.getTime(), formSecret()) });

/** Registers a citizen's audience or invitation request from the public site; answers the tracking code. */
export async function submitCitizenRequest(strapi: Core.Strapi, input: unknown, now = new Date()) {
  const parsed = citizenRequestSchema.safeParse(input);
  if (!parsed.success) throw new BadRequest(zodErrors(parsed.error.issues, { regexVariants: { phone: 'phone' } }));
  const r = parsed.data;
  if (!r.email && !r.phone) throw new BadRequest([{ path: 'email', code: 'required', params: { variant: 'contact' }, message: 'Deje un correo o un teléfono para responderle' }]);
  const spam = spamReason(r, now.getTime(), formSecret());
  if (spam) throw new BadRequest([{ path: 'form', code: 'spam', message: 'No pudimos recibir el formulario: vuelva a cargar la página e inténtelo de nuevo' }]);
  await forgetStaleFormTokens(strapi, now.getTime());
  // The token's use, the request and its e-mail commit together: a failure does not use up the form.
  return inTransaction(strapi, () => register(strapi, r, now));
}

async function register(strapi: Core.Strapi, r: CitizenRequest, now: Date) {
  // One request per form shown: a token sent again (a replay, a second click) is refused.
  const token = r.formToken as string;
  if (!(await useFormToken(strapi, token, formTokenExpiry(token)))) {
    throw new BadRequest([{ path: 'form', code: 'used', message: 'Este formulario ya fue enviado: para enviar otra solicitud, vuelva a cargar la página' }]);
  }
  const rules = await loadRules(strapi);
  const trackingCode = newTrackingCode();
  const created = (await strapi.documents('api::request.request').create({
    data: {
      kind: r.kind,
      subject: r.subject,
      description: r.description,
      requesterName: r.name,
      requesterOrganization: r.organization || null,
      requesterEmail: r.email || null,
      requesterPhone: r.phone || null,
      desiredDate: r.desiredDate || null,
      channel: 'web_form',
      status: 'received',
      receivedAt: now.toISOString(),
      answerDueDate: answerDueDate(localDate(now, rules.timeZone), rules.requestAnswerDays),
      trackingCode,
    } as never,
  })) as unknown as { documentId: string };
  await notifyRequestReceived(strapi, {
    id: created.documentId,
    subject: r.subject,
    trackingCode,
    requesterEmail: r.email || null,
    requesterName: r.name,
    status: 'received',
    answerText: null,
  });
  return { trackingCode };
}

const STATUS_LABEL: Record<string, string> = {
  received: 'Recibida',
  in_review: 'En revisión',
  accepted: 'Aceptada',
  declined: 'No aceptada',
  delegated: 'Delegada',
  closed: 'Cerrada',
};

/** What the holder of a tracking code may know: state and answer, nothing about contact data. */
export async function requestStatus(strapi: Core.Strapi, code: string) {
  if (!/^[A-Z0-9]{6,32}$/.test(code)) return null;
  const r = (await strapi.db.query('api::request.request').findOne({
    where: { trackingCode: code },
    select: ['trackingCode', 'kind', 'subject', 'status', 'receivedAt', 'answeredAt', 'answerText'],
    populate: { activity: { select: ['documentId', 'start', 'end', 'visibility'] } },
  })) as {
    trackingCode: string;
    kind: string;
    subject: string;
    status: string;
    receivedAt: string;
    answeredAt: string | null;
    answerText: string | null;
    activity: { documentId: string; start: string; end: string; visibility: string } | null;
  } | null;
  if (!r) return null;
  return {
    trackingCode: r.trackingCode,
    kind: r.kind,
    subject: r.subject,
    status: r.status,
    statusLabel: STATUS_LABEL[r.status] ?? r.status,
    receivedAt: new Date(r.receivedAt).toISOString(),
    answeredAt: r.answeredAt ? new Date(r.answeredAt).toISOString() : null,
    answerText: r.answerText,
    // The date of the meeting is the requester's to know, even when the activity is private.
    scheduledStart: r.status === 'accepted' && r.activity ? new Date(r.activity.start).toISOString() : null,
  };
}
