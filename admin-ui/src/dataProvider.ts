import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, withLifecycleCallbacks, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import { isImportReport, type ImportOutcome, type ImportReport, type ImportTarget } from './imports/types';
import { geometryForApi } from './places/geometry';
import { getToken } from './session';

export const API_URL = '/api/backoffice';

export const httpClient = (url: string, options: fetchUtils.Options = {}) => {
  const token = getToken();
  return fetchUtils.fetchJson(url, token ? { ...options, user: { authenticated: true, token: `Bearer ${token}` } } : options);
};

export type HandoverResult = { member: RaRecord; handedOver: Record<string, number> };

export type SigobitoDataProvider = DataProvider & {
  deactivateMember: (id: Identifier, handoverTo: Identifier) => Promise<HandoverResult>;
  importCsv: (target: ImportTarget, csv: string, dryRun: boolean) => Promise<ImportOutcome>;
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
  };
};
