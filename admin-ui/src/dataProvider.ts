import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, withLifecycleCallbacks, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import { localizedBody } from './common/codedMessages';
import { i18nProvider } from './i18n/i18nProvider';
import { uploadErrorsOn, withUploadedFiles, type FileId, type StoredFile } from './common/files';
import { isImportReport, type ImportOutcome, type ImportReport, type ImportTarget } from './imports/types';
import { geometryForApi } from './places/geometry';
import type { NotificationPreferences, RequestStatus } from '@sigobito/config/contracts';
import type { Slot } from './requests/acceptSlot';
import { SESSION_REQUEST } from './session';

export const API_URL = '/api/backoffice';

/**
 * Every API call carries the session cookie (never a token a script could read) and the
 * anti-forgery header. A refused input (400) comes back in the user's language: forms and
 * notifications show its coded errors translated (see common/codedMessages.ts).
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const headers = new Headers(options.headers);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  for (const [name, value] of Object.entries(SESSION_REQUEST.headers)) headers.set(name, value);
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: SESSION_REQUEST.credentials });
  } catch (error) {
    const localized = error instanceof HttpError && error.status === 400 ? localizedBody(i18nProvider.translate, error.body) : undefined;
    throw localized ? new HttpError(localized.message, 400, localized.body) : error;
  }
};

export type HandoverResult = { member: RaRecord; handedOver: Record<string, number> };

/** `POST requests/:id/transition` (`REQUEST_TRANSITIONS` in @sigobito/config/contracts says which moves are allowed). */
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
  /** Lets a deactivated member back in; their former work stays where it was handed over. */
  reactivateMember: (id: Identifier) => Promise<{ member: RaRecord }>;
  importCsv: (target: ImportTarget, csv: string, dryRun: boolean) => Promise<ImportOutcome>;
  transitionRequest: (id: Identifier, transition: RequestTransition) => Promise<TransitionResult>;
  /** A new secret address of the caller's full-agenda iCal feed; the previous one stops working. */
  newCalendarToken: () => Promise<{ url: string }>;
  /** Changes the caller's own password; their other sessions end, this browser gets a fresh one. */
  changeMyPassword: (currentPassword: string, password: string) => Promise<void>;
  /** The caller's own e-mail switches (every kind, on unless turned off). */
  getMyNotifications: () => Promise<NotificationPreferences>;
  updateMyNotifications: (changes: Partial<NotificationPreferences>) => Promise<NotificationPreferences>;
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

/**
 * `POST uploads` (multipart, field `files`): stores the files and answers their ids, in order.
 * A refused file (type, size) is told on the media fields it was picked in, for the form.
 */
export const uploadFiles = async (files: File[], fields: string[]): Promise<FileId[]> => {
  const body = new FormData();
  for (const file of files) body.append('files', file, file.name);
  try {
    const { json } = await httpClient(`${API_URL}/uploads`, { method: 'POST', body });
    return (json as StoredFile[]).map((file) => file.id);
  } catch (error) {
    const errors = error instanceof HttpError ? uploadErrorsOn(error.body, fields) : undefined;
    if (!(error instanceof HttpError) || !errors) throw error;
    const message = Object.values(errors)[0];
    // `root.serverError`: what react-admin notifies when a save comes back with field errors.
    throw new HttpError(message, error.status, { errors: { ...errors, root: { serverError: message } } });
  }
};

/** The media fields of each resource: new files are uploaded before the record is saved. */
export const MEDIA_FIELDS = {
  milestones: ['evidence'],
  'progress-reports': ['attachments'],
  settings: ['logo'],
} as const;

const uploadingFiles = (resource: keyof typeof MEDIA_FIELDS) => {
  const fields = MEDIA_FIELDS[resource];
  const withIds = async <P extends { data: Record<string, unknown> }>(params: P): Promise<P> => {
    const data = await withUploadedFiles(params.data, fields, uploadFiles);
    return data === params.data ? params : { ...params, data };
  };
  return { resource, beforeCreate: withIds, beforeUpdate: withIds };
};

export const createDataProvider = (): SigobitoDataProvider => {
  const base = withLifecycleCallbacks(simpleRestProvider(API_URL, httpClient), [
    {
      resource: 'places',
      // The geometry is edited as JSON text (see places/geometry.ts); the API stores an object.
      beforeSave: async (data) => ('geometry' in data ? { ...data, geometry: geometryForApi(data.geometry) } : data),
    },
    uploadingFiles('milestones'),
    uploadingFiles('progress-reports'),
    uploadingFiles('settings'),
  ]);

  return {
    ...base,
    deactivateMember: async (id, handoverTo) => {
      const { json } = await postJson(`members/${encodeURIComponent(String(id))}/deactivate`, { handoverTo });
      return json as HandoverResult;
    },
    reactivateMember: async (id) => {
      const { json } = await postJson(`members/${encodeURIComponent(String(id))}/reactivate`, {});
      return json as { member: RaRecord };
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
    changeMyPassword: async (currentPassword, password) => {
      await httpClient(`${API_URL}/me/password`, { method: 'PUT', body: JSON.stringify({ currentPassword, password }) });
    },
    getMyNotifications: async () => (await httpClient(`${API_URL}/me/notifications`)).json as NotificationPreferences,
    updateMyNotifications: async (changes) => {
      const { json } = await httpClient(`${API_URL}/me/notifications`, { method: 'PUT', body: JSON.stringify(changes) });
      return json as NotificationPreferences;
    },
  };
};
