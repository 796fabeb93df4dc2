import type { ReactNode } from 'react';
import PrintIcon from '@mui/icons-material/Print';
import { Button as MuiButton, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The buttons above a printable report; not printed. */
export const ReportToolbar = ({ children }: { children?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Stack className="sg-no-print" direction="row" sx={{ gap: 1, flexWrap: 'wrap', mb: 2, alignItems: 'center' }}>
      {children}
      <MuiButton startIcon={<PrintIcon />} variant="contained" onClick={() => window.print()}>
        {translate('sigobito.goals.reports.print')}
      </MuiButton>
    </Stack>
  );
};
