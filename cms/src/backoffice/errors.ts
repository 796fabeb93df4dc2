import type { ZodIssue } from 'zod';
import type { CodedMessage, FieldError } from '@sigobito/config';

/**
 * A field-level problem, shown by the back office next to the field: a stable `code` from the
 * catalogue (config/src/contracts/errors.ts) with its `params`, which the back office translates,
 * and the Spanish `message` for a client that does not know the code.
 */
export type { CodedMessage, FieldError };

/** Thrown by the back-office layer for any bad input: the controller turns it into a 400. */
export class BadRequest extends Error {
  constructor(readonly errors: FieldError[], message = 'Datos no válidos') {
    super(message);
    this.name = 'BadRequest';
  }
}

export class HttpProblem extends Error {
  constructor(readonly status: 401 | 403 | 404 | 409, message: string) {
    super(message);
    this.name = 'HttpProblem';
  }
}

export const notFound = () => new HttpProblem(404, 'No encontrado');
export const forbidden = () => new HttpProblem(403, 'No tiene permiso para esta acción');
export const unauthorized = (why = 'Sesión no válida o vencida') => new HttpProblem(401, why);

/** zod's string-check names → our variants; a regex check says what it is for through `regexVariants`. */
const STRING_VARIANTS: Record<string, 'email' | 'datetime'> = { email: 'email', datetime: 'datetime' };
type ZodVariant = 'date' | 'username' | 'phone';

/**
 * A schema's issues as field errors, under zod's own codes (the stable ones clients already see)
 * with their parameters: the limit of `too_small`/`too_big`, the allowed values of an enum, the
 * variant of a string check (`regexVariants`, by field, for a `regex` whose message is specific)
 * or of a refinement (its `params.variant`). `pathOf` says where an issue lands.
 */
export function zodErrors(
  issues: ZodIssue[],
  opts: { pathOf?: (i: ZodIssue) => string; regexVariants?: Record<string, ZodVariant> } = {},
): FieldError[] {
  const pathOf = opts.pathOf ?? ((i: ZodIssue) => String(i.path[0] ?? 'body'));
  return issues.map((i): FieldError => {
    const path = pathOf(i);
    const message = i.message;
    switch (i.code) {
      case 'too_small':
        return { path, message, code: 'too_small', params: { min: Number(i.minimum), ...(i.type === 'string' ? { variant: 'text' as const } : {}) } };
      case 'too_big':
        return { path, message, code: 'too_big', params: { max: Number(i.maximum), ...(i.type === 'string' ? { variant: 'text' as const } : {}) } };
      case 'invalid_enum_value':
        return { path, message, code: 'invalid_enum_value', params: { allowed: i.options.map(String) } };
      case 'invalid_type': {
        const expected = ({ string: 'text', number: 'number', boolean: 'boolean', object: 'json_object' } as const)[i.expected as 'string'];
        const variant = i.received === 'undefined' ? 'missing' : expected;
        return { path, message, code: 'invalid_type', params: variant ? { variant } : {} };
      }
      case 'invalid_string': {
        const check = typeof i.validation === 'string' ? i.validation : '';
        const key = check === 'regex' ? String(i.path[0] ?? '') : check;
        const table: Record<string, ZodVariant | 'email' | 'datetime'> = check === 'regex' ? (opts.regexVariants ?? {}) : STRING_VARIANTS;
        const variant = Object.hasOwn(table, key) ? table[key] : undefined;
        return { path, message, code: 'invalid_string', params: variant ? { variant } : {} };
      }
      case 'custom':
        return { path, message, code: 'custom', params: i.params?.variant === 'date' ? { variant: 'date' } : {} };
      case 'unrecognized_keys':
        return { path, message, code: 'unrecognized_keys', params: { keys: i.keys } };
      case 'invalid_union':
        return { path, message, code: 'invalid_union' };
      default:
        // No schema of ours produces another zod code: a generic refusal, message kept.
        return { path, message, code: 'invalid' };
    }
  });
}

/** The 400 body: `errors` is react-admin's server-side validation map; `error` is Strapi's shape. */
export function badRequestBody(e: BadRequest) {
  // The first message per field; a Map, so a field named "constructor" or "__proto__" is a field like any other.
  const first = new Map<string, string>();
  for (const fe of e.errors) if (!first.has(fe.path)) first.set(fe.path, fe.message);
  const errors: Record<string, string> = Object.fromEntries(first);
  const summary = `${e.message}: ${e.errors.map((fe) => `${fe.path} (${fe.message})`).join('; ')}`;
  return {
    message: summary,
    errors,
    error: {
      status: 400,
      name: 'ValidationError',
      message: summary,
      details: { errors: e.errors.map((fe) => ({ path: fe.path.split('.'), message: fe.message, code: fe.code, params: fe.params ?? {} })) },
    },
  };
}
