import { useState } from 'react';
import { HttpError, useDataProvider, useNotify, useRefresh, type Identifier } from 'react-admin';
import type { SigobitoDataProvider } from '../dataProvider';

type FieldErrors = Record<string, string>;

const fieldErrorsOf = (error: unknown): FieldErrors | undefined =>
  error instanceof HttpError && typeof error.body?.errors === 'object' && error.body.errors !== null
    ? (error.body.errors as FieldErrors)
    : undefined;

/**
 * Deactivates a member, handing their open work to another member. Resolves to field errors
 * for the form (the server's `body.errors`), or nothing; `handedOver` holds the counts after success.
 */
export const useDeactivateMember = (memberId: Identifier) => {
  const dataProvider = useDataProvider<SigobitoDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [handedOver, setHandedOver] = useState<Record<string, number> | null>(null);

  const deactivate = async (handoverTo: Identifier): Promise<FieldErrors | undefined> => {
    try {
      const result = await dataProvider.deactivateMember(memberId, handoverTo);
      setHandedOver(result?.handedOver ?? {});
      notify('resources.members.deactivate.done', { type: 'success' });
      refresh();
      return undefined;
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      // Errors on the one field of the form show next to it; any other goes to a notification.
      if (fieldErrors && 'handoverTo' in fieldErrors) return fieldErrors;
      if (fieldErrors && Object.keys(fieldErrors).length > 0) {
        notify(Object.values(fieldErrors).join(' '), { type: 'error' });
        return undefined;
      }
      notify(error instanceof Error && error.message ? error.message : 'ra.notification.http_error', { type: 'error' });
      return undefined;
    }
  };

  return { handedOver, deactivate, reset: () => setHandedOver(null) };
};
