import type { Locale } from '@sigobito/config/contracts';

/** The municipality's zone when the settings do not say (or say something unknown). */
export const DEFAULT_TIME_ZONE = 'America/Panama';

/** Whether the runtime knows this IANA time zone (an unknown one makes Intl throw). */
export const isTimeZone = (value: unknown): value is string => {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

/** The time zone to show dates in: the configured one when valid, else the default. */
export const resolveTimeZone = (value: unknown): string => (isTimeZone(value) ? value : DEFAULT_TIME_ZONE);

/**
 * Day and time, numeric, in the municipality's zone: "23/11/2026, 00:27" (es),
 * "11/23/2026, 12:27 AM" (en). The four-digit year keeps old entries unambiguous.
 */
export const dateTimeOptions = (timeZone: string): Intl.DateTimeFormatOptions => ({
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The app's locale as the shared contracts take it: English, or Spanish (the default). */
export const appLocale = (locale: string | undefined): Locale => (locale === 'en' ? 'en' : 'es');

/** The app's locale as Intl reads it: es → Spanish, en → English (any other passes through). */
export const intlLocale = (locale: string | undefined): string => (locale && locale.trim() !== '' ? locale : 'es');

/** A Date from an ISO string, a timestamp or a Date; undefined when empty or not a date. */
export const toDate = (value: unknown): Date | undefined => {
  if (value == null || value === '') return undefined;
  const date = value instanceof Date ? value : typeof value === 'string' || typeof value === 'number' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** One instant as people of the municipality read it; '' when there is no valid date. */
export const formatDateTime = (value: unknown, locale: string | undefined, timeZone: unknown): string => {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), dateTimeOptions(resolveTimeZone(timeZone))).format(date);
};

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Whether a value is an ISO 8601 instant (as the API writes timestamps, e.g. in the change log). */
export const isIsoDateTime = (value: unknown): value is string =>
  typeof value === 'string' && ISO_DATE_TIME.test(value) && toDate(value) !== undefined;
