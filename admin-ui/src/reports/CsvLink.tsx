import { useState, type MouseEvent } from 'react';
import DownloadIcon from '@mui/icons-material/Download';
import { Button as MuiButton } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { downloadWithSession } from './download';

/** "Descargar CSV": a link for what it is, fetched with the session. */
export const CsvLink = ({ url, fileName }: { url: string; fileName: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    try {
      await downloadWithSession(url, fileName);
    } catch {
      notify('sigobito.goals.reports.csv_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <MuiButton
      component="a"
      href={url}
      download={fileName}
      startIcon={<DownloadIcon />}
      variant="outlined"
      aria-disabled={pending}
      onClick={(event: MouseEvent) => {
        event.preventDefault();
        if (!pending) void download();
      }}
    >
      {translate('sigobito.goals.reports.csv')}
    </MuiButton>
  );
};
