import { Stack, Typography } from '@mui/material';
import {
  BooleanInput,
  DataTable,
  ReferenceField,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  useRecordContext,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { MemberInput } from '../agenda/MemberInputs';
import { DateTimeField } from '../common/DateTimeField';
import { ExportableList } from '../common/ExportableList';
import { exportsAs } from '../common/exportCells';
import { ListActions } from '../common/ListActions';
import { requestKindChoices } from './choices';
import { RequestStatusField } from './RequestChips';
import { requestStatusChoices } from './workflow';

/** Off means "no filter", not "only those on time". null, not undefined: the filter form merges undefined away and would keep "on". */
const onlyWhenOn = (value: unknown) => (value ? true : null);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={requestStatusChoices} alwaysOn />,
  <BooleanInput key="overdue" source="overdue" label="resources.requests.filters.overdue" parse={onlyWhenOn} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={requestKindChoices} />,
  <MemberInput key="assignedTo" source="assignedTo" />,
];

/** Who asks: the registered actor, or the name and organisation given (in a file, a column each). */
const RequesterField = exportsAs(
  (_props: { source?: string; label?: string }) => {
    const record = useRecordContext<{ requester?: string | null; requesterName?: string | null; requesterOrganization?: string | null }>();
    if (!record) return null;
    return (
      <Stack>
        {record.requester ? <ReferenceField source="requester" reference="actors" link={false} /> : <TextField source="requesterName" />}
        {record.requesterOrganization && (
          <Typography variant="caption" sx={{ color: 'text.secondary' }}>
            {record.requesterOrganization}
          </Typography>
        )}
      </Stack>
    );
  },
  () => [
    { label: 'resources.requests.fields.requesterLabel', cell: { kind: 'reference', source: 'requester', reference: 'actors', otherwise: 'requesterName' } },
    { source: 'requesterOrganization', cell: { kind: 'text', source: 'requesterOrganization' } },
  ],
);

/** "Solicitudes": the inbox, newest first; overdue ones are marked. */
export const RequestList = () => (
  <ExportableList filters={filters} sort={{ field: 'receivedAt', order: 'DESC' }} perPage={25} actions={<ListActions />}>
    <DataTable rowClick="show">
      <DataTable.Col source="receivedAt">
        <DateTimeField source="receivedAt" />
      </DataTable.Col>
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={requestKindChoices} />
      </DataTable.Col>
      <DataTable.Col source="subject" />
      <DataTable.Col source="requesterName" disableSort label="resources.requests.fields.requesterLabel">
        <RequesterField />
      </DataTable.Col>
      <DataTable.Col source="status">
        <RequestStatusField />
      </DataTable.Col>
      <DataTable.Col source="assignedTo" disableSort>
        <ReferenceField source="assignedTo" reference="members" link={false} />
      </DataTable.Col>
      <DataTable.Col source="answerDueDate">
        <DayField source="answerDueDate" />
      </DataTable.Col>
    </DataTable>
  </ExportableList>
);
