import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLog } from '../history/types';

/** The audited record's resource by its Spanish name. */
export const ResourceNameField = () => {
  const record = useRecordContext<AuditLog>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate(`resources.${record.resource}.name`, { smart_count: 1, _: record.resource })}</>;
};
