import { Box, Skeleton, Typography } from '@mui/material';
import { DataTable, NumberField, ReferenceField, ReferenceManyField, TextField, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { toWallDate } from '../agenda/zonedTime';
import { DateTimeField } from '../common/DateTimeField';
import { FileLinks } from '../common/FileInputs';
import { mayWriteUnderGoal } from '../goals/access';
import type { Goal } from '../goals/types';
import { useMe } from '../goals/useMe';
import { useGoalMilestones } from '../milestones/useGoalMilestones';
import { ProgressChart } from './ProgressChart';
import { ProgressReportForm } from './ProgressReportForm';
import { progressPoints } from './series';

type Report = { id: string; date: string; percent?: number | null };

/** The goal's progress: the reported percentage over time, "Registrar avance", and the reports, newest first. */
export const GoalProgress = ({ timeZone, today }: { timeZone: string; today: string }) => {
  const translate = useTranslate();
  const goal = useRecordContext<Goal>();
  const { me } = useMe();
  const { data: milestones = [] } = useGoalMilestones(goal?.id);
  const { data: reports = [], isPending: reportsPending } = useGetList<Report>(
    'progress-reports',
    { filter: { goal: goal?.id }, sort: { field: 'date', order: 'ASC' }, pagination: { page: 1, perPage: 500 } },
    { enabled: !!goal },
  );
  if (!goal) return null;
  const mayReport = mayWriteUnderGoal(me, goal, 'progress-reports', 'create');
  const timeline = milestones.map((m) => ({
    ...m,
    dueDate: String(m.dueDate).slice(0, 10),
    doneDay: m.completedAt ? toWallDate(m.completedAt, timeZone) : null,
  }));

  return (
    <Box component="section" aria-labelledby="goal-progress-title">
      <Typography id="goal-progress-title" variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>
        {translate('resources.goals.sections.progress')}
      </Typography>
      {reportsPending ? (
        <Skeleton variant="rectangular" height={200} />
      ) : (
        <ProgressChart points={progressPoints(reports, timeZone)} milestones={timeline} startDate={goal.startDate} targetDate={goal.targetDate} today={today} />
      )}
      {mayReport && (
        <Box component="section" aria-labelledby="progress-form-title" sx={{ mt: 2, p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Typography id="progress-form-title" variant="subtitle1" component="h3" gutterBottom>
            {translate('resources.progress-reports.form.title')}
          </Typography>
          <ProgressReportForm goalId={goal.id} milestones={milestones} />
        </Box>
      )}
      <ReferenceManyField reference="progress-reports" target="goal" sort={{ field: 'date', order: 'DESC' }} perPage={100}>
        <DataTable
          bulkActionButtons={false}
          rowClick={false}
          sx={{ mt: 2 }}
          empty={
            <Typography variant="body2" sx={{ mt: 1 }}>
              {translate('resources.progress-reports.empty')}
            </Typography>
          }
        >
          <DataTable.Col source="date">
            <DateTimeField source="date" />
          </DataTable.Col>
          <DataTable.Col source="author" disableSort>
            <ReferenceField source="author" reference="members" link={false} emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="percent">
            <NumberField source="percent" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="indicatorValue">
            <NumberField source="indicatorValue" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="milestone" disableSort>
            <ReferenceField source="milestone" reference="milestones" link={false} emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="narrative" disableSort>
            <TextField source="narrative" sx={{ whiteSpace: 'pre-wrap' }} />
          </DataTable.Col>
          <DataTable.Col source="attachments" disableSort>
            <FileLinks source="attachments" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
