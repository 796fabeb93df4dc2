/**
 * A small client of the CMS's public REST API (Strapi 5). Only what citizens may see is
 * fetched: the public role's permissions decide the rest.
 */

const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';
const TIMEOUT_MS = 5_000;

export type Settings = {
  id: number;
  documentId: string;
  municipalityName: string;
  shortName: string | null;
  timeZone: string;
  contactEmail: string | null;
  website: string | null;
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
