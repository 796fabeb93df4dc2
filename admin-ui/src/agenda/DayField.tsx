import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { intlLocale } from '../common/dateTime';
import { exportsAs } from '../common/exportCells';

const DAY_OPTIONS: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' };

/**
 * A calendar day stored as "YYYY-MM-DD" (due dates, desired dates). Read as UTC so that no
 * time zone moves it to the day before.
 */
export const DayField = exportsAs(
  (props: Omit<DateFieldProps, 'options' | 'locales' | 'showTime'>) => {
    const [locale] = useLocaleState();
    return <DateField {...props} locales={intlLocale(locale)} options={DAY_OPTIONS} />;
  },
  ({ source }: { source?: string }) => ({ kind: 'day', source: source ?? '' }),
);
