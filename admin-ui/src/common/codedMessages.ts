import { ERROR_CODES, HEALTH_REASON_CODES, messageKey, type CodeSpec, type MessageParams } from '@sigobito/config/contracts';

/**
 * The server's coded messages in the user's language: a refused input
 * (`error.details.errors[]`: `{ path, code, params, message }`) and a goal's health reasons
 * (`{ code, params, text }`). A code the catalogue (config/src/contracts/errors.ts) does not
 * know, or one without a translation, is shown as the server wrote it, in Spanish.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * The parameters as a message shows them: a list joined ("in_review, declined"), a workflow's
 * statuses by their label (`resource` names whose: `resources.requests.statuses.in_review`), a
 * true flag by its words under `<prefix>.flags` (" (critical)"), a false one as nothing; `days`
 * also chooses the plural (`smart_count`).
 */
function shownParams(translate: Translate, prefix: string, params: MessageParams): Record<string, unknown> {
  const resource = typeof params.resource === 'string' ? params.resource : undefined;
  const status = (value: string) => (resource ? translate(`resources.${resource}.statuses.${value}`, { _: value }) : value);
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value)) shown[name] = value.map((v) => (name === 'allowed' ? status(v) : v)).join(', ');
    else if (typeof value === 'boolean') shown[name] = value ? translate(`${prefix}.flags.${name}`, { _: '' }) : '';
    else if (typeof value === 'string' && (name === 'from' || name === 'to')) shown[name] = status(value);
    else shown[name] = value;
  }
  if (typeof params.days === 'number') shown.smart_count = params.days;
  return shown;
}

const paramsOf = (value: unknown): MessageParams => (isObject(value) ? (value as MessageParams) : {});

function translateCoded(translate: Translate, catalogue: Record<string, CodeSpec>, prefix: string, code: unknown, params: unknown, fallback: string): string {
  const key = messageKey(catalogue, prefix, code, paramsOf(params));
  if (!key) return fallback;
  // `_`: polyglot's default, were a translation missing.
  return translate(key, { ...shownParams(translate, prefix, paramsOf(params)), _: fallback });
}

/** One refused input's message in the user's language. */
export const errorMessage = (translate: Translate, error: { code?: unknown; params?: unknown; message?: unknown }): string =>
  translateCoded(translate, ERROR_CODES, 'sigobito.errors', error.code, error.params, typeof error.message === 'string' ? error.message : '');

export type HealthReasonDetail = { code: string; params?: Record<string, unknown>; text: string };

/** One health reason in the user's language. */
export const healthReasonText = (translate: Translate, reason: HealthReasonDetail): string =>
  translateCoded(translate, HEALTH_REASON_CODES, 'sigobito.health_reasons', reason.code, reason.params, reason.text);

/** A goal's reasons in the user's language: the coded ones when the API gave them, else its Spanish words. */
export const healthReasonTexts = (translate: Translate, texts: readonly string[] | undefined, details: readonly HealthReasonDetail[] | undefined): string[] =>
  details ? details.map((reason) => healthReasonText(translate, reason)) : [...(texts ?? [])];

type CodedError = { path: string; message: string };

/** The coded errors of a 400 body (`error.details.errors`), translated; undefined when it has none. */
export function translatedErrors(translate: Translate, body: unknown): CodedError[] | undefined {
  const details = isObject(body) && isObject(body.error) && isObject(body.error.details) ? body.error.details.errors : undefined;
  if (!Array.isArray(details) || details.length === 0) return undefined;
  return details.filter(isObject).map((e) => ({
    path: Array.isArray(e.path) ? e.path.join('.') : String(e.path ?? ''),
    message: errorMessage(translate, e),
  }));
}

/**
 * A 400 body with coded errors, told in the user's language: `errors` (the per-field map
 * react-admin's forms show next to their inputs, the first message of each field) and
 * `message` (what a notification shows). Undefined for a body without coded errors.
 */
export function localizedBody(translate: Translate, body: unknown): { message: string; body: Record<string, unknown> } | undefined {
  const errors = translatedErrors(translate, body);
  if (!errors || !isObject(body)) return undefined;
  const byField = new Map<string, string>();
  for (const e of errors) if (!byField.has(e.path)) byField.set(e.path, e.message);
  const message = `${translate('sigobito.errors.summary')}: ${errors.map((e) => `${e.path} (${e.message})`).join('; ')}`;
  return { message, body: { ...body, message, errors: Object.fromEntries(byField) } };
}
