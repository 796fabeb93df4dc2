import AroIcon from '@mui/icons-material/ReportProblem';
import { lazyView } from '../common/lazyView';

/** ARO are raised, treated and escalated on their goal's board; the list gathers them across goals. */
export const aros = {
  list: lazyView(() => import('./AroList'), 'AroList'),
  icon: AroIcon,
  recordRepresentation: 'title',
};
