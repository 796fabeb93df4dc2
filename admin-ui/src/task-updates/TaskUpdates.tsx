import { Box, Typography } from '@mui/material';
import { DataTable, NumberField, ReferenceField, ReferenceManyField, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import type { Task } from '../tasks/types';
import { TaskUpdateForm } from './TaskUpdateForm';

/** The task's follow-up entries, newest first, with the form to add one. */
export const TaskUpdates = (_props: { label?: false }) => {
  const translate = useTranslate();
  const record = useRecordContext<Task>();
  const { canAccess: canCreate } = useCanAccess({ resource: 'task-updates', action: 'create' });
  if (!record) return null;
  return (
    <Box component="section" aria-labelledby="task-updates-title">
      <Typography id="task-updates-title" variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
        {translate('resources.tasks.sections.follow_up')}
      </Typography>
      {canCreate && <TaskUpdateForm task={record} />}
      <ReferenceManyField reference="task-updates" target="task" sort={{ field: 'date', order: 'DESC' }} perPage={100}>
        <DataTable
          bulkActionButtons={false}
          rowClick={false}
          empty={<Typography variant="body2">{translate('resources.task-updates.form.empty')}</Typography>}
        >
          <DataTable.Col source="date">
            <DateTimeField source="date" />
          </DataTable.Col>
          <DataTable.Col source="author" disableSort>
            <ReferenceField source="author" reference="members" link={false} />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort>
            <TextField source="note" sx={{ whiteSpace: 'pre-wrap' }} />
          </DataTable.Col>
          <DataTable.Col source="percent">
            <NumberField source="percent" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
