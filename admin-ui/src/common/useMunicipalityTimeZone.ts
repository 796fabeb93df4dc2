import { useCallback } from 'react';
import { useGetOne, useLocaleState } from 'react-admin';
import { formatDateTime, resolveTimeZone } from './dateTime';

/** The settings change rarely; saving them in the back office refreshes this same cache entry. */
const SETTINGS_STALE_TIME = 60 * 60 * 1000;

type Settings = { id: string; timeZone?: string | null; municipalityName?: string | null };

/**
 * The municipality's IANA time zone (settings.timeZone, readable by every role), or
 * America/Panama when it is missing, unknown or cannot be read. `isPending` is true only
 * while the settings load for the first time.
 */
export const useMunicipalityTimeZone = () => {
  const { data, isPending, error } = useGetOne<Settings>('settings', { id: 'current' }, { staleTime: SETTINGS_STALE_TIME });
  return { timeZone: resolveTimeZone(data?.timeZone), isPending: isPending && !error };
};

/** Formats an instant for the current locale in the municipality's time zone ('' for no date). */
export const useFormatDateTime = () => {
  const { timeZone, isPending } = useMunicipalityTimeZone();
  const [locale] = useLocaleState();
  const format = useCallback((value: unknown) => formatDateTime(value, locale, timeZone), [locale, timeZone]);
  return { format, timeZone, locale, isPending };
};
