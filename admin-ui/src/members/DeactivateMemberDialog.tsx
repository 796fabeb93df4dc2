import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { AutocompleteInput, Button, Form, ReferenceInput, required, useTranslate, type Identifier } from 'react-admin';
import { HandoverSummary } from './HandoverSummary';
import type { Member } from './types';
import { useDeactivateMember } from './useDeactivateMember';

type DeactivateMemberDialogProps = { member: Member; open: boolean; onClose: () => void };

// Stable, so the form is not reset on every render.
const EMPTY_RECORD = {};

const notSelf = (selfId: Identifier) => (value: unknown) =>
  value != null && String(value) === String(selfId) ? 'resources.members.deactivate.same_member' : undefined;

export const DeactivateMemberDialog = ({ member, open, onClose }: DeactivateMemberDialogProps) => {
  const translate = useTranslate();
  const { handedOver, deactivate, reset } = useDeactivateMember(member.id);
  const close = () => {
    reset();
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby="deactivate-member-title" fullWidth maxWidth="sm">
      <DialogTitle id="deactivate-member-title">
        {translate('resources.members.deactivate.title', { name: member.fullName })}
      </DialogTitle>
      {handedOver ? (
        <>
          <DialogContent>
            <HandoverSummary handedOver={handedOver} />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.close" onClick={close} />
          </DialogActions>
        </>
      ) : (
        // A record of its own, so the member being edited does not prefill this form.
        <Form record={EMPTY_RECORD} onSubmit={(values: { handoverTo?: Identifier }) => (values.handoverTo == null ? undefined : deactivate(values.handoverTo))}>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.members.deactivate.content')}</DialogContentText>
            <ReferenceInput
              source="handoverTo"
              reference="members"
              filter={{ active: true, id_neq: member.id }}
              sort={{ field: 'fullName', order: 'ASC' }}
            >
              <AutocompleteInput validate={[required(), notSelf(member.id)]} />
            </ReferenceInput>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={close} />
            <MuiButton type="submit" variant="contained" color="error" startIcon={<PersonOffIcon />}>
              {translate('resources.members.deactivate.confirm')}
            </MuiButton>
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
