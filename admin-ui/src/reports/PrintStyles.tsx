import { GlobalStyles } from '@mui/material';

/** On paper: no app bar, menu or buttons (`.sg-no-print`), no card shadows; sections do not split across pages. */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@media print': {
        'header.MuiAppBar-root, .MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .sg-no-print': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        '.MuiCard-root, .MuiPaper-root': { boxShadow: 'none !important' },
        '.sg-keep': { breakInside: 'avoid' },
        body: { background: '#fff' },
        a: { color: 'inherit', textDecoration: 'none' },
      },
    }}
  />
);
