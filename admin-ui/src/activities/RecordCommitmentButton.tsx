import { useState } from 'react';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import AddTaskIcon from '@mui/icons-material/AddTask';
import {
  Button,
  DateInput,
  Form,
  required,
  ResourceContextProvider,
  SelectInput,
  TextInput,
  useCanAccess,
  useCreate,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { MemberInput } from '../agenda/MemberInputs';
import { fieldErrorsOf, serverMessage } from '../agenda/serverMessage';
import { priorityChoices } from '../tasks/choices';
import type { Activity } from './types';

// Stable, so the form is not reset on every render.
const DEFAULTS = { priority: 3 };

type CommitmentValues = { title?: string; responsible?: string; dueDate?: string | null; priority?: number; description?: string };

const FORM_FIELDS = ['title', 'responsible', 'dueDate', 'priority', 'description'];

/**
 * "Registrar compromiso": a commitment taken at this activity becomes a task of kind
 * `commitment` whose origin is the activity.
 */
export const RecordCommitmentButton = () => {
  const translate = useTranslate();
  const record = useRecordContext<Activity>();
  const { canAccess } = useCanAccess({ resource: 'tasks', action: 'create' });
  const [create] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  if (!record || !canAccess) return null;

  const save = async (values: CommitmentValues) => {
    try {
      await create(
        'tasks',
        { data: { ...values, dueDate: values.dueDate || null, kind: 'commitment', activity: record.id } },
        { returnPromise: true },
      );
      notify('resources.activities.commitment.done', { type: 'success' });
      setOpen(false);
      refresh();
      return undefined;
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors && Object.keys(errors).some((field) => FORM_FIELDS.includes(field))) {
        return errors;
      }
      notify(serverMessage(error), { type: 'error' });
      return undefined;
    }
  };

  return (
    <>
      <Button label="resources.activities.commitment.button" onClick={() => setOpen(true)} variant="outlined">
        <AddTaskIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="commitment-title" fullWidth maxWidth="sm">
        <DialogTitle id="commitment-title">{translate('resources.activities.commitment.title')}</DialogTitle>
        <ResourceContextProvider value="tasks">
        <Form record={DEFAULTS} onSubmit={save}>
          <DialogContent>
            <TextInput source="title" validate={required()} autoFocus />
            <MemberInput source="responsible" validate={required()} />
            <DateInput source="dueDate" />
            <SelectInput source="priority" choices={priorityChoices} validate={required()} />
            <TextInput source="description" multiline minRows={2} />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
            <MuiButton type="submit" variant="contained" startIcon={<AddTaskIcon />}>
              {translate('ra.action.save')}
            </MuiButton>
          </DialogActions>
        </Form>
        </ResourceContextProvider>
      </Dialog>
    </>
  );
};
