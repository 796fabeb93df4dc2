import { useState } from 'react';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { DeactivateMemberDialog } from './DeactivateMemberDialog';
import type { Member } from './types';

/**
 * Shown on an active member to those who may update members. The dialog stays open after the
 * member turns inactive, to show what was handed over.
 */
export const DeactivateMemberButton = () => {
  const record = useRecordContext<Member>();
  const { canAccess } = useCanAccess({ resource: 'members', action: 'edit' });
  const [open, setOpen] = useState(false);
  if (!record || !canAccess) return null;
  return (
    <>
      {record.active !== false && (
        <Button label="resources.members.deactivate.button" color="error" onClick={() => setOpen(true)}>
          <PersonOffIcon />
        </Button>
      )}
      {open && <DeactivateMemberDialog member={record} open={open} onClose={() => setOpen(false)} />}
    </>
  );
};
