/**
 * A small client of the CMS's public REST API (Strapi 5). Only what citizens may see is
 * fetched: the public role's permissions decide the rest.
 */

import { isNewsSlug, type NamedRef, type PublicGoal, type PublicNewsDetail, type PublicNewsPage, type PublicNewsSummary } from '@sigobito/config/contracts';
import { recordAnswer } from './data-age';
import { relayHeaders } from './relay';
import { cacheTimesFrom, SwrCache } from './swr';

const DEFAULT_CMS_URL = 'http://127.0.0.1:1337';
const TIMEOUT_MS = 5_000;
/** Sending a request may take longer (the CMS queues an e-mail); giving up early invites a duplicate. */
const SUBMIT_TIMEOUT_MS = 15_000;
/** Files (open data, images): the milestones file is built goal by goal, and a body is streamed through within this time too. */
const OPEN_DATA_TIMEOUT_MS = 30_000;

export type Settings = {
  id: number;
  documentId: string;
  municipalityName: string;
  shortName: string | null;
  timeZone: string;
  contactEmail: string | null;
  website: string | null;
  /** How the site names the mayor ("alcaldesa": "Agenda de la Alcaldesa"); missing from older CMS versions. */
  mayorTitle?: string | null;
  /** Days the office has to answer a citizen's request (missing from older CMS versions). */
  requestAnswerDays?: number | null;
  /** Map tiles (`https://…/{z}/{x}/{y}.png`) and the credit their provider requires; without them the maps draw the places alone. */
  mapTileUrl?: string | null;
  mapTileAttribution?: string | null;
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
  /** GeoJSON, as stored: checked again before it is drawn. */
  geometry?: unknown;
};

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

export type MilestoneState = 'done' | 'upcoming' | 'late';

export type PublicMilestone = {
  id: string;
  order: number;
  title: string;
  description: string | null;
  /** YYYY-MM-DD. */
  dueDate: string;
  weight: number;
  critical: boolean;
  status: string;
  state: MilestoneState;
  /** ISO instant. */
  completedAt: string | null;
};

/** A progress report: an ISO instant, the percent done and the indicator's value then. */
export type ProgressPoint = { date: string; percent: number | null; indicatorValue: number | string | null };

/** An institution or a group named by a public record: its page is /actores/<code>. */
export type PublicActorRef = { code: string; name: string };

export type PublicGoalDetail = PublicGoal & { milestones: PublicMilestone[]; progress: ProgressPoint[]; actors?: PublicActorRef[] };

/** An institution's or a group's public page (GET /api/public/actors/:code): never a person, never contact data. */
export type PublicActorPage = {
  actor: { id: string; code: string; name: string; kind: 'institution' | 'group'; organization: string | null; themes: NamedRef[]; places: NamedRef[] };
  activities: PublicActivity[];
  goals: PublicGoal[];
  news: PublicNewsSummary[];
};

/** A theme or place with everything public about it ("proximidad"): its goals, activities and latest news. */
export type Proximity = {
  subject: { id: string; code: string; name: string; description: string | null };
  goals: PublicGoal[];
  activities: PublicActivity[];
  news: PublicNewsSummary[];
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

/** The CMS could not be reached or answered with an error: the site answers 503. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

/**
 * For a page's side dishes (the home page's agenda, a goal's news): the CMS failing to give
 * them is logged and they are left out (null), while the page itself is still shown.
 */
export function unavailableAsNull(error: unknown): null {
  if (!(error instanceof CmsUnavailableError)) throw error;
  console.error(error.message);
  return null;
}

/** Read on every request, so one build serves any environment. */
function cmsBaseUrl(): string {
  return (process.env.CMS_URL || DEFAULT_CMS_URL).replace(/\/+$/, '');
}

/** The CMS's JSON answer as text, or null when it answers 404; anything else is CmsUnavailableError. */
async function fetchJsonText(path: string): Promise<string | null> {
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
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new CmsUnavailableError(`GET ${url} answered ${response.status} ${response.statusText}`);
  }
  try {
    const text = await response.text();
    JSON.parse(text);
    return text;
  } catch (cause) {
    throw new CmsUnavailableError(`GET ${url} did not answer JSON: ${describe(cause)}`, { cause });
  }
}

/**
 * What the CMS publishes for everyone, shared by every visitor (lib/swr.ts): one call to the CMS
 * per path however many views ask at once, and the last good answer when the CMS fails. Only
 * the public API's GETs go through it; a visitor's own things (a request's state, a form's
 * token) never do. The text is kept, not the parsed object, so that no page can change
 * another's copy; the total is bounded by size (characters) and count.
 */
const shared = new SwrCache<string | null>({
  load: fetchJsonText,
  times: cacheTimesFrom(process.env),
  max: 5_000,
  maxSize: 64 * 1024 * 1024,
  sizeOf: (text) => text?.length ?? 1,
  onBackgroundError: (error) => console.error(error instanceof Error ? error.message : error),
});

