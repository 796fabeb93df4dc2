import { Alert, Box, Button as MuiButton, Card, CardContent, GlobalStyles, Skeleton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import LockIcon from '@mui/icons-material/Lock';
import PrintIcon from '@mui/icons-material/Print';
import TodayIcon from '@mui/icons-material/Today';
import { Link, RecordContextProvider, ReferenceField, Title, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { ActivityStatusChip } from '../activities/ActivityChips';
import type { Activity } from '../activities/types';
import { intlLocale } from '../common/dateTime';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { formatDayHeading, formatTimes } from './formatWhen';
import { calendarPath } from './routes';
import { addDays, groupByDay, weekRange, weekToShow } from './week';

/** Paper has no app bar, menu or buttons; day blocks do not split across pages. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        'header, .MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .sg-no-print': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        '.MuiCard-root': { boxShadow: 'none !important' },
        '.sg-day': { breakInside: 'avoid' },
        body: { background: '#fff' },
      },
    }}
  />
);

/**
 * The printable weekly agenda: Monday to Sunday in the municipality's time zone, each day
 * with its activities (time, title, place, status, visibility). `?semana=` picks the week.
 */
export const WeekAgendaPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = intlLocale(locale);
  const { timeZone, isPending: zonePending } = useMunicipalityTimeZone();
  const [searchParams, setSearchParams] = useSearchParams();
  const monday = weekToShow(searchParams.get('semana'), timeZone);
  const range = weekRange(monday, timeZone);
  const { data, isPending, error } = useGetList<Activity>(
    'activities',
    {
      filter: { start_lt: range.end, end_gt: range.start },
      pagination: { page: 1, perPage: 500 },
      sort: { field: 'start', order: 'ASC' },
    },
    { enabled: !zonePending },
  );
  const days = groupByDay(data ?? [], monday, timeZone);
  const goTo = (day: string) => setSearchParams({ semana: day });
  const sunday = addDays(monday, 6);

  return (
    <Box sx={{ mt: 2 }}>
      {printStyles}
      <Title title="sigobito.agenda.week.title" />
      <Stack className="sg-no-print" direction="row" sx={{ gap: 1, flexWrap: 'wrap', mb: 2 }}>
        <MuiButton component={Link} to={calendarPath(monday)} variant="text">
          {translate('sigobito.agenda.week.back')}
        </MuiButton>
        <MuiButton startIcon={<ChevronLeftIcon />} onClick={() => goTo(addDays(monday, -7))}>
          {translate('sigobito.agenda.week.previous')}
        </MuiButton>
        <MuiButton startIcon={<TodayIcon />} onClick={() => setSearchParams({})}>
          {translate('sigobito.agenda.week.current')}
        </MuiButton>
        <MuiButton endIcon={<ChevronRightIcon />} onClick={() => goTo(addDays(monday, 7))}>
          {translate('sigobito.agenda.week.next')}
        </MuiButton>
        <MuiButton startIcon={<PrintIcon />} variant="contained" onClick={() => window.print()}>
          {translate('sigobito.agenda.week.print')}
        </MuiButton>
      </Stack>
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('sigobito.agenda.week.heading', {
              from: formatDayHeading(monday, language),
              to: formatDayHeading(sunday, language),
            })}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {translate('sigobito.agenda.time_zone', { zone: timeZone })}
          </Typography>
          {error && <Alert severity="error">{translate('sigobito.agenda.calendar.load_error')}</Alert>}
          {isPending || zonePending ? (
            <Skeleton variant="rectangular" height={320} />
          ) : (
            days.map(({ day, activities }) => (
              <Box key={day} className="sg-day" component="section" aria-labelledby={`day-${day}`} sx={{ mb: 3 }}>
                <Typography
                  id={`day-${day}`}
                  variant="h6"
                  component="h2"
                  sx={{ '&::first-letter': { textTransform: 'uppercase' }, borderBottom: 2, borderColor: 'divider', mb: 1 }}
                >
                  {formatDayHeading(day, language)}
                </Typography>
                {activities.length === 0 ? (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {translate('sigobito.agenda.week.no_activities')}
                  </Typography>
                ) : (
                  <Table size="small" sx={{ tableLayout: 'fixed' }}>
                    <TableHead>
                      <TableRow>
                        <TableCell sx={{ width: '9em' }}>{translate('sigobito.agenda.week.time')}</TableCell>
                        <TableCell sx={{ width: '40%' }}>{translate('sigobito.agenda.week.activity')}</TableCell>
                        <TableCell>{translate('sigobito.agenda.week.place')}</TableCell>
                        <TableCell sx={{ width: '9em' }}>{translate('sigobito.agenda.week.status')}</TableCell>
                        <TableCell sx={{ width: '8em' }}>{translate('sigobito.agenda.week.visibility')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {activities.map((activity) => (
                        <RecordContextProvider key={activity.id} value={activity}>
                        <TableRow>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>
                            {activity.allDay ? translate('sigobito.agenda.week.all_day') : formatTimes(activity, language, timeZone)}
                          </TableCell>
                          <TableCell sx={{ textDecoration: activity.status === 'cancelled' ? 'line-through' : 'none' }}>
                            <Link to={`/activities/${encodeURIComponent(activity.id)}/show`}>{activity.title}</Link>
                          </TableCell>
                          <TableCell>
                            {activity.locationText}
                            {activity.locationText && activity.place ? ' · ' : ''}
                            {activity.place && <ReferenceField source="place" reference="places" link={false} />}
                          </TableCell>
                          <TableCell>
                            <ActivityStatusChip status={activity.status} />
                          </TableCell>
                          <TableCell>
                            {activity.visibility === 'private' && <LockIcon fontSize="inherit" sx={{ mr: 0.5, verticalAlign: 'middle' }} aria-hidden />}
                            {translate(`resources.activities.visibilities.${activity.visibility}`)}
                          </TableCell>
                        </TableRow>
                        </RecordContextProvider>
                      ))}
                    </TableBody>
                  </Table>
                )}
              </Box>
            ))
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
