import { useState } from 'react';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { DeactivateMemberDialog } from './DeactivateMemberDialog';
import type { Member } from './types';

const DeactivateMember = ({ record }: { record: Member }) => {
  const { canAccess } = useCanAccess({ resource: 'members', action: 'edit', record });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
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

/**
 * Shown on an active member to those who may update members. The dialog stays open after the
 * member turns inactive, to show what was handed over.
 *
 * The access check waits for the record: the edit page renders its actions while the record
 * loads, and a record-less canAccess(members, edit) query is the very one <Edit> reads (without
 * subscribing to it) to decide whether to keep showing its "Loading" screen. Opening a member's
 * edit page directly then stayed on "Loading" for good.
 */
export const DeactivateMemberButton = () => {
  const record = useRecordContext<Member>();
  return record ? <DeactivateMember record={record} /> : null;
};
