/** A field-level problem, shown by the back office next to the field (Spanish message). */
export type FieldError = { path: string; message: string; code: string };

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

export function fieldError(path: string, code: string, message: string): BadRequest {
  return new BadRequest([{ path, code, message }]);
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
      details: { errors: e.errors.map((fe) => ({ path: fe.path.split('.'), message: fe.message, code: fe.code })) },
    },
  };
}
