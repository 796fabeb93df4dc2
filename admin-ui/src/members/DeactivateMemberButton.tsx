import { useState } from 'react';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { SigobitoDataProvider } from '../dataProvider';
import { serverMessage } from '../agenda/serverMessage';
import { DeactivateMemberDialog } from './DeactivateMemberDialog';
import type { Member } from './types';
import { useRoleGrants } from './useRoleGrants';

const DeactivateMember = ({ record }: { record: Member }) => {
  const { canAccess } = useCanAccess({ resource: 'members', action: 'edit', record });
  // Deactivating a mayor or an agenda officer is the mayor's (as the API enforces).
  const { accountLocked } = useRoleGrants(record);
  const [open, setOpen] = useState(false);
  if (!canAccess || accountLocked) return null;
  return (
    <>
      {record.active !== false && (
        <Button label="resources.members.deactivate.button" color="error" onClick={() => setOpen(true)}>
          <PersonOffIcon />
        </Button>
      )}
      {open && <DeactivateMemberDialog member={record} open={open} onClose={() => setOpen(false)} />}
      {record.active === false && <ReactivateMember record={record} />}
    </>
  );
};

/** "Reactivar": someone who comes back gets their account again (their former work stays handed over). */
const ReactivateMember = ({ record }: { record: Member }) => {
  const dataProvider = useDataProvider<SigobitoDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const reactivate = async () => {
    setPending(true);
    try {
      await dataProvider.reactivateMember(record.id);
      notify('resources.members.reactivate.done', { type: 'success' });
      refresh();
    } catch (error) {
      notify(serverMessage(error), { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button label="resources.members.reactivate.button" onClick={() => setOpen(true)}>
        <HowToRegIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="resources.members.reactivate.title"
        titleTranslateOptions={{ name: record.fullName }}
        content="resources.members.reactivate.content"
        confirm="resources.members.reactivate.confirm"
        onConfirm={reactivate}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/**
 * Shown to those who may update members: "Desactivar" on an active member, "Reactivar" on an
 * inactive one. The dialog stays open after the
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
