import { OPEN_ARO_STATUSES } from '@sigobito/config/contracts';
import type { ReactNode } from 'react';
import { useFormatDay } from '../common/useFormatDay';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button as MuiButton, Card, CardContent, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  Link,
  RecordContextProvider,
  ReferenceField,
  ResourceContextProvider,
  Title,
  useGetList,
  useGetOne,
  useCanAccess,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { useParams } from 'react-router-dom';
import { todayIn } from '../agenda/zonedTime';
import { AroKindChip } from '../aros/AroChips';
import type { Aro } from '../aros/types';
import { formatDateTime } from '../common/dateTime';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { GoalFigures } from '../goals/GoalFigures';
import { GoalHeader } from '../goals/GoalHeader';
import { goalShowPath } from '../goals/routes';
import type { Goal } from '../goals/types';
import { MilestoneTimeline } from '../milestones/MilestoneTimeline';
import type { Milestone } from '../milestones/types';
import { useGoalMilestones } from '../milestones/useGoalMilestones';
import { PrintStyles } from './PrintStyles';
import { ReportToolbar } from './ReportToolbar';
import { CsvButton } from './CsvButton';
import type { ExportColumn } from '../common/exportCells';
import { milestoneStatusChoices } from '../milestones/choices';

type Report = { id: string; date: string; percent?: number | null; indicatorValue?: number | null; narrative: string; author?: string | null };

const LATEST_REPORTS = 5;

/** The goal's milestones in a file, with their state today. */
const MILESTONE_CSV_COLUMNS: readonly ExportColumn[] = [
  { source: 'goal', cell: { kind: 'reference', source: 'goal', reference: 'goals' } },
  { source: 'order', cell: { kind: 'number', source: 'order' } },
  { source: 'title', cell: { kind: 'text', source: 'title' } },
  { source: 'dueDate', cell: { kind: 'day', source: 'dueDate' } },
  { source: 'weight', cell: { kind: 'number', source: 'weight' } },
  { source: 'critical', cell: { kind: 'text', source: 'critical' } },
  { source: 'responsible', cell: { kind: 'reference', source: 'responsible', reference: 'members' } },
  { source: 'status', cell: { kind: 'choice', source: 'status', choices: milestoneStatusChoices } },
  { source: 'completedAt', cell: { kind: 'datetime', source: 'completedAt' } },
  { source: 'daysLate', cell: { kind: 'computed', value: (record) => (record.late ? record.daysLate : '') } },
];

/** `meta-M-01-hitos`: the goal's code, as a plain file name. */
const milestonesFileName = (code: string) => `meta-${code.replace(/[^A-Za-z0-9_-]/g, '_')}-hitos`;

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Box component="section" aria-labelledby={id} className="sg-keep" sx={{ mt: 3 }}>
    <Typography id={id} variant="h6" component="h2" gutterBottom>
      {title}
    </Typography>
    {children}
  </Box>
);

const MilestoneRows = ({ milestones, formatDay }: { milestones: readonly Milestone[]; formatDay: (day: string) => string }) => {
  const translate = useTranslate();
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.milestones.fields.order')}</TableCell>
          <TableCell>{translate('resources.milestones.fields.title')}</TableCell>
          <TableCell>{translate('resources.milestones.fields.dueDate')}</TableCell>
          <TableCell align="right">{translate('resources.milestones.fields.weight')}</TableCell>
          <TableCell>{translate('resources.milestones.fields.responsible')}</TableCell>
          <TableCell>{translate('resources.milestones.fields.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {milestones.map((m) => (
          <RecordContextProvider key={m.id} value={m}>
            <TableRow>
              <TableCell>{m.order}</TableCell>
              <TableCell>
                {m.title}
                {m.critical ? ` (${translate('resources.milestones.fields.critical').toLowerCase()})` : ''}
              </TableCell>
              <TableCell>{formatDay(String(m.dueDate).slice(0, 10))}</TableCell>
              <TableCell align="right">{m.weight}</TableCell>
              <TableCell>
                <ReferenceField source="responsible" reference="members" link={false} emptyText="—" />
              </TableCell>
              <TableCell>
                {translate(`resources.milestones.statuses.${m.status}`)}
                {m.late && m.daysLate ? ` — ${translate('resources.milestones.late', { smart_count: m.daysLate })}` : ''}
              </TableCell>
            </TableRow>
          </RecordContextProvider>
        ))}
      </TableBody>
    </Table>
  );
};

