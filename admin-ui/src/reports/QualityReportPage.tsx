import type { ReactNode } from 'react';
import { useFormatDay } from '../common/useFormatDay';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { Alert, Box, Button as MuiButton, Card, CardContent, Chip, List, ListItem, Skeleton, Stack, Typography } from '@mui/material';
import { Link, Title, useCanAccess, useTranslate } from 'react-admin';
import { goalShowPath } from '../goals/routes';
import { useQualityReport } from '../goals/useGoalsApi';
import { PrintStyles } from './PrintStyles';
import { ReportToolbar } from './ReportToolbar';
import { REPORTS_PATH } from './routes';

type Problem = { key: string; to: string; label: ReactNode };

/** One kind of problem: its count, what it means, and each case with a link to fix it. */
const ProblemSection = ({ id, problems, hidden = false }: { id: string; problems: Problem[]; hidden?: boolean }) => {
  const translate = useTranslate();
  if (hidden) return null;
  return (
    <Box component="section" aria-labelledby={`quality-${id}`} className="sg-keep" sx={{ mt: 3 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <Typography id={`quality-${id}`} variant="h6" component="h2">
          {translate(`sigobito.goals.quality.${id}.title`)}
        </Typography>
        <Chip
          size="small"
          label={problems.length}
          color={problems.length ? 'warning' : 'success'}
          aria-label={translate('sigobito.goals.quality.count', { smart_count: problems.length })}
        />
      </Stack>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {translate(`sigobito.goals.quality.${id}.help`)}
      </Typography>
      {problems.length === 0 ? (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
          <CheckCircleIcon fontSize="small" color="success" aria-hidden />
          <Typography variant="body2">{translate('sigobito.goals.quality.none')}</Typography>
        </Stack>
      ) : (
        <List dense disablePadding sx={{ listStyle: 'disc', pl: 2.5 }}>
          {problems.map((problem) => (
            <ListItem key={problem.key} disableGutters sx={{ display: 'list-item' }}>
              <Link to={problem.to}>{problem.label}</Link>
            </ListItem>
          ))}
        </List>
      )}
    </Box>
  );
};

/**
 * "Calidad de la información": goals without milestones, milestones without a responsible,
 * goals without a recent progress report, tasks without a due date, requests unanswered past
 * their due date — each case a link to where it is fixed.
 */
export const QualityReportPage = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useQualityReport();
  const tasks = useCanAccess({ resource: 'tasks', action: 'list' });
  const requests = useCanAccess({ resource: 'requests', action: 'list' });
  const formatDay = useFormatDay();

  return (
    <Box sx={{ mt: 2 }}>
      <PrintStyles />
      <Title title="sigobito.goals.quality.title" />
      <ReportToolbar>
        <MuiButton component={Link} to={REPORTS_PATH} startIcon={<ArrowBackIcon />}>
          {translate('sigobito.goals.reports.title')}
        </MuiButton>
      </ReportToolbar>
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('sigobito.goals.quality.title')}
          </Typography>
          {error ? (
            <Alert severity="error">{translate('sigobito.goals.reports.load_error')}</Alert>
          ) : isPending || !data ? (
            <Skeleton variant="rectangular" height={320} />
          ) : (
            <>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {translate('sigobito.goals.quality.as_of', { date: formatDay(data.today) })}
              </Typography>
              <ProblemSection
                id="goals_without_milestones"
                problems={data.goalsWithoutMilestones.map((goal) => ({ key: goal.id, to: goalShowPath(goal.id), label: `${goal.code} · ${goal.title}` }))}
              />
              <ProblemSection
                id="milestones_without_responsible"
                problems={data.milestonesWithoutResponsible.map((m) => ({
                  key: m.id,
                  to: goalShowPath(m.goal.id),
                  label: translate('sigobito.goals.quality.milestone_label', { code: m.goal.code, order: m.order, title: m.title }),
                }))}
              />
              <ProblemSection
                id="goals_without_recent_report"
                problems={data.goalsWithoutRecentReport.map((goal) => ({
                  key: goal.id,
                  to: goalShowPath(goal.id),
                  label: `${goal.code} · ${goal.title} — ${
                    goal.lastReport
                      ? translate('sigobito.goals.quality.last_report', { date: formatDay(goal.lastReport) })
                      : translate('sigobito.goals.quality.never_reported')
                  }`,
                }))}
              />
              <ProblemSection
                id="tasks_without_due_date"
                hidden={!tasks.canAccess}
                problems={data.tasksWithoutDueDate.map((task) => ({ key: task.id, to: `/tasks/${encodeURIComponent(task.id)}/show`, label: task.title }))}
              />
              <ProblemSection
                id="requests_unanswered"
                hidden={!requests.canAccess}
                problems={data.requestsUnansweredPastDue.map((request) => ({
                  key: request.id,
                  to: `/requests/${encodeURIComponent(request.id)}/show`,
                  label: `${request.subject} — ${translate('sigobito.goals.quality.answer_due', { date: formatDay(request.answerDueDate) })}`,
                }))}
              />
            </>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
