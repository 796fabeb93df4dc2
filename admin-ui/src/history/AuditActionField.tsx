import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { exportsAs } from '../common/exportCells';
import { auditActionChoices, auditActionKey } from './auditActions';
import type { AuditLog } from './types';

const COLOURS: Record<string, 'success' | 'info' | 'error'> = {
  create: 'success',
  update: 'info',
  delete: 'error',
};

export const AuditActionChip = ({ action }: { action: string }) => {
  const translate = useTranslate();
  const key = auditActionKey(action);
  return <Chip size="small" variant="outlined" color={COLOURS[action] ?? 'default'} label={key ? translate(key) : action} />;
};

/** The action column of the audit-log list. */
export const AuditActionField = exportsAs(
  () => {
    const record = useRecordContext<AuditLog>();
    return record ? <AuditActionChip action={record.action} /> : null;
  },
  () => ({ kind: 'choice', source: 'action', choices: auditActionChoices }),
);
