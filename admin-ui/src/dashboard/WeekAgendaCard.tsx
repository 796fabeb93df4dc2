import LockIcon from '@mui/icons-material/Lock';
import { Box, List, ListItem, Typography } from '@mui/material';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { formatDayHeading, formatTimes } from '../agenda/formatWhen';
import { weekAgendaPath } from '../agenda/routes';
import { groupByDay, mondayOf } from '../agenda/week';
import { intlLocale, resolveTimeZone } from '../common/dateTime';
import type { Dashboard } from '../goals/goalActions';

/** This week's agenda: each day, each activity's times (municipality's zone) and a link to it. */
export const WeekAgendaCard = ({ activities, timeZone: zone, today }: { activities: Dashboard['weekAgenda']; timeZone: string; today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const language = intlLocale(locale);
  const timeZone = resolveTimeZone(zone);
  // The days with something on; the printable week shows all seven.
  const days = groupByDay(activities, mondayOf(today), timeZone).filter((d) => d.activities.length > 0);
  return (
    <Box component="section" aria-labelledby="week-agenda-title">
      <Typography id="week-agenda-title" variant="h6" component="h2">
        {translate('sigobito.goals.dashboard.week_agenda')}
      </Typography>
      <Typography variant="caption" component="p" sx={{ color: 'text.secondary', mb: 1 }}>
        {translate('sigobito.agenda.time_zone', { zone: timeZone })} · <Link to={weekAgendaPath()}>{translate('sigobito.goals.dashboard.printable_week')}</Link>
      </Typography>
      {days.length === 0 ? (
        <Typography variant="body2">{translate('sigobito.goals.dashboard.no_activities')}</Typography>
      ) : (
        days.map(({ day, activities: list }) => (
          <Box key={day} sx={{ mb: 1.5 }}>
            <Typography variant="subtitle2" component="h3" sx={{ '&::first-letter': { textTransform: 'uppercase' } }}>
              {formatDayHeading(day, language)}
            </Typography>
            <List dense disablePadding>
              {list.map((activity) => (
                <ListItem key={activity.id} disableGutters sx={{ display: 'flex', gap: 1, alignItems: 'baseline', py: 0.25 }}>
                  <Typography variant="body2" component="span" sx={{ minWidth: '8.5em', color: 'text.secondary' }}>
                    {formatTimes(activity, language, timeZone)}
                  </Typography>
                  <Box component="span" sx={{ typography: 'body2' }}>
                    <Link to={`/activities/${encodeURIComponent(activity.id)}/show`}>{activity.title}</Link>
                    {activity.visibility === 'private' && (
                      <LockIcon fontSize="inherit" titleAccess={translate('sigobito.goals.dashboard.private')} sx={{ ml: 0.5, verticalAlign: 'middle' }} />
                    )}
                    {activity.locationText && (
                      <Typography variant="caption" component="span" sx={{ color: 'text.secondary', ml: 1 }}>
                        {activity.locationText}
                      </Typography>
                    )}
                  </Box>
                </ListItem>
              ))}
            </List>
          </Box>
        ))
      )}
    </Box>
  );
};
