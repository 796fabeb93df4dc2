import HistoryIcon from '@mui/icons-material/History';
import { lazyView } from '../common/lazyView';

export const auditLogs = {
  list: lazyView(() => import('./AuditLogList'), 'AuditLogList'),
  icon: HistoryIcon,
};
