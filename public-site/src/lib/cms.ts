/**
 * A small client of the CMS's public REST API (Strapi 5). Only what citizens may see is
 * fetched: the public role's permissions decide the rest.
 */

const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';
const TIMEOUT_MS = 5_000;
/** Sending a request may take longer (the CMS queues an e-mail); giving up early invites a duplicate. */
const SUBMIT_TIMEOUT_MS = 15_000;

export type Settings = {
  id: number;
  documentId: string;
  municipalityName: string;
  shortName: string | null;
  timeZone: string;
  contactEmail: string | null;
  website: string | null;
  /** Days the office has to answer a citizen's request (missing from older CMS versions). */
  requestAnswerDays?: number | null;
};

/** What Strapi returns for a `populate[parent][fields]=name,code` relation. */
export type ParentRef = {
  id: number;
  documentId: string;
  name: string;
  code: string;
};

export type Theme = {
  id: number;
  documentId: string;
  code: string;
  name: string;
  description: string | null;
  colour: string | null;
  parent: ParentRef | null;
};

export type PlaceKind = 'district' | 'corregimiento' | 'neighbourhood' | 'other';

export type Place = {
  id: number;
  documentId: string;
  code: string;
  name: string;
  kind: PlaceKind;
  parent: ParentRef | null;
};

export type Pagination = {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
};

/** A theme or place as the public agenda names it. */
export type NamedRef = { id: string; name: string; code: string };

/** An activity of the mayor's public agenda (GET /api/public/agenda). */
export type PublicActivity = {
  id: string;
  title: string;
  description: string | null;
  start: string;
  end: string;
  allDay: boolean;
  kind: string;
  status: string;
  locationText: string | null;
  place: NamedRef | null;
  themes: NamedRef[];
  places: NamedRef[];
};

/** What the holder of a tracking code may know of their request. */
export type RequestStatus = {
  trackingCode: string;
  kind: string;
  subject: string;
  status: string;
  statusLabel: string;
  receivedAt: string;
  answeredAt: string | null;
  answerText: string | null;
  scheduledStart: string | null;
};

type SingleResponse<T> = { data: T };
type CollectionResponse<T> = { data: T[]; meta: { pagination: Pagination } };

/** The CMS could not be reached or answered with an error: the site answers 503. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

/** Read on every request, so one build serves any environment. */
function cmsBaseUrl(): string {
  return (process.env.CMS_URL || DEFAULT_CMS_URL).replace(/\/+$/, '');
}

/** Returns the parsed JSON body, or null when the CMS answers 404. */
async function getJson<T>(path: string): Promise<T | null> {
  const url = `${cmsBaseUrl()}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (cause) {
    throw new CmsUnavailableError(`GET ${url} failed: ${describe(cause)}`, { cause });
  }
  if (response.status === 404) return null;
  if (!response.ok) {
    throw new CmsUnavailableError(`GET ${url} answered ${response.status} ${response.statusText}`);
  }
  try {
    return (await response.json()) as T;
  } catch (cause) {
    throw new CmsUnavailableError(`GET ${url} did not answer JSON: ${describe(cause)}`, { cause });
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch wraps the network error (ECONNREFUSED, ENOTFOUND…) in `cause`.
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/** Fetches every page of a collection, in the order the query sorts it. */
async function getAll<T>(path: string): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page += 1) {
    const body = await getJson<CollectionResponse<T>>(`${path}&pagination[page]=${page}`);
    if (!body || !Array.isArray(body.data)) {
      throw new CmsUnavailableError(`GET ${cmsBaseUrl()}${path} did not answer a collection`);
    }
    items.push(...body.data);
    if (page >= (body.meta?.pagination?.pageCount ?? 1)) return items;
  }
}

/** The municipality's settings, or null while the single type has not been filled in. */
export async function getSettings(): Promise<Settings | null> {
  const body = await getJson<SingleResponse<Settings | null>>('/api/setting');
  return body?.data ?? null;
}

const PARENT_NAME_AND_CODE = 'populate[parent][fields][0]=name&populate[parent][fields][1]=code';

export function getThemes(): Promise<Theme[]> {
  return getAll<Theme>(`/api/themes?sort=name:asc&pagination[pageSize]=200&${PARENT_NAME_AND_CODE}`);
}

export function getPlaces(): Promise<Place[]> {
  return getAll<Place>(`/api/places?sort=name:asc&pagination[pageSize]=500&${PARENT_NAME_AND_CODE}`);
}

export async function getPublicAgenda(from: Date, to: Date): Promise<PublicActivity[]> {
  const query = `from=${encodeURIComponent(from.toISOString())}&to=${encodeURIComponent(to.toISOString())}`;
  const body = await getJson<{ data: PublicActivity[] }>(`/api/public/agenda?${query}`);
  if (!body || !Array.isArray(body.data)) {
    throw new CmsUnavailableError(`GET ${cmsBaseUrl()}/api/public/agenda did not answer a list`);
  }
  return body.data;
}

/** One public activity, or null when there is none (or it is private) with that id. */
export async function getPublicActivity(id: string): Promise<PublicActivity | null> {
  // Strapi's documentIds are short lower-case strings: anything else cannot be one.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const body = await getJson<SingleResponse<PublicActivity>>(`/api/public/agenda/${encodeURIComponent(id)}`);
  return body?.data ?? null;
}

/** A request's state by its tracking code (already normalised), or null when unknown. */
export async function getRequestStatus(code: string): Promise<RequestStatus | null> {
  const body = await getJson<SingleResponse<RequestStatus>>(`/api/public/requests/${encodeURIComponent(code)}`);
  return body?.data ?? null;
}

export type SubmitResult =
  | { status: 201; trackingCode: string }
  | { status: 400; errors: Record<string, unknown> }
  | { status: 429; message: string };

/**
 * Sends a citizen's request. The CMS limits submissions per address: the visitor's address is
 * passed on in X-Forwarded-For (the CMS reads it when it trusts its proxy).
 */
export async function submitRequest(payload: object, clientAddress: string | undefined): Promise<SubmitResult> {
  const url = `${cmsBaseUrl()}/api/public/requests`;
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (clientAddress) headers['X-Forwarded-For'] = clientAddress;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(SUBMIT_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new CmsUnavailableError(`POST ${url} failed: ${describe(cause)}`, { cause });
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.status === 201 && typeof body?.trackingCode === 'string') {
    return { status: 201, trackingCode: body.trackingCode };
  }
  if (response.status === 400 && body) {
    const errors = body.errors && typeof body.errors === 'object' ? (body.errors as Record<string, unknown>) : {};
    return { status: 400, errors };
  }
  if (response.status === 429) {
    const message =
      typeof body?.message === 'string' && body.message
        ? body.message
        : 'Demasiadas solicitudes desde su conexión. Inténtelo de nuevo más tarde.';
    return { status: 429, message };
  }
  throw new CmsUnavailableError(`POST ${url} answered ${response.status} ${response.statusText}`);
}

/** The public iCal feed, as the CMS answers it (the caller passes it through). */
export async function fetchAgendaIcs(): Promise<Response> {
  const url = `${cmsBaseUrl()}/api/public/agenda.ics`;
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'text/calendar' }, signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (cause) {
    throw new CmsUnavailableError(`GET ${url} failed: ${describe(cause)}`, { cause });
  }
  if (!response.ok) throw new CmsUnavailableError(`GET ${url} answered ${response.status} ${response.statusText}`);
  return response;
}
