import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import {
  Button,
  DateInput,
  Form,
  required,
  ResourceContextProvider,
  SelectInput,
  TextInput,
  useCreate,
  useNotify,
  useRefresh,
  usePermissions,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { MemberInput } from '../agenda/MemberInputs';
import { serverMessage } from '../agenda/serverMessage';
import type { Milestone } from '../milestones/types';
import type { Me } from '../session';
import { aroDescriptionData, lockedAroFields } from './actions';
import { aroKindChoices, aroSeverityChoices } from './choices';
import type { Aro } from './types';

type AroFormDialogProps = {
  goalId: string;
  milestones: readonly Milestone[];
  /** The ARO to edit; a new one is registered without it. */
  aro?: Aro;
  open: boolean;
  onClose: () => void;
};

const NEW_ARO = { kind: 'restriction', severity: 'medium' };

/**
 * "Registrar ARO" (and editing one): kind, severity, title, description, milestone, due date,
 * responsible — what a goal manager may write; treating it is another dialog.
 */
export const AroFormDialog = ({ goalId, milestones, aro, open, onClose }: AroFormDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending: creating }] = useCreate();
  const [update, { isPending: updating }] = useUpdate();
  const milestoneChoices = milestones.map((m) => ({ id: m.id, name: `${m.order}. ${m.title}` }));
  const { permissions: me } = usePermissions<Me | null>();
  const locked = lockedAroFields(me, aro);
  const lockedHelp = (field: string) => (locked.includes(field) ? 'resources.aros.form.raiser_only' : undefined);

  const save = async (values: Record<string, unknown>) => {
    const data = aroDescriptionData({ ...values, goal: goalId });
    for (const field of locked) delete data[field];
    try {
      if (aro) await update('aros', { id: aro.id, data, previousData: aro }, { mutationMode: 'pessimistic', returnPromise: true });
      else await create('aros', { data }, { returnPromise: true });
      notify(aro ? 'resources.aros.form.updated' : 'resources.aros.form.created', { type: 'success' });
      refresh();
      onClose();
      return undefined;
    } catch (error) {
      notify(serverMessage(error), { type: 'error' });
      return undefined;
    }
  };

  const titleId = aro ? `edit-aro-title-${aro.id}` : 'new-aro-title';
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(aro ? 'resources.aros.form.edit_title' : 'resources.aros.actions.raise')}</DialogTitle>
      <ResourceContextProvider value="aros">
        <Form record={aro ?? NEW_ARO} onSubmit={save}>
          <DialogContent>
            <SelectInput source="kind" choices={aroKindChoices} validate={required()} disabled={locked.includes('kind')} helperText={lockedHelp('kind')} />
            <SelectInput source="severity" choices={aroSeverityChoices} validate={required()} disabled={locked.includes('severity')} helperText={lockedHelp('severity')} />
            <TextInput source="title" validate={required()} />
            <TextInput source="description" multiline minRows={3} />
            <SelectInput source="milestone" choices={milestoneChoices} emptyText="resources.aros.form.no_milestone" />
            <DateInput source="dueDate" />
            <MemberInput source="responsible" />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <MuiButton type="submit" variant="contained" disabled={creating || updating}>
              {translate('ra.action.save')}
            </MuiButton>
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
};
