import { Stack } from '@mui/material';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import {
  Button,
  ChipField,
  EditButton,
  EmailField,
  Link,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  SingleFieldList,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { calendarPath } from '../agenda/routes';
import { toWallDate } from '../agenda/zonedTime';
import { DateTimeField } from '../common/DateTimeField';
import { SectionTitle } from '../common/SectionTitle';
import { ShowView } from '../common/ShowView';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { requestChannelChoices, requestKindChoices } from './choices';
import { RequestStatusField } from './RequestChips';
import { RequestWorkflowButtons } from './RequestWorkflowButtons';

const RequestShowActions = () => (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <RequestWorkflowButtons />
    <EditButton />
  </TopToolbar>
);

/** "Ver en la agenda": the calendar's week on the linked activity's day. */
const ViewInAgendaButton = () => {
  const activity = useRecordContext<{ id: string; start?: string }>();
  const { timeZone } = useMunicipalityTimeZone();
  if (!activity?.start) return null;
  return (
    <Button component={Link} to={calendarPath(toWallDate(activity.start, timeZone))} label="resources.requests.accept.view_in_agenda">
      <CalendarMonthIcon />
    </Button>
  );
};

/** The activity the request was scheduled as, with a way to it on the calendar. */
const LinkedActivityField = (_props: { label?: string }) => {
  const record = useRecordContext<{ activity?: string | null }>();
  if (!record?.activity) return <span>—</span>;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      <ReferenceField source="activity" reference="activities" link="show" />
      <ReferenceField source="activity" reference="activities" link={false}>
        <ViewInAgendaButton />
      </ReferenceField>
    </Stack>
  );
};

export const RequestShow = () => (
  <ShowView actions={<RequestShowActions />}>
    <TextField source="subject" variant="h5" />
    <RequestStatusField label="resources.requests.fields.status" />
    <SelectField source="kind" choices={requestKindChoices} />
    <TextField source="trackingCode" />
    <DateTimeField source="receivedAt" />
    <SelectField source="channel" choices={requestChannelChoices} />
    <TextField source="description" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
    <DayField source="desiredDate" emptyText="—" />
    <SectionTitle title="resources.requests.sections.requester" label={false} />
    <ReferenceField source="requester" reference="actors" emptyText="—" />
    <TextField source="requesterName" emptyText="—" />
    <TextField source="requesterOrganization" emptyText="—" />
    <EmailField source="requesterEmail" emptyText="—" />
    <TextField source="requesterPhone" emptyText="—" />
    <SectionTitle title="resources.requests.sections.handling" label={false} />
    <ReferenceField source="assignedTo" reference="members" emptyText="—" />
    <DayField source="answerDueDate" emptyText="—" />
    <ReferenceArrayField source="themes" reference="themes">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
    <ReferenceArrayField source="places" reference="places">
      <SingleFieldList linkType={false}>
        <ChipField source="name" size="small" />
      </SingleFieldList>
    </ReferenceArrayField>
    <SectionTitle title="resources.requests.sections.answer" label={false} />
    <LinkedActivityField label="resources.requests.fields.activity" />
    <ReferenceField source="delegatedTo" reference="members" emptyText="—" />
    <TextField source="answerText" sx={{ whiteSpace: 'pre-wrap' }} emptyText="—" />
    <DateTimeField source="answeredAt" emptyText="—" />
  </ShowView>
);
