import { Box, Stack, Typography } from '@mui/material';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import {
  Button,
  ChipField,
  DataTable,
  EditButton,
  Link,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  SingleFieldList,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { calendarPath } from '../agenda/routes';
import { WhenField } from '../agenda/WhenField';
import { toWallDate } from '../agenda/zonedTime';
import { SectionTitle } from '../common/SectionTitle';
import { ShowView } from '../common/ShowView';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { RequestStatusField } from '../requests/RequestChips';
import { requestKindChoices } from '../requests/choices';
import { TaskLightField } from '../tasks/TaskLightChip';
import { taskStatusChoices } from '../tasks/choices';
import { ActivityChipsField } from './ActivityChips';
import { activityKindChoices } from './choices';
import { RecordCommitmentButton } from './RecordCommitmentButton';
import type { Activity } from './types';

const Chips = ({ source, reference, text = 'name' }: { source: string; reference: string; text?: string }) => (
  <ReferenceArrayField source={source} reference={reference}>
    <SingleFieldList linkType={false}>
      <ChipField source={text} size="small" />
    </SingleFieldList>
  </ReferenceArrayField>
);

const MultilineText = ({ source }: { source: string; label?: string }) => (
  <TextField source={source} sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
);

/** "Ver en la agenda": the calendar's week view on this activity's day. */
const ShowInCalendarButton = () => {
  const record = useRecordContext<Activity>();
  const { timeZone } = useMunicipalityTimeZone();
  if (!record) return null;
  return (
    <Button component={Link} to={calendarPath(toWallDate(record.start, timeZone))} label="resources.requests.accept.view_in_agenda">
      <CalendarMonthIcon />
    </Button>
  );
};

const ActivityShowActions = () => (
  <TopToolbar>
    <ShowInCalendarButton />
    <EditButton />
  </TopToolbar>
);

/** White on dark red: 6.6:1, readable (AA asks 4.5:1). */
const CONFLICT_LINK_CHIP = { bgcolor: '#b71c1c', '& .MuiChip-label': { color: '#ffffff' }, '&:hover': { bgcolor: '#8e1515' } } as const;

/** The confirmed activities that overlap this one, as links; nothing when there are none. */
const ConflictsField = (_props: { label?: false }) => {
  const translate = useTranslate();
  const record = useRecordContext<Activity>();
  if (!record?.conflicts?.length) return null;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <Typography variant="body2" sx={{ color: 'error.main', fontWeight: 600 }}>
        {translate('resources.activities.fields.conflicts')}:
      </Typography>
      <ReferenceArrayField source="conflicts" reference="activities">
        <SingleFieldList linkType="show">
          {/* The chip is inside a link: the label's colour is set on the label itself, or the link's blue wins. */}
          <ChipField source="title" size="small" sx={CONFLICT_LINK_CHIP} />
        </SingleFieldList>
      </ReferenceArrayField>
    </Stack>
  );
};

/** The request(s) this activity answers, for those who may read requests. */
const OriginRequestSection = (_props: { label?: false }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'requests', action: 'list' });
  if (!canAccess) return null;
  return (
    <Box>
      <SectionTitle title="resources.activities.sections.origin" />
      <ReferenceManyField reference="requests" target="activity" perPage={5} sort={{ field: 'receivedAt', order: 'DESC' }}>
        <DataTable
          rowClick="show"
          bulkActionButtons={false}
          empty={<Typography variant="body2">{translate('resources.activities.empty.no_request')}</Typography>}
        >
          <DataTable.Col source="subject" />
          <DataTable.Col source="kind">
            <SelectField source="kind" choices={requestKindChoices} />
          </DataTable.Col>
          <DataTable.Col source="requesterName" disableSort />
          <DataTable.Col source="status">
            <RequestStatusField />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};

/** "Compromisos": the tasks taken at this activity, and the button to record one. */
const CommitmentsSection = (_props: { label?: false }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="commitments-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography id="commitments-title" variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
          {translate('resources.activities.sections.commitments')}
        </Typography>
        <RecordCommitmentButton />
      </Stack>
      <ReferenceManyField reference="tasks" target="activity" perPage={50} sort={{ field: 'dueDate', order: 'ASC' }}>
        <DataTable
          rowClick="show"
          bulkActionButtons={false}
          empty={<Typography variant="body2">{translate('resources.activities.empty.no_commitments')}</Typography>}
        >
          <DataTable.Col source="title" />
          <DataTable.Col source="responsible" disableSort>
            <ReferenceField source="responsible" reference="members" link={false} />
          </DataTable.Col>
          <DataTable.Col source="dueDate">
            <DayField source="dueDate" />
          </DataTable.Col>
          <DataTable.Col source="light" disableSort>
            <TaskLightField />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={taskStatusChoices} />
          </DataTable.Col>
          <DataTable.Col source="progress">
            <NumberField source="progress" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};

export const ActivityShow = () => (
  <ShowView actions={<ActivityShowActions />}>
    <TextField source="title" variant="h5" />
    <WhenField label="resources.activities.fields.when" />
    <ActivityChipsField label="resources.activities.fields.status" />
    <ConflictsField label={false} />
    <SelectField source="kind" choices={activityKindChoices} />
    <TextField source="locationText" emptyText="—" />
    <ReferenceField source="place" reference="places" emptyText="—" />
    <MultilineText source="description" />
    <Chips source="themes" reference="themes" />
    <Chips source="places" reference="places" />
    <Chips source="actors" reference="actors" />
    <Chips source="participants" reference="members" text="fullName" />
    <MultilineText source="brief" />
    <MultilineText source="minutes" />
    <OriginRequestSection label={false} />
    <CommitmentsSection label={false} />
  </ShowView>
);
