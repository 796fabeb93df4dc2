import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Alert, Box, Button as MuiButton, Card, CardContent, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useLocaleState, useTranslate } from 'react-admin';
import { healthReasonTexts } from '../common/codedMessages';
import { intlLocale } from '../common/dateTime';
import { moneyIn } from '../common/money';
import type { ExportColumn } from '../common/exportCells';
import { goalStatusChoices } from '../goals/choices';
import { toNumber } from '../goals/figures';
import type { GoalReportRow } from '../goals/goalActions';
import { goalHealthChoices } from '../goals/health';
import { HealthChip } from '../goals/HealthChip';
import { goalShowPath } from '../goals/routes';
import { useGoalsReport } from '../goals/useGoalsApi';
import { CsvButton } from './CsvButton';
import { PrintStyles } from './PrintStyles';
import { ReportToolbar } from './ReportToolbar';
import { goalReportPath, QUALITY_REPORT_PATH } from './routes';

const CSV_NAME = 'metas-consolidado';

const number = (source: string) => ({ kind: 'number', source }) as const;

/** The consolidated status in a file: the table's columns, the indicator and budget figures a column each. */
const CSV_COLUMNS: readonly ExportColumn[] = [
  { source: 'code', cell: { kind: 'text', source: 'code' } },
  { source: 'title', cell: { kind: 'text', source: 'title' } },
  { source: 'status', cell: { kind: 'choice', source: 'status', choices: goalStatusChoices } },
  { source: 'health', cell: { kind: 'choice', source: 'health', choices: goalHealthChoices } },
  {
    source: 'healthReasons',
    cell: {
      kind: 'computed',
      value: (record, { translate }) => {
        const row = record as Partial<GoalReportRow>;
        return row.reasonDetails ? healthReasonTexts(translate, [], row.reasonDetails).join('; ') : row.reasons;
      },
    },
  },
  { source: 'actualPercent', cell: number('actualPercent') },
  { source: 'plannedPercent', cell: number('plannedPercent') },
  { source: 'manager', cell: { kind: 'text', source: 'manager' } },
  { source: 'indicatorName', cell: { kind: 'text', source: 'indicator' } },
  { source: 'indicatorUnit', cell: { kind: 'text', source: 'unit' } },
  { source: 'indicatorBaseline', cell: number('baseline') },
  { source: 'indicatorCurrent', cell: number('current') },
  { source: 'indicatorTarget', cell: number('target') },
  { source: 'budgetPlanned', cell: number('budgetPlanned') },
  { source: 'budgetExecuted', cell: number('budgetExecuted') },
  { source: 'targetDate', cell: { kind: 'day', source: 'targetDate' } },
  { source: 'isPublic', cell: { kind: 'text', source: 'isPublic' } },
];

/** "Reportes": the consolidated status of every goal (printable and as CSV), and the other reports. */
export const ReportsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useGoalsReport();
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 });
  const day = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  const money = moneyIn(locale);
  const show = (value: unknown) => {
    const n = toNumber(value);
    return n === null ? '—' : number.format(n);
  };

  return (
    <Box sx={{ mt: 2 }}>
      <PrintStyles />
      <Title title="sigobito.goals.reports.title" />
      <ReportToolbar>
        <CsvButton records={data ?? []} columns={CSV_COLUMNS} resource="goals" fileName={CSV_NAME} />
        <MuiButton component={Link} to={QUALITY_REPORT_PATH} startIcon={<FactCheckIcon />}>
          {translate('sigobito.goals.quality.title')}
        </MuiButton>
      </ReportToolbar>
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('sigobito.goals.reports.consolidated')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {translate('sigobito.goals.reports.consolidated_help', { date: day.format(new Date()) })}
          </Typography>
          {error ? (
            <Alert severity="error">{translate('sigobito.goals.reports.load_error')}</Alert>
          ) : isPending ? (
            <Skeleton variant="rectangular" height={240} />
          ) : !data?.length ? (
            <Typography variant="body2">{translate('sigobito.goals.dashboard.no_goals')}</Typography>
          ) : (
            // A screen narrower than the table scrolls the table, not the page; paper gets it whole.
            <Box sx={{ overflowX: 'auto', '@media print': { overflowX: 'visible' } }}>
              <Table size="small" aria-label={translate('sigobito.goals.reports.consolidated')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.goals.fields.code')}</TableCell>
                    <TableCell>{translate('resources.goals.fields.title')}</TableCell>
                    <TableCell>{translate('resources.goals.fields.status')}</TableCell>
                    <TableCell>{translate('resources.goals.fields.health')}</TableCell>
                    <TableCell align="right">{translate('resources.goals.progress.actual')}</TableCell>
                    <TableCell align="right">{translate('resources.goals.progress.planned')}</TableCell>
                    <TableCell>{translate('resources.goals.fields.manager')}</TableCell>
                    <TableCell>{translate('resources.goals.sections.indicator')}</TableCell>
                    <TableCell align="right">{translate('resources.goals.sections.budget')}</TableCell>
                    <TableCell>{translate('resources.goals.fields.targetDate')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.map((row) => (
                    <TableRow key={row.id} className="sg-keep">
                      <TableCell sx={{ verticalAlign: 'top' }}>
                        <Link to={goalReportPath(row.id)}>{row.code}</Link>
                      </TableCell>
                      <TableCell sx={{ verticalAlign: 'top' }}>
                        <Link to={goalShowPath(row.id)}>{row.title}</Link>
                        {row.isPublic && (
                          <Typography variant="caption" component="p" sx={{ color: 'text.secondary' }}>
                            {translate('resources.goals.fields.isPublic')}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell sx={{ verticalAlign: 'top' }}>{translate(`resources.goals.statuses.${row.status}`)}</TableCell>
                      <TableCell sx={{ verticalAlign: 'top', minWidth: 180 }}>
                        <HealthChip health={row.health} />
                        {row.reasons && (
                          <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
                            {row.reasonDetails ? healthReasonTexts(translate, [], row.reasonDetails).join('; ') : row.reasons}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell align="right" sx={{ verticalAlign: 'top' }}>{`${show(row.actualPercent)}\u00a0%`}</TableCell>
                      <TableCell align="right" sx={{ verticalAlign: 'top' }}>{`${show(row.plannedPercent)}\u00a0%`}</TableCell>
                      <TableCell sx={{ verticalAlign: 'top' }}>{row.manager || '—'}</TableCell>
                      <TableCell sx={{ verticalAlign: 'top' }}>
                        {row.indicator || '—'}
                        {row.indicator && (
                          <Typography variant="caption" component="p">
                            {translate('sigobito.goals.reports.indicator_values', {
                              baseline: show(row.baseline),
                              current: show(row.current),
                              target: show(row.target),
                              unit: row.unit ?? '',
                            })}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell align="right" sx={{ verticalAlign: 'top' }}>
                        {translate('sigobito.goals.reports.budget_values', { executed: money(row.budgetExecuted), planned: money(row.budgetPlanned) })}
                      </TableCell>
                      <TableCell sx={{ verticalAlign: 'top' }}>
                        {row.targetDate ? day.format(new Date(`${row.targetDate.slice(0, 10)}T12:00:00Z`)) : '—'}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Box>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
