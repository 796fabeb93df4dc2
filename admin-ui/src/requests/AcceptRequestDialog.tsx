import { useMemo, useState } from 'react';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import {
  AutocompleteInput,
  Button,
  DateInput,
  Form,
  FormDataConsumer,
  Link,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  ResourceContextProvider,
  TextInput,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatWhen } from '../agenda/formatWhen';
import { calendarPath } from '../agenda/routes';
import { todayIn, toWallDate } from '../agenda/zonedTime';
import { visibilityChoices } from '../activities/choices';
import { intlLocale } from '../common/dateTime';
import { useMunicipalityTimeZone } from '../common/useMunicipalityTimeZone';
import type { TransitionResult } from '../dataProvider';
import { slotFromForm, type SlotForm } from './acceptSlot';
import type { Request } from './types';
import { useTransitionRequest } from './useTransitionRequest';

type AcceptValues = SlotForm & { mode?: 'slot' | 'existing'; activity?: string | null; answerText?: string | null };

const MODES = [
  { id: 'slot', name: 'resources.requests.accept.mode_slot' },
  { id: 'existing', name: 'resources.requests.accept.mode_existing' },
];

const requiredTime = required();

/** Server paths of the slot → the inputs of this dialog. */
const FORM_FIELDS = { 'slot.start': 'startTime', 'slot.end': 'endTime', 'slot.title': 'title', slot: 'date', activity: 'activity', answerText: 'answerText' };

const Accepted = ({ result, onClose }: { result: TransitionResult; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { timeZone } = useMunicipalityTimeZone();
  const activity = result.activity as { id: string; title?: string; start?: string; end?: string } | null;
  return (
    <>
      <DialogContent>
        <Alert severity="success">
          {translate('resources.requests.accept.done')}
          {activity?.start && (
            <>
              <br />
              <strong>{activity.title}</strong> — {formatWhen(activity, intlLocale(locale), timeZone, translate('sigobito.agenda.week.all_day'))}
            </>
          )}
        </Alert>
      </DialogContent>
      <DialogActions>
        {activity && (
          <>
            <Button component={Link} to={`/activities/${encodeURIComponent(activity.id)}/show`} label="resources.requests.accept.open_activity">
              <EventAvailableIcon />
            </Button>
            <Button
              component={Link}
              to={calendarPath(activity.start ? toWallDate(activity.start, timeZone) : undefined)}
              label="resources.requests.accept.view_in_agenda"
              variant="contained"
            >
              <CalendarMonthIcon />
            </Button>
          </>
        )}
        <Button label="resources.requests.accept.back" onClick={onClose} />
      </DialogActions>
    </>
  );
};

/**
 * "Aceptar": schedules the request in a new slot (a confirmed activity on a day, between two
 * times of the municipality) or links an activity already in the agenda.
 */
export const AcceptRequestDialog = ({ request, open, onClose }: { request: Request; open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const { timeZone } = useMunicipalityTimeZone();
  const { transition, pending } = useTransitionRequest(request.id);
  const [result, setResult] = useState<TransitionResult | null>(null);
  const defaults = useMemo<AcceptValues>(
    () => ({
      mode: 'slot',
      date: request.desiredDate ?? todayIn(timeZone),
      startTime: '09:00',
      endTime: '10:00',
      title: request.subject,
      visibility: 'private',
    }),
    [request.desiredDate, request.subject, timeZone],
  );

  const close = () => {
    setResult(null);
    onClose();
  };

  const submit = async (values: AcceptValues) => {
    const answerText = values.answerText?.trim() || undefined;
    if (values.mode === 'existing') {
      if (!values.activity) return { activity: 'ra.validation.required' };
      const { result: done, errors } = await transition({ to: 'accepted', activity: values.activity, answerText }, FORM_FIELDS);
      if (done) setResult(done);
      return errors;
    }
    const slot = slotFromForm(values, timeZone);
    if ('errors' in slot) return slot.errors;
    const { result: done, errors } = await transition({ to: 'accepted', slot: slot.slot, answerText }, FORM_FIELDS);
    if (done) setResult(done);
    return errors;
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby="accept-request-title" fullWidth maxWidth="sm">
      <DialogTitle id="accept-request-title">{translate('resources.requests.accept.title')}</DialogTitle>
      {result ? (
        <Accepted result={result} onClose={close} />
      ) : (
        <ResourceContextProvider value="requests">
          <Form record={defaults} onSubmit={submit}>
            <DialogContent>
              <DialogContentText sx={{ mb: 1 }}>{request.subject}</DialogContentText>
              <RadioButtonGroupInput source="mode" choices={MODES} label="resources.requests.accept.mode" />
              <FormDataConsumer<AcceptValues>>
                {({ formData }) =>
                  formData.mode === 'existing' ? (
                    <ReferenceInput source="activity" reference="activities" sort={{ field: 'start', order: 'DESC' }}>
                      <AutocompleteInput label="resources.requests.accept.activity" optionText="title" validate={required()} />
                    </ReferenceInput>
                  ) : (
                    <Stack>
                      <DateInput source="date" label="resources.requests.accept.date" validate={required()} />
                      <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: { sm: 2 } }}>
                        <TextInput
                          source="startTime"
                          type="time"
                          label="resources.requests.accept.startTime"
                          validate={requiredTime}
                          helperText={translate('sigobito.agenda.time_zone', { zone: timeZone })}
                        />
                        <TextInput source="endTime" type="time" label="resources.requests.accept.endTime" validate={requiredTime} helperText={false} />
                      </Stack>
                      <TextInput source="title" label="resources.requests.accept.title_field" />
                      <RadioButtonGroupInput source="visibility" choices={visibilityChoices} label="resources.requests.accept.visibility" />
                      <TextInput source="locationText" label="resources.requests.accept.locationText" />
                    </Stack>
                  )
                }
              </FormDataConsumer>
              <TextInput source="answerText" label="resources.requests.accept.answerText" multiline minRows={2} />
            </DialogContent>
            <DialogActions>
              <Button label="ra.action.cancel" onClick={close} />
              <MuiButton type="submit" variant="contained" disabled={pending} startIcon={<EventAvailableIcon />}>
                {translate('resources.requests.transitions.accepted')}
              </MuiButton>
            </DialogActions>
          </Form>
        </ResourceContextProvider>
      )}
    </Dialog>
  );
};
