import ProgressIcon from '@mui/icons-material/TrendingUp';

/** Reports are read and written on their goal's page ("Registrar avance"): no pages of their own. */
export const progressReports = {
  icon: ProgressIcon,
  recordRepresentation: 'narrative',
};
