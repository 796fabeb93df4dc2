/**
 * What to tell the user when a call fails: the server's field messages ("fin: Debe ser
 * posterior al inicio"), else its message, else react-admin's generic HTTP error.
 */
export const serverMessage = (error: unknown): string => {
  if (typeof error !== 'object' || error === null) return 'ra.notification.http_error';
  const body = 'body' in error ? (error as { body?: unknown }).body : undefined;
  const errors = typeof body === 'object' && body !== null && 'errors' in body ? (body as { errors?: unknown }).errors : undefined;
  if (typeof errors === 'object' && errors !== null) {
    const messages = Object.values(errors as Record<string, unknown>).filter((m): m is string => typeof m === 'string' && m !== '');
    if (messages.length) return messages.join(' ');
  }
  const message = 'message' in error ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message !== '' ? message : 'ra.notification.http_error';
};

/** The server's per-field messages of a 400 (`body.errors`), for a form to show next to its inputs. */
export const fieldErrorsOf = (error: unknown): Record<string, string> | undefined => {
  const body = typeof error === 'object' && error !== null && 'body' in error ? (error as { body?: unknown }).body : undefined;
  const errors = typeof body === 'object' && body !== null && 'errors' in body ? (body as { errors?: unknown }).errors : undefined;
  return typeof errors === 'object' && errors !== null ? (errors as Record<string, string>) : undefined;
};
