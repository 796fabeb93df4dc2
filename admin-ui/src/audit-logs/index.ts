import HistoryIcon from '@mui/icons-material/History';
import { AuditLogList } from './AuditLogList';

export const auditLogs = {
  list: AuditLogList,
  icon: HistoryIcon,
};
