import type { ChangeEvent } from 'react';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { appLocale } from '../common/dateTime';
import { columnLabel } from './importSpecs';
import { ImportColumnsHelp } from './ImportColumnsHelp';
import { ImportReportView } from './ImportReportView';
import type { ImportTarget } from './types';
import { useCsvImport } from './useCsvImport';

/** One target's import: help, file, dry-run report, import. Remounted when the target changes. */
export const ImportPanel = ({ target }: { target: ImportTarget }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { state, chooseFile, runImport, reset, canImport } = useCsvImport(target);

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) triggers a new check.
    event.target.value = '';
    if (file) void chooseFile(file);
  };

  return (
    <Stack spacing={2}>
      <ImportColumnsHelp target={target} />

      <Box>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('sigobito.imports.file_title')}
        </Typography>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Button component="label" variant="contained" startIcon={<UploadFileIcon />} disabled={state.busy}>
            {translate('sigobito.imports.choose_file')}
            <input
              type="file"
              accept=".csv,text/csv"
              hidden
              aria-label={translate('sigobito.imports.file_input')}
              onChange={onFileChange}
            />
          </Button>
          {state.file && <Typography variant="body2">{state.file.name}</Typography>}
        </Stack>
      </Box>

      {state.busy && <LinearProgress aria-label={translate('ra.message.loading')} />}

      {state.missing.length > 0 && (
        <Alert severity="warning">{translate('sigobito.imports.missing_columns', { columns: state.missing.map((column) => columnLabel(target, column, appLocale(locale))).join(', ') })}</Alert>
      )}

      {state.report && <ImportReportView report={state.report} target={target} imported={state.imported} />}

      {state.report && (
        <Stack direction="row" spacing={2}>
          <Button variant="contained" color="primary" onClick={() => void runImport()} disabled={!canImport}>
            {translate('sigobito.imports.import')}
          </Button>
          <Button onClick={reset} disabled={state.busy}>
            {translate('sigobito.imports.start_over')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
};
