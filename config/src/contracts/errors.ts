/**
 * The codes the API gives a refused input (`error.details.errors[].code`) and the reasons it
 * gives a goal's health, with the parameters each carries: browser-safe, so the back office
 * translates the very codes the CMS emits.
 *
 * A code is stable: clients may branch on it. Its `params` fill the message (a limit, the
 * allowed values); `params.variant`, one of the code's `variants`, picks a more precise
 * message where one code covers several situations (`required` of "who receives the open
 * work"). The server's Spanish `message` stays in the answer: it is what a client shows for a
 * code it does not know.
 */

import { GEOMETRY_PROBLEMS } from './geometry';

/** `strings` is a list of values; a trailing `?` marks a parameter that may be absent. */
export type ParamKind = 'number' | 'string' | 'strings' | 'boolean';
type ParamSpec = Record<string, ParamKind | `${ParamKind}?`>;
export type CodeSpec = { readonly params?: ParamSpec; readonly variants?: readonly string[] };

export const ERROR_CODES = {
  // Any field
  required: { variants: ['contact', 'slot', 'delegate', 'csv', 'handover', 'files', 'requester', 'treatment', 'text', 'alt', 'cover', 'reason', 'note', 'approvers'] },
  invalid: {
    params: { fields: 'strings?' },
    variants: ['json', 'json_object', 'sort', 'sort_order', 'range', 'fields', 'preferences', 'boolean', 'current_password', 'same_member'],
  },
  invalid_type: {
    params: { allowed: 'strings?', name: 'string?' },
    variants: ['missing', 'text', 'number', 'integer', 'boolean', 'date', 'datetime', 'choice', 'json_object', 'id', 'id_list', 'id_or_id_list', 'file', 'file_list', 'preferences', 'image', 'file_content'],
  },
  unknown: { variants: ['notification'] },
  unknown_field: { params: { field: 'string?' }, variants: ['filter', 'sort', 'column', 'fields'] },
  unique: { variants: ['username', 'email'] },
  not_found: { params: { ids: 'strings?', code: 'string?' }, variants: ['activity', 'member', 'active_member', 'file', 'code'] },
  forbidden_field: { variants: ['aro_author', 'piece_link'] },
  cycle: { variants: ['self'] },
  // Text
  // `weighted`: X's own count (links 23, most emoji 2), `count` the text's
  too_long: { params: { max: 'number', count: 'number?' }, variants: ['weighted'] },
  too_many: { params: { max: 'number' } },
  too_short: { params: { min: 'number' } },
  invalid_email: {},
  invalid_format: { variants: ['plain_text'] },
  // `tile`: a map tile template (https, {z}/{x}/{y})
  invalid_url: { variants: ['tile'] },
  // Numbers (and, from a schema, text lengths: variant `text`)
  too_small: { params: { min: 'number' }, variants: ['text'] },
  too_big: { params: { max: 'number' }, variants: ['text'] },
  out_of_range: { params: { min: 'number', max: 'number' } },
  // Dates and choices
  invalid_date: { variants: ['datetime'] },
  invalid_range: { params: { maxDays: 'number' } },
  before_start: {},
  invalid_choice: { params: { allowed: 'strings?' }, variants: ['time_zone'] },
  // JSON and queries
  invalid_json: {},
  too_deep: { params: { max: 'number' } },
  // What is wrong with a place's location (geometry.ts)
  invalid_geojson: { variants: GEOMETRY_PROBLEMS },
  invalid_operator: { variants: ['relation', 'list'] },
  too_large: { params: { max: 'number', name: 'string?' }, variants: ['offset', 'page', 'file'] },
  malformed_body: {},
  duplicate: {},
  // A CSV file that does not read as a table (Papa Parse's error codes, as variants)
  invalid_csv: { variants: ['too_few_fields', 'too_many_fields', 'missing_quotes', 'invalid_quotes', 'delimiter'] },
  // Workflows (statuses of `resource`): the ones it may move to (`allowed`), or the move refused (variant `move`: `from` → `to`)
  invalid_transition: { params: { resource: 'string', allowed: 'strings?', from: 'string?', to: 'string?' }, variants: ['closed', 'move'] },
  // A workflow field changed by a plain write: moves go through the resource's action (`action`), never an import (variant `import`)
  workflow_action: { params: { action: 'string?' }, variants: ['import'] },
  // A record created in a status other than its first (`first`)
  invalid_initial: { params: { first: 'string' } },
  // Communications: a move the caller's role may not make (`to`), review without pieces
  not_allowed_move: { params: { to: 'string' } },
  no_pieces: {},
  // A piece that no longer changes by an edit: published (variant `piece`: corrected with a note), or its
  // communication past approval (`communication`); a communication that is no longer deleted (`delete`)
  not_editable: { variants: ['piece', 'communication', 'delete'] },
  // Publishing needs the approval; withdrawing and correcting, published news (variant `web`: a published web piece)
  not_approved: {},
  not_published: { variants: ['web'] },
  withdrawn: {},
  // A delivery on its way right now: it can be neither called off nor changed
  in_flight: {},
  // Only a failed delivery, or one that needs review, is tried again
  not_retryable: {},
  not_restriction: {},
  closed: {},
  not_manager: {},
  other_goal: {},
  // Accounts and members
  invalid_credentials: {},
  unchanged: {},
  self: {},
  no_member: {},
  already_active: {},
  already_inactive: {},
  inactive: {},
  // The citizens' form
  spam: {},
  used: {},
  // What a zod schema reports, by zod's own code (see cms/src/backoffice/errors.ts `zodErrors`)
  invalid_string: { variants: ['email', 'datetime', 'date', 'username', 'phone'] },
  invalid_enum_value: { params: { allowed: 'strings' } },
  invalid_union: {},
  custom: { variants: ['date'] },
  unrecognized_keys: { params: { keys: 'strings' } },
} as const satisfies Record<string, CodeSpec>;

