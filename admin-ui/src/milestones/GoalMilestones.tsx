import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import FlagIcon from '@mui/icons-material/Flag';
import { Alert, Box, Skeleton, Stack, Tooltip, Typography } from '@mui/material';
import {
  Button,
  DataTable,
  Link,
  ListContextProvider,
  ReferenceField,
  ResourceContextProvider,
  SelectField,
  useCreatePath,
  useList,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DayField } from '../agenda/DayField';
import { FileLinks } from '../common/FileInputs';
import { mayWriteUnderGoal } from '../goals/access';
import type { Goal } from '../goals/types';
import { useMe } from '../goals/useMe';
import { milestoneStatusChoices } from './choices';
import { LateChip } from './LateChip';
import { MarkDoneButton } from './MarkDoneButton';
import { MilestoneTimeline } from './MilestoneTimeline';
import type { Milestone } from './types';
import { useGoalMilestones } from './useGoalMilestones';

const CriticalTitle = (_props: { label?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<Milestone>();
  if (!record) return null;
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
      {record.critical && (
        <Tooltip title={translate('resources.milestones.fields.critical')}>
          <FlagIcon fontSize="small" sx={{ color: '#212121' }} aria-label={translate('resources.milestones.fields.critical')} />
        </Tooltip>
      )}
      <span>{record.title}</span>
    </Stack>
  );
};

const EditMilestoneLink = () => {
  const record = useRecordContext<Milestone>();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Button component={Link} to={createPath({ resource: 'milestones', id: record.id, type: 'edit' })} label="ra.action.edit" size="small">
      <EditIcon />
    </Button>
  );
};

/** Where "Añadir hito" leads: the milestone form with the goal (and the next order) filled in. */
export const newMilestonePath = (goalId: string, nextOrder: number): string =>
  `/milestones/create?${new URLSearchParams({ source: JSON.stringify({ goal: goalId, order: nextOrder }) }).toString()}`;

/** The goal's milestones: the timeline, then the table with "Marcar cumplido" for who may update them. */
export const GoalMilestones = ({ timeZone, today }: { timeZone: string; today: string }) => {
  const translate = useTranslate();
  const goal = useRecordContext<Goal>();
  const { me } = useMe();
  const { data, isPending, error } = useGoalMilestones(goal?.id);
  const milestones = data ?? [];
  // The timeline and the table show the same rows: one fetch, sorted in the browser.
  const list = useList({ data: milestones, resource: 'milestones', sort: { field: 'order', order: 'ASC' }, perPage: 500 });
  if (!goal) return null;
  const mayUpdate = mayWriteUnderGoal(me, goal, 'milestones', 'edit');
  const mayCreate = mayWriteUnderGoal(me, goal, 'milestones', 'create');
  const nextOrder = milestones.reduce((max, m) => Math.max(max, Number(m.order) || 0), 0) + 1;

  return (
    <Box component="section" aria-labelledby="goal-milestones-title">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mt: 3, mb: 1, gap: 1, flexWrap: 'wrap' }}>
        <Typography id="goal-milestones-title" variant="h6" component="h2">
          {translate('resources.goals.sections.milestones')}
        </Typography>
        {mayCreate && (
          <Button component={Link} to={newMilestonePath(goal.id, nextOrder)} label="resources.milestones.actions.add" variant="outlined">
            <AddIcon />
          </Button>
        )}
      </Stack>
      {error && <Alert severity="error">{translate('resources.milestones.load_error')}</Alert>}
      {isPending ? (
        <Skeleton variant="rectangular" height={220} />
      ) : milestones.length === 0 ? (
        <Alert severity="warning">{translate('resources.milestones.none')}</Alert>
      ) : (
        <>
          <MilestoneTimeline startDate={goal.startDate} targetDate={goal.targetDate} milestones={milestones} timeZone={timeZone} today={today} />
          {/* Inside the goal's page: the column labels are the milestones' own. */}
          <ResourceContextProvider value="milestones">
            <ListContextProvider value={list}>
              <DataTable bulkActionButtons={false} rowClick={false} sx={{ mt: 2 }}>
                <DataTable.Col source="order" />
                <DataTable.Col source="title">
                  <CriticalTitle />
                </DataTable.Col>
                <DataTable.Col source="dueDate">
                  <DayField source="dueDate" />
                </DataTable.Col>
                <DataTable.NumberCol source="weight" />
                <DataTable.Col source="responsible">
                  <ReferenceField source="responsible" reference="members" link={false} emptyText="—" />
                </DataTable.Col>
                <DataTable.Col source="status">
                  <SelectField source="status" choices={milestoneStatusChoices} />
                </DataTable.Col>
                <DataTable.Col source="late" label="resources.milestones.fields.late">
                  <LateChip />
                </DataTable.Col>
                <DataTable.Col source="evidence" disableSort>
                  <FileLinks source="evidence" />
                </DataTable.Col>
                {mayUpdate ? (
                  <DataTable.Col label="resources.milestones.actions.column">
                    {/* The two buttons stack when the screen is narrow: the table then fits a 1,366-px screen. */}
                    <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
                      <MarkDoneButton />
                      <EditMilestoneLink />
                    </Stack>
                  </DataTable.Col>
                ) : null}
              </DataTable>
            </ListContextProvider>
          </ResourceContextProvider>
        </>
      )}
    </Box>
  );
};
