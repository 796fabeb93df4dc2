/**
 * The citizen's audience / invitation request form: reading what the browser posted, a first
 * check, the JSON the CMS takes, and the CMS's answer turned into messages next to fields.
 * The CMS validates again and has the last word; checking here first spares the citizen's
 * allowance (the CMS counts every submission, valid or not, against 5 per hour).
 */

export const REQUEST_FIELDS = ['kind', 'subject', 'description', 'name', 'organization', 'email', 'phone', 'desiredDate'] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];
export type RequestKind = 'audience' | 'invitation';

export const REQUEST_KINDS: readonly RequestKind[] = ['audience', 'invitation'];

export type RequestValues = Record<RequestField, string> & {
  /** The honeypot: people never see it, so it stays empty. */
  website: string;
  /** The CMS's signed "form shown at" (`<ms>.<signature>`), as the browser sent it back; '' when missing. */
  formToken: string;
};

/** Labels, also used in the error summary. */
export const fieldLabels: Record<RequestField, string> = {
  kind: 'Tipo de solicitud',
  subject: 'Asunto',
  description: 'Descripción',
  name: 'Nombre completo',
  organization: 'Organización o institución',
  email: 'Correo electrónico',
  phone: 'Teléfono',
  desiredDate: 'Fecha deseada',
};

export const LIMITS = { subject: [5, 200], description: [10, 4000], name: [3, 200], organization: [0, 200], email: [0, 200], phone: [0, 50] } as const;

/** The id of the control an error about `field` should take the reader to. */
export function fieldId(field: RequestField): string {
  return field === 'kind' ? 'kind-audience' : field;
}

export function emptyValues(formToken = ''): RequestValues {
  return { kind: '', subject: '', description: '', name: '', organization: '', email: '', phone: '', desiredDate: '', website: '', formToken };
}

/** `<ms shown>.<nonce>.<signature>` (cms/src/agenda/form-token.ts). */
const FORM_TOKEN = /^(\d{1,15})\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{43}$/;

/** What FormData.get and URLSearchParams.get have in common. */
type FormLike = { get(name: string): unknown };

export function readRequestForm(form: FormLike): RequestValues {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v.trim() : '';
  };
  const values = emptyValues();
  for (const field of REQUEST_FIELDS) values[field] = text(field);
  values.email = values.email.toLowerCase();
  values.website = text('website');
  const token = text('formToken');
  values.formToken = FORM_TOKEN.test(token) ? token : '';
  return values;
}

/**
 * Whether the form shown again keeps its token: yes, so that correcting a field does not look
 * like a form filled in too fast; no when it is missing, from the future or getting stale
 * (the CMS checks the signature; the site only reads the time).
 */
export function keepsFormToken(values: RequestValues, now: number): boolean {
  const m = FORM_TOKEN.exec(values.formToken);
  if (!m) return false;
  const shownAt = Number(m[1]);
  return shownAt <= now && now - shownAt < 12 * 3600_000;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[+0-9 ()-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The CMS's rules, in its words, checked before sending: field → message. Empty when fine. */
export function validateRequest(v: RequestValues): Partial<Record<RequestField, string>> {
  const errors: Partial<Record<RequestField, string>> = {};
  if (!REQUEST_KINDS.includes(v.kind as RequestKind)) errors.kind = 'Elija audiencia o invitación';
  const length = (field: keyof typeof LIMITS, tooShort: string) => {
    const [min, max] = LIMITS[field];
    const n = v[field].length;
    if (min > 0 && n === 0) errors[field] = 'Es obligatorio';
    else if (n < min) errors[field] = tooShort;
    else if (n > max) errors[field] = `Como máximo ${max} caracteres`;
  };
  length('subject', 'Escriba al menos 5 caracteres');
  length('description', 'Cuéntenos un poco más (al menos 10 caracteres)');
  length('name', 'Escriba su nombre completo');
  length('organization', '');
  length('email', '');
  length('phone', '');
  if (!errors.email && v.email && !EMAIL.test(v.email)) errors.email = 'No es un correo electrónico válido';
  if (!errors.phone && v.phone && !PHONE.test(v.phone)) errors.phone = 'Solo números, espacios y + ( ) -';
  if (!v.email && !v.phone) errors.email = 'Deje un correo o un teléfono para responderle';
  if (v.desiredDate && (!DATE.test(v.desiredDate) || Number.isNaN(Date.parse(`${v.desiredDate}T00:00:00Z`)))) {
    errors.desiredDate = 'Debe ser una fecha (AAAA-MM-DD)';
  }
  return errors;
}

/** The body of POST /api/public/requests. */
export function toPayload(v: RequestValues) {
  return {
    kind: v.kind,
    subject: v.subject,
    description: v.description,
    name: v.name,
    organization: v.organization,
    email: v.email,
    phone: v.phone,
    desiredDate: v.desiredDate,
    website: v.website,
    formToken: v.formToken || undefined,
  };
}

export type FormErrors = {
  fields: Partial<Record<RequestField, string>>;
  /** Problems with the whole form (spam checks, unknown fields): shown in the summary only. */
  form: string[];
};

/** Sorts the CMS's `errors` map (field → message; `form` for spam) into field and form errors. */
export function splitErrors(errors: unknown): FormErrors {
  const result: FormErrors = { fields: {}, form: [] };
  if (!errors || typeof errors !== 'object') return result;
  for (const [key, message] of Object.entries(errors as Record<string, unknown>)) {
    if (typeof message !== 'string' || !message) continue;
    if ((REQUEST_FIELDS as readonly string[]).includes(key)) result.fields[key as RequestField] = message;
    else if (!result.form.includes(message)) result.form.push(message);
  }
  return result;
}

export const hasErrors = (e: FormErrors) => e.form.length > 0 || Object.keys(e.fields).length > 0;

/** The summary's lines, in the order of the form: each links to its field. */
export function errorSummary(e: FormErrors): Array<{ href: string | null; text: string }> {
  return [
    ...e.form.map((text) => ({ href: null, text })),
    ...REQUEST_FIELDS.filter((f) => e.fields[f]).map((f) => ({ href: `#${fieldId(f)}`, text: `${fieldLabels[f]}: ${e.fields[f]}` })),
  ];
}

/**
 * A tracking code as people type it (lower case, spaces, dashes) in the CMS's form, or null
 * when it cannot be one (then the CMS is not asked).
 */
export function normaliseTrackingCode(input: string | null | undefined): string | null {
  const code = String(input ?? '')
    .toUpperCase()
    .replace(/[\s-]+/g, '');
  return /^[A-Z0-9]{6,32}$/.test(code) ? code : null;
}
