import { useState } from 'react';
import { Alert, Box, Card, CardContent, Skeleton, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { todayIn } from '../agenda/zonedTime';
import { intlLocale } from '../common/dateTime';
import { useFormatDateTime, useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import { goalShowPath } from '../goals/routes';
import { CsvLink } from '../reports/CsvLink';
import { PrintStyles } from '../reports/PrintStyles';
import { ReportToolbar } from '../reports/ReportToolbar';
import { communicationsCsvUrl, type CommunicationsDataProvider } from './communicationActions';
import { defaultPeriod, monthLabel, readCommunicationsReport, readUntold, type CountRow } from './reports';

const CountTable = ({ title, rows, label, keyLabel }: { title: string; rows: CountRow[]; label: (row: CountRow) => string; keyLabel: string }) => {
  const translate = useTranslate();
  const id = `report-${title.replace(/\W+/g, '-')}`;
  return (
    <Box component="section" aria-labelledby={id} className="sg-keep">
      <Typography id={id} variant="h6" component="h2" gutterBottom>
        {translate(title)}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2">{translate('sigobito.communications.reports.none')}</Typography>
      ) : (
        <Table size="small" aria-labelledby={id}>
          <TableHead>
            <TableRow>
              <TableCell>{translate(keyLabel)}</TableCell>
              <TableCell align="right">{translate('sigobito.communications.reports.count')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key || row.label}>
                <TableCell>{label(row)}</TableCell>
                <TableCell align="right">{row.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

const Untold = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CommunicationsDataProvider>();
  const { format } = useFormatDateTime();
  const { data, isPending, error } = useQuery({ queryKey: ['communications', 'untold'], queryFn: async () => readUntold(await dataProvider.untoldReport()) });
  return (
    <Card component="section" aria-labelledby="untold-title" sx={{ mt: 2 }}>
      <CardContent>
        <Typography id="untold-title" variant="h6" component="h2">
          {translate('sigobito.communications.reports.untold')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
          {translate('sigobito.communications.reports.untold_help')}
        </Typography>
        {error ? (
          <Alert severity="error">{translate('sigobito.communications.reports.load_error')}</Alert>
        ) : isPending ? (
          <Skeleton variant="rectangular" height={120} />
        ) : !data.length ? (
          <Typography variant="body2">{translate('sigobito.communications.reports.untold_none')}</Typography>
        ) : (
          <Table size="small" aria-labelledby="untold-title">
            <TableHead>
              <TableRow>
                <TableCell>{translate('sigobito.communications.reports.kind')}</TableCell>
                <TableCell>{translate('sigobito.communications.reports.achievement')}</TableCell>
                <TableCell>{translate('resources.communications.fields.goal')}</TableCell>
                <TableCell>{translate('sigobito.communications.reports.achieved_at')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((row) => (
                <TableRow key={`${row.kind}-${row.id}`} className="sg-keep">
                  <TableCell>{translate(`sigobito.communications.reports.kinds.${row.kind}`)}</TableCell>
                  <TableCell>{row.kind === 'goal' && row.goalId ? <Link to={goalShowPath(row.goalId)}>{row.title}</Link> : row.title}</TableCell>
                  <TableCell>{row.kind === 'milestone' && row.goalId ? <Link to={goalShowPath(row.goalId)}>{row.goalLabel || row.goalId}</Link> : '—'}</TableCell>
                  <TableCell>{row.achievedAt ? format(row.achievedAt) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};

/**
 * "Reportes de comunicación": the communications of a period by month, theme, place and status
 * (printable, and as CSV), and the achievements no communication told.
 */
export const CommunicationReportsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { timeZone } = useMunicipalityTimeZone();
  const dataProvider = useDataProvider<CommunicationsDataProvider>();
  const [period, setPeriod] = useState(() => defaultPeriod(todayIn(timeZone)));
  const { data, isPending, error } = useQuery({
    queryKey: ['communications', 'report', period.from, period.to],
    queryFn: async () => readCommunicationsReport(await dataProvider.communicationsReport(period.from, period.to)),
  });
  const setDay = (field: 'from' | 'to') => (event: { target: { value: string } }) => {
    const value = event.target.value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) setPeriod((p) => ({ ...p, [field]: value }));
  };

  return (
    <Box sx={{ mt: 2 }}>
      <PrintStyles />
      <Title title="sigobito.communications.reports.title" />
      <ReportToolbar>
        <MuiTextField type="date" size="small" label={translate('sigobito.communications.reports.from')} value={period.from} onChange={setDay('from')} slotProps={{ inputLabel: { shrink: true } }} />
        <MuiTextField type="date" size="small" label={translate('sigobito.communications.reports.to')} value={period.to} onChange={setDay('to')} slotProps={{ inputLabel: { shrink: true } }} />
        <CsvLink url={communicationsCsvUrl(period.from, period.to)} fileName={translate('sigobito.communications.reports.csv_name')} />
      </ReportToolbar>
      <Card>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('sigobito.communications.reports.title')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {translate('sigobito.communications.reports.intro')}
          </Typography>
          {error ? (
            <Alert severity="error">{translate('sigobito.communications.reports.load_error')}</Alert>
          ) : isPending ? (
            <Skeleton variant="rectangular" height={240} />
          ) : (
            <>
              <Typography variant="subtitle1" sx={{ mb: 2, fontWeight: 600 }}>
                {translate('sigobito.communications.reports.total', { count: data.total })}
              </Typography>
              <Stack sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
                <CountTable title="sigobito.communications.reports.by_month" keyLabel="sigobito.communications.reports.month" rows={data.byMonth} label={(row) => monthLabel(row.key, intlLocale(locale))} />
                <CountTable
                  title="sigobito.communications.reports.by_status"
                  keyLabel="resources.communications.fields.status"
                  rows={data.byStatus}
                  label={(row) => translate(`resources.communications.statuses.${row.key}`, { _: row.label })}
                />
                <CountTable title="sigobito.communications.reports.by_theme" keyLabel="resources.communications.fields.themes" rows={data.byTheme} label={(row) => row.label || translate('sigobito.communications.no_theme')} />
                <CountTable title="sigobito.communications.reports.by_place" keyLabel="resources.communications.fields.places" rows={data.byPlace} label={(row) => row.label || translate('sigobito.communications.no_place')} />
              </Stack>
            </>
          )}
        </CardContent>
      </Card>
      <Untold />
    </Box>
  );
};