/** Returns the parsed JSON body (from the shared cache), or null when the CMS answers 404. */
async function getJson<T>(path: string): Promise<T | null> {
  const answer = await shared.get(path);
  recordAnswer(answer);
  return answer.value === null ? null : (JSON.parse(answer.value) as T);
}

/** The same, asked of the CMS now and for this visitor only. */
async function getOwnJson<T>(path: string): Promise<T | null> {
  const text = await fetchJsonText(path);
  return text === null ? null : (JSON.parse(text) as T);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // fetch wraps the network error (ECONNREFUSED, ENOTFOUND…) in `cause`.
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}

/** What every page shows: the settings, the themes and the places, in one answer of the CMS (GET /api/public/site). */
type SiteBasics = { settings: Settings | null; themes: Theme[]; places: Place[] };

async function getSiteBasics(): Promise<SiteBasics> {
  const body = await getJson<SingleResponse<SiteBasics>>('/api/public/site');
  if (!body?.data || !Array.isArray(body.data.themes) || !Array.isArray(body.data.places)) {
    throw new CmsUnavailableError(`GET ${cmsBaseUrl()}/api/public/site did not answer the settings, themes and places`);
  }
  return body.data;
}

/** The municipality's settings, or null while the single type has not been filled in. */
export async function getSettings(): Promise<Settings | null> {
  return (await getSiteBasics()).settings;
}

/** The themes, by name, with their parent's name and code. */
export async function getThemes(): Promise<Theme[]> {
  return (await getSiteBasics()).themes;
}

/** The places, by name, with their parent's name and code. */
export async function getPlaces(): Promise<Place[]> {
  return (await getSiteBasics()).places;
}

/** The public agenda between two instants, optionally of one theme and/or one place (codes; what lies beneath them too). */
export async function getPublicAgenda(from: Date, to: Date, filter: { theme?: string; place?: string } = {}): Promise<PublicActivity[]> {
  const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
  if (filter.theme) query.set('theme', filter.theme);
  if (filter.place) query.set('place', filter.place);
  const body = await getJson<{ data: PublicActivity[] }>(`/api/public/agenda?${query}`);
  if (!body || !Array.isArray(body.data)) {
    throw new CmsUnavailableError(`GET ${cmsBaseUrl()}/api/public/agenda did not answer a list`);
  }
  return body.data;
}

/** One public activity, or null when there is none (or it is private) with that id. */
export async function getPublicActivity(id: string): Promise<(PublicActivity & { actors?: PublicActorRef[] }) | null> {
  // Strapi's documentIds are short lower-case strings: anything else cannot be one.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
  const body = await getJson<SingleResponse<PublicActivity & { actors?: PublicActorRef[] }>>(`/api/public/agenda/${encodeURIComponent(id)}`);
  return body?.data ?? null;
}

/** A request's state by its tracking code (already normalised), or null when unknown. */
export async function getRequestStatus(code: string): Promise<RequestStatus | null> {
  const body = await getOwnJson<SingleResponse<RequestStatus>>(`/api/public/requests/${encodeURIComponent(code)}`);
  return body?.data ?? null;
}

/** A signed "form shown now" for the request form (the CMS refuses forms sent too fast or made up). */
export async function getFormToken(): Promise<string> {
  const body = await getOwnJson<{ token?: unknown }>('/api/public/requests/form-token');
  if (typeof body?.token !== 'string') throw new CmsUnavailableError(`GET ${cmsBaseUrl()}/api/public/requests/form-token did not answer a token`);
  return body.token;
}

export type SubmitResult =
  | { status: 201; trackingCode: string }
  | { status: 400; errors: Record<string, unknown> }
  | { status: 429; message: string };

/**
 * Sends a citizen's request. The CMS limits submissions per address: the visitor's address
 * (server.mjs works it out from the trusted proxy hops) goes in a header signed with the
 * secret the site and the CMS share, so that no visitor can choose theirs.
 */
