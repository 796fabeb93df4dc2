import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, withLifecycleCallbacks, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import { isImportReport, type ImportOutcome, type ImportReport, type ImportTarget } from './imports/types';
import { geometryForApi } from './places/geometry';
import type { Slot } from './requests/acceptSlot';
import type { RequestStatus } from './requests/workflow';
import { getToken } from './session';

export const API_URL = '/api/backoffice';

export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const token = getToken();
  return fetchUtils.fetchJson(url, token ? { ...options, user: { authenticated: true, token: `Bearer ${token}` } } : options);
};

export type HandoverResult = { member: RaRecord; handedOver: Record<string, number> };

/** `POST requests/:id/transition` (see requests/workflow.ts for the allowed moves). */
export type RequestTransition = {
  to: RequestStatus;
  answerText?: string;
  slot?: Slot;
  activity?: Identifier;
  delegatedTo?: Identifier;
};

export type TransitionResult = { request: RaRecord; activity: RaRecord | null };

export type SigobitoDataProvider = DataProvider & {
  deactivateMember: (id: Identifier, handoverTo: Identifier) => Promise<HandoverResult>;
  importCsv: (target: ImportTarget, csv: string, dryRun: boolean) => Promise<ImportOutcome>;
  transitionRequest: (id: Identifier, transition: RequestTransition) => Promise<TransitionResult>;
  /** A new secret address of the caller's full-agenda iCal feed; the previous one stops working. */
  newCalendarToken: () => Promise<{ url: string }>;
};

const postJson = (path: string, body: unknown) =>
  httpClient(`${API_URL}/${path}`, { method: 'POST', body: JSON.stringify(body) });

/** A real import refused for line errors is a 400 carrying the report (as the body, or under `report`). */
const refusedImportReport = (error: unknown): ImportReport | undefined => {
  if (!(error instanceof HttpError) || error.status !== 400) return undefined;
  const body: unknown = error.body;
  if (isImportReport(body)) return body;
  if (typeof body === 'object' && body !== null && 'report' in body && isImportReport(body.report)) return body.report;
  return undefined;
};

export const createDataProvider = (): SigobitoDataProvider => {
  const base = withLifecycleCallbacks(simpleRestProvider(API_URL, httpClient), [
    {
      resource: 'places',
      // The geometry is edited as JSON text (see places/geometry.ts); the API stores an object.
      beforeSave: async (data) => ('geometry' in data ? { ...data, geometry: geometryForApi(data.geometry) } : data),
    },
  ]);

  return {
    ...base,
    deactivateMember: async (id, handoverTo) => {
      const { json } = await postJson(`members/${encodeURIComponent(String(id))}/deactivate`, { handoverTo });
      return json as HandoverResult;
    },
    importCsv: async (target, csv, dryRun) => {
      try {
        const { json } = await postJson(`imports/${target}`, { csv, dryRun });
        if (!isImportReport(json)) throw new Error('ra.notification.http_error');
        return { report: json, written: !dryRun };
      } catch (error) {
        const report = refusedImportReport(error);
        if (report) return { report, written: false };
        throw error;
      }
    },
    transitionRequest: async (id, transition) => {
      const { json } = await postJson(`requests/${encodeURIComponent(String(id))}/transition`, transition);
      return json as TransitionResult;
    },
    newCalendarToken: async () => {
      const { json } = await postJson('me/calendar-token', {});
      return json as { url: string };
    },
  };
};
