import { Box, CardContent, Divider, Typography } from '@mui/material';
import ArticleIcon from '@mui/icons-material/Article';
import {
  Button,
  ChipField,
  EditButton,
  Labeled,
  Link,
  ReferenceArrayField,
  Show,
  SingleFieldList,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { todayIn } from '../agenda/zonedTime';
import { AroBoard } from '../aros/AroBoard';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { RecordHistory } from '../history/RecordHistory';
import { GoalMilestones } from '../milestones/GoalMilestones';
import { GoalProgress } from '../progress-reports/GoalProgress';
import { goalReportPath } from '../reports/routes';
import { mayEditGoal } from './access';
import { GoalFigures } from './GoalFigures';
import { GoalHeader } from './GoalHeader';
import type { Goal } from './types';
import { useMe } from './useMe';

const GoalShowActions = () => {
  const goal = useRecordContext<Goal>();
  const { me } = useMe();
  if (!goal) return <TopToolbar />;
  return (
    <TopToolbar>
      <Button component={Link} to={goalReportPath(goal.id)} label="resources.goals.actions.report">
        <ArticleIcon />
      </Button>
      {mayEditGoal(me, goal) && <EditButton />}
    </TopToolbar>
  );
};

const GoalTitle = () => {
  const goal = useRecordContext<Goal>();
  return goal ? <span>{`${goal.code} · ${goal.title}`}</span> : null;
};

const byName = { field: 'name', order: 'ASC' } as const;

const GoalLinks = () => {
  const translate = useTranslate();
  const goal = useRecordContext<Goal>();
  if (!goal) return null;
  return (
    <Box component="section" aria-labelledby="goal-links-title" sx={{ mt: 3 }}>
      <Typography id="goal-links-title" variant="h6" component="h2" gutterBottom>
        {translate('resources.goals.sections.links')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, gap: 2 }}>
        {(['themes', 'places', 'actors'] as const).map((source) => (
          <Labeled key={source} source={source} resource="goals">
            <ReferenceArrayField source={source} reference={source} sort={byName} empty={<span>—</span>}>
              <SingleFieldList linkType="show">
                <ChipField source="name" size="small" />
              </SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
        ))}
      </Box>
      {goal.internalNotes && (
        <Box sx={{ mt: 2 }}>
          <Typography variant="caption" component="p" sx={{ color: 'text.secondary' }}>
            {translate('resources.goals.fields.internalNotes')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
            {goal.internalNotes}
          </Typography>
        </Box>
      )}
    </Box>
  );
};

/**
 * A goal's page: health and why, indicator and budget, the milestones (timeline and table),
 * progress (chart, "Registrar avance", reports) and the ARO board, then its history.
 */
export const GoalShow = () => {
  const { timeZone } = useMunicipalityTimeZone();
  const today = todayIn(timeZone);
  return (
    <Show actions={<GoalShowActions />} title={<GoalTitle />}>
      <CardContent>
        <GoalHeader />
        <GoalFigures />
        <GoalMilestones timeZone={timeZone} today={today} />
        <GoalProgress timeZone={timeZone} today={today} />
        <AroBoard />
        <GoalLinks />
      </CardContent>
      <Divider />
      <RecordHistory />
    </Show>
  );
};
