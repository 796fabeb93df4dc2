import { useState } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button as MuiButton } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import type { ExportColumn } from '../common/exportCells';
import { useSpreadsheetExport } from '../common/useSpreadsheetExport';

type CsvButtonProps = {
  /** The rows the report shows, as the API gave them. */
  records: ReadonlyArray<Record<string, unknown>>;
  /** The report's columns, read as the report shows them. */
  columns: readonly ExportColumn[];
  /** Whose field labels head the columns (`resources.<resource>.fields.<source>`). */
  resource: string;
  /** Without `.csv`. */
  fileName: string;
};

/** "Descargar CSV": the report's table as a spreadsheet file in the user's language (the lists' exporter). */
export const CsvButton = ({ records, columns, resource, fileName }: CsvButtonProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const exportFile = useSpreadsheetExport();
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    try {
      await exportFile(records, columns, resource, fileName);
    } catch {
      notify('sigobito.goals.reports.csv_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <MuiButton startIcon={<DownloadIcon />} variant="outlined" disabled={pending || records.length === 0} onClick={() => void download()}>
      {translate('sigobito.goals.reports.csv')}
    </MuiButton>
  );
};
