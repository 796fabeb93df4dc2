import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Member } from './types';

/**
 * Active / inactive as a chip (`active` changes only through deactivation). `source` is only
 * there so show layouts and tables label it like any field.
 */
export const ActiveField = (_props: { source?: 'active'; label?: string }) => {
  const record = useRecordContext<Member>();
  const translate = useTranslate();
  if (!record) return null;
  const active = record.active !== false;
  return (
    <Chip
      size="small"
      color={active ? 'success' : 'default'}
      variant={active ? 'filled' : 'outlined'}
      label={translate(active ? 'resources.members.status.active' : 'resources.members.status.inactive')}
    />
  );
};
