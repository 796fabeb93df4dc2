import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';
import { dateTimeOptions, intlLocale, toDate } from './dateTime';
import { exportsAs } from './exportCells';
import { useMunicipalityTimeZone } from './useMunicipalityTimeZone';

// DateField skips an undefined date (empty or invalid value) instead of printing "Invalid Date".
const transform = toDate as (value: unknown) => Date;

type DateTimeFieldProps = Omit<DateFieldProps, 'locales' | 'options' | 'showTime' | 'showDate' | 'transform'>;

/**
 * A date and time as the municipality reads it: its time zone (settings), the current locale
 * ("23/11/2026, 00:27" in Spanish). Use it for every instant shown to users.
 */
export const DateTimeField = exportsAs(
  (props: DateTimeFieldProps) => {
    const { timeZone, isPending } = useMunicipalityTimeZone();
    const [locale] = useLocaleState();
    // Nothing rather than an hour in the wrong zone while the settings load (once per session).
    if (isPending) return null;
    return <DateField {...props} showTime locales={intlLocale(locale)} options={dateTimeOptions(timeZone)} transform={transform} />;
  },
  ({ source }: { source?: string }) => ({ kind: 'datetime', source: source ?? '' }),
);
