import { useMemo, useState } from 'react';
import { Button as MuiButton, Stack } from '@mui/material';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import {
  Form,
  maxValue,
  minValue,
  NumberInput,
  required,
  ResourceContextProvider,
  SelectInput,
  TextInput,
  useCreate,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { fieldErrorsOf, serverMessage } from '../agenda/serverMessage';
import { ZonedDateTimeInput } from '../agenda/ZonedDateTimeInput';
import { FilesInput } from '../common/FileInputs';
import type { Milestone } from '../milestones/types';

type ReportValues = { date?: string | null; percent?: number | null; indicatorValue?: number | null; narrative?: string; milestone?: string | null; attachments?: unknown[] | null };

const percent = [minValue(0), maxValue(100)];

/**
 * "Registrar avance": the date (now by default, in the municipality's time), the percentage
 * and/or the indicator's value, what happened, optionally the milestone it is about and files
 * (attachments, uploaded on submit). The
 * author is set by the server; a reported indicator value becomes the goal's current value.
 */
export const ProgressReportForm = ({ goalId, milestones }: { goalId: string; milestones: readonly Milestone[] }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  // A new key empties the form (and takes a fresh "now") after each report.
  const [round, setRound] = useState(0);
  // One record per round: a new object at every render made the form start over whenever the
  // page re-rendered (the goal's data arriving), losing a percentage typed meanwhile.
  const record = useMemo(() => ({ date: new Date().toISOString() }), [round]);
  const milestoneChoices = milestones.map((m) => ({ id: m.id, name: `${m.order}. ${m.title}` }));

  const save = async (values: ReportValues) => {
    try {
      await create(
        'progress-reports',
        {
          data: {
            goal: goalId,
            narrative: values.narrative,
            date: values.date || new Date().toISOString(),
            percent: values.percent ?? null,
            indicatorValue: values.indicatorValue ?? null,
            milestone: values.milestone || null,
            // New files are uploaded by the data provider, then sent as ids.
            attachments: values.attachments ?? [],
          },
        },
        { returnPromise: true },
      );
      notify('resources.progress-reports.form.done', { type: 'success' });
      setRound((n) => n + 1);
      refresh();
      return undefined;
    } catch (error) {
      // Field messages (a refused attachment, say) show next to their input, and the form
      // tells them once (react-admin notifies `root.serverError` of an invalid submit).
      const fieldErrors = fieldErrorsOf(error);
      if (fieldErrors && Object.keys(fieldErrors).length) return { ...fieldErrors, root: { serverError: serverMessage(error) } };
      notify(serverMessage(error), { type: 'error' });
      return undefined;
    }
  };

  return (
    <ResourceContextProvider value="progress-reports">
      <Form key={round} record={record} onSubmit={save}>
        <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: { md: 2 }, alignItems: { md: 'flex-start' }, flexWrap: 'wrap' }}>
          <ZonedDateTimeInput source="date" validate={required()} sx={{ minWidth: 220 }} />
          <NumberInput source="percent" min={0} max={100} step={1} validate={percent} sx={{ maxWidth: 150 }} />
          <NumberInput source="indicatorValue" sx={{ maxWidth: 180 }} />
          <SelectInput source="milestone" choices={milestoneChoices} emptyText="resources.progress-reports.form.no_milestone" sx={{ minWidth: 220 }} />
        </Stack>
        <TextInput source="narrative" validate={required()} multiline minRows={2} fullWidth />
        <FilesInput source="attachments" />
        <MuiButton type="submit" variant="contained" startIcon={<NoteAddIcon />} disabled={isPending}>
          {translate('resources.progress-reports.form.submit')}
        </MuiButton>
      </Form>
    </ResourceContextProvider>
  );
};