/** Why a goal has its health (cms `goalHealth`): shown in the back office next to the chip. */
export const HEALTH_REASON_CODES = {
  no_milestones: {},
  completed: {},
  milestone_late: { params: { order: 'number', days: 'number', critical: 'boolean', title: 'string' } },
  // `public`: the reason as press and citizens read it, without the restriction's title.
  high_restriction: { params: { title: 'string?' }, variants: ['public'] },
  behind_plan: { params: { actual: 'number', planned: 'number' } },
  due_soon_no_report: { params: { order: 'number', days: 'number', staleDays: 'number' } },
} as const satisfies Record<string, CodeSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;
export type HealthReasonCode = keyof typeof HEALTH_REASON_CODES;

type KindType<K> = K extends 'number' ? number : K extends 'string' ? string : K extends 'strings' ? string[] : K extends 'boolean' ? boolean : never;
type Required_<P> = { [K in keyof P as P[K] extends `${string}?` ? never : K]: KindType<P[K]> };
type Optional_<P> = { [K in keyof P as P[K] extends `${infer _}?` ? K : never]?: P[K] extends `${infer T}?` ? KindType<T> : never };
type ParamsOf<S> = (S extends { params: infer P } ? Required_<P> & Optional_<P> : unknown) &
  (S extends { variants: readonly (infer V)[] } ? { variant?: V } : unknown);

/** The parameters a code carries, typed from the catalogue (`{ max: number }` for `too_long`). */
export type ErrorParams<C extends ErrorCode> = ParamsOf<(typeof ERROR_CODES)[C]>;
export type HealthReasonParams<C extends HealthReasonCode> = ParamsOf<(typeof HEALTH_REASON_CODES)[C]>;

/** Loose shape, as the wire carries it. */
export type MessageParams = Record<string, string | number | boolean | string[] | undefined>;

/** `params` may be left out only by a code whose parameters are all optional. */
type ParamsField<P> = Record<string, never> extends P ? { params?: P } : { params: P };

/** A coded message: the code, its parameters and the Spanish text. */
export type CodedMessage = { [C in ErrorCode]: { code: C; message: string } & ParamsField<ErrorParams<C>> }[ErrorCode];

/** One refused field, as `error.details.errors[]` carries it (`path` is split on dots there). */
export type FieldError = CodedMessage & { path: string };

/** A goal's health reason as the back office receives it (`text` in Spanish, the fallback). */
export type HealthReasonOut = { [C in HealthReasonCode]: { code: C; params: HealthReasonParams<C>; text: string } }[HealthReasonCode];

const own = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && own(ERROR_CODES, code);
export const isHealthReasonCode = (code: unknown): code is HealthReasonCode => typeof code === 'string' && own(HEALTH_REASON_CODES, code);

/**
 * The translation key of a coded message under `prefix`: `prefix.code` or, for a known
 * variant, `prefix.code.variant`; undefined for a code the catalogue does not know (show the
 * server's text). Codes with variants keep their general message under `prefix.code._`.
 */
export function messageKey(catalogue: Record<string, CodeSpec>, prefix: string, code: unknown, params?: MessageParams): string | undefined {
  if (typeof code !== 'string' || !own(catalogue, code)) return undefined;
  const variants = catalogue[code].variants;
  if (!variants) return `${prefix}.${code}`;
  const variant = params?.variant;
  return typeof variant === 'string' && variants.includes(variant) ? `${prefix}.${code}.${variant}` : `${prefix}.${code}._`;
}

/** Every translation key a catalogue needs (for the tests that hold es and en complete). */
export function messageKeys(catalogue: Record<string, CodeSpec>, prefix: string): string[] {
  return Object.entries(catalogue).flatMap(([code, spec]) =>
    spec.variants ? [`${prefix}.${code}._`, ...spec.variants.map((v) => `${prefix}.${code}.${v}`)] : [`${prefix}.${code}`],
  );
}

/** Whether `params` fit the code's declared parameters (kinds, no unknown names, a known variant). */
export function paramsFit(spec: CodeSpec, params: MessageParams | undefined): boolean {
  const declared: ParamSpec = spec.params ?? {};
  const given = params ?? {};
  for (const [name, kind] of Object.entries(declared)) {
    const value = given[name];
    const optional = kind.endsWith('?');
    if (value === undefined) {
      if (!optional) return false;
      continue;
    }
    const base = kind.replace('?', '') as ParamKind;
    const ok =
      base === 'strings' ? Array.isArray(value) && value.every((v) => typeof v === 'string') : base === 'number' ? typeof value === 'number' : typeof value === base;
    if (!ok) return false;
  }
  for (const [name, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (name === 'variant') {
      if (!spec.variants?.includes(value as string)) return false;
    } else if (!own(declared, name)) return false;
  }
  return true;
}
