import AroIcon from '@mui/icons-material/ReportProblem';
import { AroList } from './AroList';

/** ARO are raised, treated and escalated on their goal's board; the list gathers them across goals. */
export const aros = {
  list: AroList,
  icon: AroIcon,
  recordRepresentation: 'title',
};
