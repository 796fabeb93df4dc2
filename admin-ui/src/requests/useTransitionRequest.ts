import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate, type Identifier } from 'react-admin';
import { fieldErrorsOf, serverMessage } from '../agenda/serverMessage';
import type { RequestTransition, SigobitoDataProvider, TransitionResult } from '../dataProvider';
import { own } from '@sigobito/config/contracts';

type FieldErrors = Record<string, string>;

/**
 * Moves a request along its workflow (`POST requests/:id/transition`). Resolves to the
 * answer, or to the server's field errors for the dialog's form (`slot.end` → `endTime`).
 */
export const useTransitionRequest = (id: Identifier) => {
  const dataProvider = useDataProvider<SigobitoDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [pending, setPending] = useState(false);

  const transition = async (body: RequestTransition, formFields: Partial<Record<string, string>> = {}): Promise<{ result?: TransitionResult; errors?: FieldErrors }> => {
    setPending(true);
    try {
      const result = await dataProvider.transitionRequest(id, body);
      notify(translate('resources.requests.transition_done', { status: translate(`resources.requests.statuses.${body.to}`) }), { type: 'success' });
      refresh();
      return { result };
    } catch (error) {
      // Server paths (slot.end, answerText…) land on the dialog's inputs; the rest is notified.
      const errors: FieldErrors = {};
      for (const [path, message] of Object.entries(fieldErrorsOf(error) ?? {})) {
        const field = own(formFields, path);
        if (field) errors[field] = message;
      }
      if (Object.keys(errors).length === 0) notify(serverMessage(error), { type: 'error' });
      return { errors };
    } finally {
      setPending(false);
    }
  };

  return { transition, pending };
};
