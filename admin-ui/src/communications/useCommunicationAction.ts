import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import { fieldErrorsOf, serverMessage } from '../agenda/serverMessage';
import type { CommunicationsDataProvider } from './communicationActions';

type Outcome<T> = { result?: T; errors?: Record<string, string> };

/**
 * Runs one Comunicación action (a move, publishing, withdrawing…): on success tells `done` and
 * reloads the page's data; on a refusal answers the server's field errors that the dialog's
 * form has inputs for (`fields`), and notifies the rest (in the user's language).
 */
export const useCommunicationAction = () => {
  const dataProvider = useDataProvider<CommunicationsDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);

  const run = async <T>(call: (provider: CommunicationsDataProvider) => Promise<T>, done: string, fields: readonly string[] = [], messageArgs?: Record<string, unknown>): Promise<Outcome<T>> => {
    setPending(true);
    try {
      const result = await call(dataProvider);
      notify(done, { type: 'success', messageArgs });
      refresh();
      return { result };
    } catch (error) {
      const errors = Object.fromEntries(Object.entries(fieldErrorsOf(error) ?? {}).filter(([path]) => fields.includes(path)));
      if (Object.keys(errors).length === 0) notify(serverMessage(error), { type: 'error' });
      return { errors };
    } finally {
      setPending(false);
    }
  };

  return { run, pending };
};
