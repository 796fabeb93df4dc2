import { Alert, Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorMessage } from '../common/codedMessages';
import { fieldLabel } from '../history/changeTexts';
import { formatValue } from '../history/formatValue';
import { IMPORT_SPECS } from './importSpecs';
import { importSummary } from './importSummary';
import type { ImportReport, ImportTarget } from './types';

/** Each refused cell: its line, its column as the screen names it, the reason in the user's language. */
const ReportErrors = ({ report, target }: { report: ImportReport; target: ImportTarget }) => {
  const translate = useTranslate();
  if (report.errors.length === 0) return null;
  return (
    <section aria-labelledby="import-errors-title">
      <Typography id="import-errors-title" variant="h6" component="h3" sx={{ mt: 2 }}>
        {translate('sigobito.imports.errors_title', { smart_count: report.errors.length })}
      </Typography>
      <TableContainer sx={{ maxHeight: 400 }}>
        <Table size="small" stickyHeader aria-labelledby="import-errors-title">
          <TableHead>
            <TableRow>
              <TableCell>{translate('sigobito.imports.line')}</TableCell>
              <TableCell>{translate('sigobito.imports.field')}</TableCell>
              <TableCell>{translate('sigobito.imports.message')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {report.errors.map((error, index) => (
              <TableRow key={`${error.line}-${error.field}-${index}`}>
                <TableCell>{error.line}</TableCell>
                <TableCell>{error.field === 'csv' ? translate('sigobito.imports.file_title') : fieldLabel(translate, target, error.field)}</TableCell>
                <TableCell>{errorMessage(translate, error)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </section>
  );
};

const ReportPreview = ({ report, target }: { report: ImportReport; target: ImportTarget }) => {
  const translate = useTranslate();
  const fields = IMPORT_SPECS[target].previewFields;
  const labels = { empty: '', yes: translate('ra.boolean.true'), no: translate('ra.boolean.false') };
  // Kinds are shown by their label (Persona, Distrito…), as in the lists.
  const display = (field: string, value: unknown) =>
    field === 'kind' && typeof value === 'string'
      ? translate(`resources.${target}.kinds.${value}`, { _: value })
      : formatValue(value, labels);
  if (report.preview.length === 0) return null;
  return (
    <section aria-labelledby="import-preview-title">
      <Typography id="import-preview-title" variant="h6" component="h3" sx={{ mt: 2 }}>
        {translate('sigobito.imports.preview_title')}
      </Typography>
      <TableContainer sx={{ maxHeight: 480 }}>
        <Table size="small" stickyHeader aria-labelledby="import-preview-title">
          <TableHead>
            <TableRow>
              <TableCell>{translate('sigobito.imports.line')}</TableCell>
              <TableCell>{translate('sigobito.imports.action')}</TableCell>
              {fields.map((field) => (
                <TableCell key={field}>{translate(`resources.${target}.fields.${field}`, { _: field })}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {report.preview.map((row) => (
              <TableRow key={row.line}>
                <TableCell>{row.line}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={row.action === 'create' ? 'success' : 'info'}
                    label={translate(`sigobito.imports.actions.${row.action}`, { _: row.action })}
                  />
                </TableCell>
                {fields.map((field) => (
                  <TableCell key={field}>{display(field, row.record?.[field])}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </section>
  );
};

/** The dry run's (or the import's) summary, per-line errors and preview. */
export const ImportReportView = ({ report, target, imported }: { report: ImportReport; target: ImportTarget; imported: boolean }) => {
  const summary = importSummary(useTranslate(), report, imported);
  return (
    <>
      <Alert severity={summary.severity} role="status" sx={{ mt: 2 }}>
        {summary.text}
      </Alert>
      <ReportErrors report={report} target={target} />
      <ReportPreview report={report} target={target} />
    </>
  );
};
