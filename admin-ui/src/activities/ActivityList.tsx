import { Box, Card, CardContent, Tab, Tabs } from '@mui/material';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import PrintIcon from '@mui/icons-material/Print';
import ViewListIcon from '@mui/icons-material/ViewList';
import { Button, CreateButton, Link, Title, TopToolbar, useCanAccess, useStore, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { PhoneCalendarButton } from '../agenda/PhoneCalendar';
import { weekAgendaPath } from '../agenda/routes';
import { isDay, mondayOf } from '../agenda/week';
import { ActivityCalendar } from './ActivityCalendar';
import { ActivityTable } from './ActivityTable';

type AgendaTab = 'calendar' | 'list';

const CalendarActions = ({ canCreate }: { canCreate: boolean }) => {
  const [searchParams] = useSearchParams();
  const date = searchParams.get('date');
  return (
    <TopToolbar>
      {canCreate && <CreateButton resource="activities" label="sigobito.agenda.calendar.new" />}
      <Button component={Link} to={weekAgendaPath(isDay(date) ? mondayOf(date) : undefined)} label="sigobito.agenda.calendar.print_week">
        <PrintIcon />
      </Button>
      <PhoneCalendarButton />
    </TopToolbar>
  );
};

/**
 * "Agenda": the calendar (default) or the plain list of activities. The choice is remembered;
 * a link to a given day (`?date=`) always opens the calendar.
 */
export const ActivityList = () => {
  const translate = useTranslate();
  const [searchParams, setSearchParams] = useSearchParams();
  const [stored, setStored] = useStore<AgendaTab>('activities.agendaTab', 'calendar');
  const tab: AgendaTab = searchParams.has('date') ? 'calendar' : stored;
  const create = useCanAccess({ resource: 'activities', action: 'create' });
  const edit = useCanAccess({ resource: 'activities', action: 'edit' });
  const setTab = (value: AgendaTab) => {
    setStored(value);
    // The calendar's day and view would otherwise keep forcing the calendar tab.
    if (value === 'list') setSearchParams({}, { replace: true });
  };

  return (
    <Box>
      <Tabs
        value={tab}
        onChange={(_, value: AgendaTab) => setTab(value)}
        aria-label={translate('sigobito.agenda.title')}
        sx={{ mt: 1 }}
      >
        <Tab value="calendar" icon={<CalendarMonthIcon />} iconPosition="start" label={translate('sigobito.agenda.calendar.tab_calendar')} />
        <Tab value="list" icon={<ViewListIcon />} iconPosition="start" label={translate('sigobito.agenda.calendar.tab_list')} />
      </Tabs>
      {tab === 'calendar' ? (
        <>
          <Title title="sigobito.agenda.title" />
          <CalendarActions canCreate={create.canAccess === true} />
          <Card>
            <CardContent>
              {!edit.isPending && <ActivityCalendar canCreate={create.canAccess === true} canEdit={edit.canAccess === true} />}
            </CardContent>
          </Card>
        </>
      ) : (
        <ActivityTable />
      )}
    </Box>
  );
};
