import { Alert, AlertTitle, Box } from '@mui/material';
import { Link, useCreatePath, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatWhen } from '../agenda/formatWhen';
import { intlLocale } from '../common/dateTime';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { overlapFilter } from './overlaps';
import type { Activity } from './types';

/**
 * In the activity form, before saving: the confirmed activities the times typed would clash
 * with, asked from the API as the times change (only those the user may see).
 */
export const OverlapWarning = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { timeZone } = useMunicipalityTimeZone();
  const createPath = useCreatePath();
  const record = useRecordContext<Activity>();
  const [start, end, status] = useWatch({ name: ['start', 'end', 'status'] }) as unknown[];
  const filter = overlapFilter({ start, end, status }, record?.id);
  const { data } = useGetList<Activity>(
    'activities',
    { filter: filter ?? {}, sort: { field: 'start', order: 'ASC' }, pagination: { page: 1, perPage: 20 } },
    { enabled: filter !== null },
  );
  if (!filter || !data?.length) return null;
  return (
    <Alert severity="warning" role="alert" sx={{ my: 1, maxWidth: 720 }}>
      <AlertTitle>{translate(status === 'confirmed' ? 'resources.activities.overlap.title' : 'resources.activities.overlap.title_tentative', { smart_count: data.length })}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {data.map((other) => (
          <li key={other.id}>
            <Link to={createPath({ resource: 'activities', id: other.id, type: 'show' })} target="_blank">
              {other.title}
            </Link>{' '}
            — {formatWhen(other, intlLocale(locale), timeZone, translate('resources.activities.fields.allDay'))}
          </li>
        ))}
      </Box>
    </Alert>
  );
};
