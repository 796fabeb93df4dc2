import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditLog } from '../history/types';
import { exportsAs } from '../common/exportCells';
import { auditResourceOf } from './auditedResources';

const UNKNOWN = '—';

type Translate = ReturnType<typeof useTranslate>;

const resourceNameIn = (translate: Translate, resource: string | undefined) =>
  resource ? translate(`resources.${resource}.name`, { smart_count: 1, _: UNKNOWN }) : UNKNOWN;

/** The name of a resource in the current locale ("Actor", "Cuenta de acceso"), "—" when unknown. */
export const useResourceName = () => {
  const translate = useTranslate();
  return (resource: string | undefined) => resourceNameIn(translate, resource);
};

/** The audited record's resource by its name. */
export const ResourceNameField = exportsAs(
  (_props: { source?: 'resource'; label?: string }) => {
    const record = useRecordContext<AuditLog>();
    const resourceName = useResourceName();
    if (!record) return null;
    return <>{resourceName(auditResourceOf(record))}</>;
  },
  () => ({ kind: 'computed', value: (record, { translate }) => resourceNameIn(translate, auditResourceOf(record as AuditLog)) }),
);