export async function submitRequest(payload: object, clientAddress: string | undefined): Promise<SubmitResult> {
  const url = `${cmsBaseUrl()}/api/public/requests`;
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json', ...relayHeaders(clientAddress) };
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

/** The public goals, optionally those of one theme and/or one place (codes). */
export async function getPublicGoals(filter: { theme?: string; place?: string } = {}): Promise<PublicGoal[]> {
  const query = new URLSearchParams();
  if (filter.theme) query.set('theme', filter.theme);
  if (filter.place) query.set('place', filter.place);
  const path = `/api/public/goals${query.toString() ? `?${query}` : ''}`;
  const body = await getJson<{ data: PublicGoal[] }>(path);
  // A 404 here means a CMS without the goals module: the page cannot be shown.
  if (!body || !Array.isArray(body.data)) {
    throw new CmsUnavailableError(`GET ${cmsBaseUrl()}${path} did not answer a list`);
  }
  return body.data;
}

/** Codes and ids as the CMS accepts them: anything else cannot name a record. */
const SAFE_KEY = /^[A-Za-z0-9_-]{1,64}$/;
export const isSafeKey = (value: string): boolean => SAFE_KEY.test(value);

/** One public goal with its milestones and progress reports, or null when there is none. */
export async function getPublicGoal(id: string): Promise<PublicGoalDetail | null> {
  if (!SAFE_KEY.test(id)) return null;
  const body = await getJson<SingleResponse<PublicGoalDetail>>(`/api/public/goals/${encodeURIComponent(id)}`);
  return body?.data ?? null;
}

/** Everything public about a theme or a place, or null when no theme/place has that code. */
export async function getProximity(kind: 'themes' | 'places', code: string): Promise<Proximity | null> {
  if (!SAFE_KEY.test(code)) return null;
  type Body = { data: { theme?: Proximity['subject']; place?: Proximity['subject']; goals: PublicGoal[]; activities: PublicActivity[]; news?: PublicNewsSummary[] } };
  const body = await getJson<Body>(`/api/public/proximity/${kind}/${encodeURIComponent(code)}`);
  const data = body?.data;
  const subject = data && (kind === 'themes' ? data.theme : data.place);
  if (!data || !subject) return null;
  return {
    subject: { ...subject, description: subject.description ?? null },
    goals: Array.isArray(data.goals) ? data.goals : [],
    activities: Array.isArray(data.activities) ? data.activities : [],
    news: Array.isArray(data.news) ? data.news : [],
  };
}

/** An institution's or a group's public page, or null for a person or a code that names nobody. */
export async function getPublicActor(code: string): Promise<PublicActorPage | null> {
  if (!SAFE_KEY.test(code)) return null;
  const body = await getJson<SingleResponse<PublicActorPage>>(`/api/public/actors/${encodeURIComponent(code)}`);
  const data = body?.data;
  if (!data?.actor) return null;
  return { actor: data.actor, activities: Array.isArray(data.activities) ? data.activities : [], goals: Array.isArray(data.goals) ? data.goals : [], news: Array.isArray(data.news) ? data.news : [] };
}

export type NewsFilter = { page?: number; pageSize?: number; theme?: string; place?: string; goal?: string };

/** A page of the news, newest first, optionally of a theme, a place or a public goal (codes and ids as SAFE_KEY allows). */
export async function getNewsPage(filter: NewsFilter = {}): Promise<PublicNewsPage> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) if (value !== undefined && value !== '') query.set(name, String(value));
  const path = `/api/public/news${query.toString() ? `?${query}` : ''}`;
  const body = await getJson<PublicNewsPage>(path);
  if (!body || !Array.isArray(body.data) || !body.meta?.pagination) {
    throw new CmsUnavailableError(`GET ${cmsBaseUrl()}${path} did not answer a page of news`);
  }
  return body;
}

/** One news item (a withdrawn one: its notice), or null when there is none at that address. */
export async function getNewsItem(slug: string): Promise<PublicNewsDetail | null> {
  if (!isNewsSlug(slug)) return null;
  const body = await getJson<SingleResponse<PublicNewsDetail>>(`/api/public/news/${encodeURIComponent(slug)}`);
  return body?.data ?? null;
}

/** An image of a public news item as the CMS answers it (the caller passes it through), or null when there is none. */
export function fetchNewsImage(slug: string, n: string): Promise<Response | null> {
  if (!isNewsSlug(slug) || !/^[1-9]\d{0,2}$/.test(n)) return Promise.resolve(null);
  return fetchFile(`/api/public/news/${encodeURIComponent(slug)}/images/${n}`);
}

/**
 * A file the CMS serves (open data, a news image) as it answers it, for the caller to pass
 * through; null when the CMS has no such file. Its body is streamed within OPEN_DATA_TIMEOUT_MS.
 */
async function fetchFile(path: string): Promise<Response | null> {
  const url = `${cmsBaseUrl()}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(OPEN_DATA_TIMEOUT_MS) });
  } catch (cause) {
    throw new CmsUnavailableError(`GET ${url} failed: ${describe(cause)}`, { cause });
  }
  if (response.status === 404) {
    await response.body?.cancel();
    return null;
  }
  if (!response.ok) throw new CmsUnavailableError(`GET ${url} answered ${response.status} ${response.statusText}`);
  return response;
}

/**
 * An open-data file as the CMS answers it (the caller passes it through), or null when the CMS
 * has no such file. `file` must be one of the contracts' OPEN_DATA_FILES; `filter` narrows it to a
 * theme or a place (codes) with what lies beneath.
 */
export function fetchOpenData(file: string, filter: { theme?: string; place?: string } = {}): Promise<Response | null> {
  const query = new URLSearchParams();
  if (filter.theme) query.set('theme', filter.theme);
  if (filter.place) query.set('place', filter.place);
  return fetchFile(`/api/public/open-data/${encodeURIComponent(file)}${query.toString() ? `?${query}` : ''}`);
}
