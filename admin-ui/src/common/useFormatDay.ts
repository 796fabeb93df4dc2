import { useLocaleState } from 'react-admin';
import { intlLocale } from './dateTime';

/**
 * Formats a calendar day (YYYY-MM-DD, or an ISO string starting with one) in the current
 * locale. A day has no time zone: it is read at noon UTC so no zone can move it.
 */
export const useFormatDay = () => {
  const [locale] = useLocaleState();
  const format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  return (day: string | null | undefined) => (day ? format.format(new Date(`${day.slice(0, 10)}T12:00:00Z`)) : '');
};
