import { Alert, Box, Card, CardContent, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useCanAccess, useTranslate } from 'react-admin';
import { GOAL_HEALTHS } from '@sigobito/config/contracts';
import { goalsByHealthPath, HEALTH_STYLES } from '../goals/health';
import { HealthChip, HealthReasons } from '../goals/HealthChip';
import { ProgressBars } from '../goals/ProgressBars';
import { goalShowPath } from '../goals/routes';
import { useGoalsDashboard } from '../goals/useGoalsApi';
import { ToApproveTile } from '../communications/ToApproveTile';
import { CountTile } from './CountTile';
import { OPEN_RESTRICTIONS_PATH, OVERDUE_COMMITMENTS_PATH, OVERDUE_MILESTONES_PATH } from './goalLinks';
import { HealthChart } from './HealthChart';
import { WeekAgendaCard } from './WeekAgendaCard';

/**
 * "Tablero": the mayor's dashboard. Goals by health (each number opens those goals), overdue
 * milestones, open restrictions and overdue commitments (each opens its list), the
 * communications awaiting approval ("Por aprobar"), the goals with
 * why they are where they are, and this week's agenda.
 */
export const GoalsDashboard = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGoalsDashboard();
  const aros = useCanAccess({ resource: 'aros', action: 'list' });
  const tasks = useCanAccess({ resource: 'tasks', action: 'list' });
  const activities = useCanAccess({ resource: 'activities', action: 'list' });

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="sigobito.goals.dashboard.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('sigobito.goals.dashboard.title')}
      </Typography>
      {error ? (
        <Alert severity="error">{translate('sigobito.goals.dashboard.load_error')}</Alert>
      ) : isPending || !data ? (
        <Skeleton variant="rectangular" height={320} />
      ) : (
        <>
          <Box component="section" aria-labelledby="dashboard-counts-title">
            <Typography id="dashboard-counts-title" variant="h6" component="h2" sx={{ mb: 1 }}>
              {translate('sigobito.goals.dashboard.goals_by_health')}
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, 1fr)' }, gap: 2 }}>
              {GOAL_HEALTHS.map((health) => (
                <CountTile
                  key={health}
                  to={goalsByHealthPath(health)}
                  count={data.goalsByHealth[health] ?? 0}
                  accent={HEALTH_STYLES[health].background}
                  label={translate('sigobito.goals.dashboard.goals_in', { health: translate(`resources.goals.healths.${health}`) })}
                />
              ))}
            </Box>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(4, 1fr)' }, gap: 2, mt: 2 }}>
              <ToApproveTile />
              <CountTile
                to={OVERDUE_MILESTONES_PATH}
                count={data.overdueMilestones}
                accent="#c62828"
                label={translate('sigobito.goals.dashboard.overdue_milestones')}
              />
              {aros.canAccess && (
                <CountTile
                  to={OPEN_RESTRICTIONS_PATH}
                  count={data.openRestrictions}
                  accent="#e65100"
                  label={translate('sigobito.goals.dashboard.open_restrictions')}
                />
              )}
              {tasks.canAccess && (
                <CountTile
                  to={OVERDUE_COMMITMENTS_PATH}
                  count={data.overdueCommitments}
                  accent="#6a1b9a"
                  label={translate('sigobito.goals.dashboard.overdue_commitments')}
                />
              )}
            </Box>
          </Box>

          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '2fr 1fr' }, gap: 2, mt: 2, alignItems: 'start' }}>
            <Card component="section" aria-labelledby="dashboard-goals-title">
              <CardContent>
                <Typography id="dashboard-goals-title" variant="h6" component="h2" gutterBottom>
                  {translate('sigobito.goals.dashboard.goals')}
                </Typography>
                <HealthChart counts={data.goalsByHealth} />
                {data.goals.length === 0 ? (
                  <Typography variant="body2" sx={{ mt: 2 }}>
                    {translate('sigobito.goals.dashboard.no_goals')}
                  </Typography>
                ) : (
                  <Table size="small" sx={{ mt: 2 }}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('resources.goals.fields.title')}</TableCell>
                        <TableCell>{translate('resources.goals.fields.health')}</TableCell>
                        <TableCell>{translate('resources.goals.fields.progress')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {data.goals.map((goal) => (
                        <TableRow key={goal.id}>
                          <TableCell sx={{ verticalAlign: 'top' }}>
                            <Link to={goalShowPath(goal.id)}>{`${goal.code} · ${goal.title}`}</Link>
                          </TableCell>
                          <TableCell sx={{ verticalAlign: 'top', minWidth: 200 }}>
                            <HealthChip health={goal.health} />
                            <Box sx={{ mt: 0.5 }}>
                              <HealthReasons reasons={goal.reasons} details={goal.reasonDetails} dense />
                            </Box>
                          </TableCell>
                          <TableCell sx={{ verticalAlign: 'top' }}>
                            <ProgressBars actual={goal.actualPercent} planned={goal.plannedPercent} width={160} />
                          </TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                )}
              </CardContent>
            </Card>
            {activities.canAccess && (
              <Card>
                <CardContent>
                  <WeekAgendaCard activities={data.weekAgenda} timeZone={data.timeZone} today={data.today} />
                </CardContent>
              </Card>
            )}
          </Box>
        </>
      )}
    </Box>
  );
};
