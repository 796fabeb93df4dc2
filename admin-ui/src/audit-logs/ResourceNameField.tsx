import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLog } from '../history/types';
import { auditResourceOf } from './auditedResources';

const UNKNOWN = '—';

/** The name of a resource in the current locale ("Actor", "Cuenta de acceso"), "—" when unknown. */
export const useResourceName = () => {
  const translate = useTranslate();
  return (resource: string | undefined) =>
    resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: UNKNOWN }) : UNKNOWN;
};

/** The audited record's resource by its name. */
export const ResourceNameField = (_props: { source?: 'resource'; label?: string }) => {
  const record = useRecordContext<AuditLog>();
  const resourceName = useResourceName();
  if (!record) return null;
  return <>{resourceName(auditResourceOf(record))}</>;
};
