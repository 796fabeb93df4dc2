import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../common/dateTime';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { formatWhen } from './formatWhen';

type Timed = { start?: string | null; end?: string | null; allDay?: boolean | null };

/** "miércoles, 25 de noviembre de 2026, 09:30 – 10:30" in the municipality's zone. */
export const WhenField = (_props: { label?: string }) => {
  const record = useRecordContext<Timed & { id: string }>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { timeZone, isPending } = useMunicipalityTimeZone();
  if (!record || isPending) return null;
  return (
    <Typography variant="body1" component="span">
      {formatWhen(record, intlLocale(locale), timeZone, translate('sigobito.agenda.week.all_day'))}
    </Typography>
  );
};
