import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, withLifecycleCallbacks, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import { isImportReport, type ImportOutcome, type ImportTarget } from './imports/types';
import { memberUpdatePayload } from './members/payload';
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

// Fields the server owns; sending them back on save would only invite a 400.
const SERVER_OWNED = ['id', 'createdAt', 'updatedAt'] as const;

const withoutServerOwned = async <T extends Record<string, unknown>>(data: T): Promise<T> => {
  const copy: Record<string, unknown> = { ...data };
  for (const field of SERVER_OWNED) delete copy[field];
  return copy as T;
};

const postJson = (path: string, body: unknown) =>
  httpClient(`${API_URL}/${path}`, { method: 'POST', body: JSON.stringify(body) });

export const createDataProvider = (): SigobitoDataProvider => {
  const base = withLifecycleCallbacks(simpleRestProvider(API_URL, httpClient), [
    { resource: '*', beforeSave: withoutServerOwned },
    {
      resource: 'members',
      beforeUpdate: async (params) => ({ ...params, data: memberUpdatePayload(params.data) }),
    },
    {
      resource: 'places',
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
        // A real run with line errors is refused as a 400 that carries the same report.
        if (error instanceof HttpError && error.status === 400 && isImportReport(error.body)) {
          return { report: error.body, written: false };
        }
        throw error;
      }
    },
  };
};
