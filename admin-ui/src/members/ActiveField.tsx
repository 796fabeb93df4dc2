import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { exportsAs } from '../common/exportCells';
import type { Member } from './types';

const statusKey = (active: boolean) => (active ? 'resources.members.status.active' : 'resources.members.status.inactive');

/**
 * Active / inactive as a chip (`active` changes only through deactivation). `source` is only
 * there so show layouts and tables label it like any field.
 */
export const ActiveField = exportsAs(
  (_props: { source?: 'active'; label?: string }) => {
    const record = useRecordContext<Member>();
    const translate = useTranslate();
    if (!record) return null;
    const active = record.active !== false;
    return (
      <Chip
        size="small"
        color={active ? 'success' : 'default'}
        variant={active ? 'filled' : 'outlined'}
        label={translate(statusKey(active))}
      />
    );
  },
  () => ({ kind: 'computed', value: (record, { translate }) => translate(statusKey(record.active !== false)) }),
);
