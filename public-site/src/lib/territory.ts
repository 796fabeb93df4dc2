import { mapTileSource } from '@sigobito/config/contracts';
import { getPlaces, getPublicAgenda, getPublicGoals, unavailableAsNull, type Place, type Settings } from './cms';
import { countByPlace, type PlaceCounts } from './map';

const DAY_MS = 86_400_000;
/** The activities a place page lists: from six months back (as the CMS's proximity answer) to the agenda's horizon. */
const ACTIVITIES_BACK_DAYS = 180;
const ACTIVITIES_AHEAD_DAYS = 220;

export type Territory = { places: Place[]; counts: Map<string, PlaceCounts> };

/**
 * The places of the municipality with how many public goals and activities each has, for the
 * map. The places are the page; the counts are a side dish: when the CMS fails to give them,
 * the map is drawn without them.
 */
export async function getTerritory(now: Date): Promise<Territory> {
  const [places, goals, activities] = await Promise.all([
    getPlaces(),
    getPublicGoals().catch(unavailableAsNull),
    getPublicAgenda(new Date(now.getTime() - ACTIVITIES_BACK_DAYS * DAY_MS), new Date(now.getTime() + ACTIVITIES_AHEAD_DAYS * DAY_MS)).catch(unavailableAsNull),
  ]);
  return { places, counts: countByPlace(goals ?? [], activities ?? [], places) };
}

export type MapTiles = { url: string; attribution: string; source: string };

/** The tiles the settings configure, when their template is valid; null draws the places alone. */
export function mapTiles(settings: Settings | null): MapTiles | null {
  const url = settings?.mapTileUrl ?? null;
  const source = mapTileSource(url);
  return url && source ? { url, attribution: settings?.mapTileAttribution?.trim() || '', source } : null;
}