/** "Informe de la meta": one goal's status on paper — health and why, figures, milestones, latest reports, open ARO. */
export const GoalStatusReport = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { id = '' } = useParams();
  const { timeZone } = useMunicipalityTimeZone();
  const today = todayIn(timeZone);
  const { data: goal, isPending, error } = useGetOne<Goal>('goals', { id }, { enabled: id !== '' });
  const { data: milestones = [], isPending: milestonesPending } = useGoalMilestones(goal?.id);
  const { data: reports = [], isPending: reportsPending } = useGetList<Report>(
    'progress-reports',
    { filter: { goal: id }, sort: { field: 'date', order: 'DESC' }, pagination: { page: 1, perPage: LATEST_REPORTS } },
    { enabled: !!goal },
  );
  // Press reads public goals but not their ARO.
  const { canAccess: mayReadAros } = useCanAccess({ resource: 'aros', action: 'list' });
  const { data: aros = [], isPending: arosPending } = useGetList<Aro>(
    'aros',
    { filter: { goal: id, status: OPEN_ARO_STATUSES }, sort: { field: 'dueDate', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!goal && !!mayReadAros },
  );
  const formatDay = useFormatDay();

  return (
    <Box sx={{ mt: 2 }}>
      <PrintStyles />
      <Title title="sigobito.goals.reports.goal_title" />
      <ReportToolbar>
        <MuiButton component={Link} to={goalShowPath(id)} startIcon={<ArrowBackIcon />}>
          {translate('sigobito.goals.reports.back_to_goal')}
        </MuiButton>
        {goal && <CsvButton records={milestones} columns={MILESTONE_CSV_COLUMNS} resource="milestones" fileName={milestonesFileName(goal.code)} />}
      </ReportToolbar>
      <Card>
        <CardContent>
          <Typography variant="subtitle2" component="p" sx={{ color: 'text.secondary' }}>
            {translate('sigobito.goals.reports.goal_title')} ·{' '}
            {translate('sigobito.goals.reports.issued', { date: formatDateTime(new Date(), locale, timeZone) })}
          </Typography>
          {error ? (
            <Alert severity="error">{translate('sigobito.goals.reports.load_error')}</Alert>
          ) : isPending || !goal ? (
            <Skeleton variant="rectangular" height={320} />
          ) : (
            <ResourceContextProvider value="goals">
              <RecordContextProvider value={goal}>
                <GoalHeader />
                <GoalFigures />
                <Section id="report-milestones" title={translate('resources.goals.sections.milestones')}>
                  {milestonesPending ? (
                    <Skeleton variant="rectangular" height={200} />
                  ) : milestones.length === 0 ? (
                    <Typography variant="body2">{translate('resources.milestones.none')}</Typography>
                  ) : (
                    <>
                      <MilestoneTimeline startDate={goal.startDate} targetDate={goal.targetDate} milestones={milestones} timeZone={timeZone} today={today} />
                      <MilestoneRows milestones={milestones} formatDay={formatDay} />
                    </>
                  )}
                </Section>
                <Section id="report-progress" title={translate('sigobito.goals.reports.latest_reports')}>
                  {reportsPending ? (
                    <Skeleton variant="rectangular" height={120} />
                  ) : reports.length === 0 ? (
                    <Typography variant="body2">{translate('resources.progress-reports.empty')}</Typography>
                  ) : (
                    <Table size="small">
                      <TableHead>
                        <TableRow>
                          <TableCell>{translate('resources.progress-reports.fields.date')}</TableCell>
                          <TableCell align="right">{translate('resources.progress-reports.fields.percent')}</TableCell>
                          <TableCell>{translate('resources.progress-reports.fields.narrative')}</TableCell>
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {reports.map((report) => (
                          <TableRow key={report.id}>
                            <TableCell sx={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>{formatDateTime(report.date, locale, timeZone)}</TableCell>
                            <TableCell align="right" sx={{ verticalAlign: 'top' }}>
                              {report.percent == null ? '—' : `${report.percent} %`}
                            </TableCell>
                            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{report.narrative}</TableCell>
                          </TableRow>
                        ))}
                      </TableBody>
                    </Table>
                  )}
                </Section>
                {mayReadAros && (
                  <Section id="report-aros" title={translate('sigobito.goals.reports.open_aros')}>
                    {arosPending ? (
                      <Skeleton variant="rectangular" height={80} />
                    ) : aros.length === 0 ? (
                      <Typography variant="body2">{translate('sigobito.goals.reports.no_open_aros')}</Typography>
                    ) : (
                      <Table size="small">
                        <TableHead>
                          <TableRow>
                            <TableCell>{translate('resources.aros.fields.kind')}</TableCell>
                            <TableCell>{translate('resources.aros.fields.title')}</TableCell>
                            <TableCell>{translate('resources.aros.fields.severity')}</TableCell>
                            <TableCell>{translate('resources.aros.fields.status')}</TableCell>
                            <TableCell>{translate('resources.aros.fields.responsible')}</TableCell>
                          </TableRow>
                        </TableHead>
                        <TableBody>
                          {aros.map((aro) => (
                            <RecordContextProvider key={aro.id} value={aro}>
                              <TableRow>
                                <TableCell>
                                  <AroKindChip kind={aro.kind} />
                                </TableCell>
                                <TableCell>{aro.title}</TableCell>
                                <TableCell>{translate(`resources.aros.severities.${aro.severity}`)}</TableCell>
                                <TableCell>{translate(`resources.aros.statuses.${aro.status}`)}</TableCell>
                                <TableCell>
                                  <ReferenceField source="responsible" reference="members" link={false} emptyText="—" />
                                </TableCell>
                              </TableRow>
                            </RecordContextProvider>
                          ))}
                        </TableBody>
                      </Table>
                    )}
                  </Section>
                )}
              </RecordContextProvider>
            </ResourceContextProvider>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
