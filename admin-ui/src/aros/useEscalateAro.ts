import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin';
import { serverMessage } from '../agenda/serverMessage';
import type { EscalateAro, EscalateResult, GoalsDataProvider } from '../goals/goalActions';

type FieldErrors = Record<string, string>;

const fieldErrorsOf = (error: unknown): FieldErrors | undefined => {
  const body = typeof error === 'object' && error !== null && 'body' in error ? (error as { body?: { errors?: unknown } }).body : undefined;
  return body && typeof body.errors === 'object' && body.errors !== null ? (body.errors as FieldErrors) : undefined;
};

const FORM_FIELDS = ['responsible', 'dueDate', 'title', 'note'];

/**
 * `POST aros/:id/escalate`: resolves to the created task, or to the server's field errors for
 * the dialog (anything else is notified).
 */
export const useEscalateAro = (id: Identifier) => {
  const dataProvider = useDataProvider<GoalsDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);

  const escalate = async (body: EscalateAro): Promise<{ result?: EscalateResult; errors?: FieldErrors }> => {
    setPending(true);
    try {
      const result = await dataProvider.escalateAro(id, body);
      notify('resources.aros.escalate.done', { type: 'success' });
      refresh();
      return { result };
    } catch (error) {
      const errors = Object.fromEntries(Object.entries(fieldErrorsOf(error) ?? {}).filter(([field]) => FORM_FIELDS.includes(field)));
      if (Object.keys(errors).length === 0) notify(serverMessage(error), { type: 'error' });
      return { errors };
    } finally {
      setPending(false);
    }
  };

  return { escalate, pending };
};
