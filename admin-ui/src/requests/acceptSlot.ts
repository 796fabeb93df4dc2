import { fromWallTime } from '../agenda/zonedTime';

/** What the "accept" dialog collects for a new activity: a day and two times, in the municipality's zone. */
export type SlotForm = {
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  title?: string | null;
  visibility?: 'public' | 'private' | null;
  locationText?: string | null;
};

export type Slot = { start: string; end: string; title?: string; visibility: 'public' | 'private'; locationText?: string };

/** i18n keys per field, for the form. */
export type SlotErrors = Partial<Record<'date' | 'startTime' | 'endTime', string>>;

const TIME = /^\d{2}:\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The slot the API takes (`{ start, end }` as instants) from a day and wall-clock times in the
 * zone, or the errors to show: "2026-11-25", "09:30"–"10:30" in Panama → 14:30Z–15:30Z.
 */
export const slotFromForm = (form: SlotForm, timeZone: string): { slot: Slot } | { errors: SlotErrors } => {
  const errors: SlotErrors = {};
  const date = form.date ?? '';
  const startTime = form.startTime ?? '';
  const endTime = form.endTime ?? '';
  if (!DAY.test(date)) errors.date = 'ra.validation.required';
  if (!TIME.test(startTime)) errors.startTime = 'ra.validation.required';
  if (!TIME.test(endTime)) errors.endTime = 'ra.validation.required';
  if (Object.keys(errors).length) return { errors };
  const start = fromWallTime(`${date}T${startTime}`, timeZone);
  const end = fromWallTime(`${date}T${endTime}`, timeZone);
  if (!start) return { errors: { date: 'ra.validation.required' } };
  if (!end || Date.parse(end) <= Date.parse(start)) return { errors: { endTime: 'resources.requests.accept.end_before_start' } };
  const title = form.title?.trim();
  const locationText = form.locationText?.trim();
  return {
    slot: {
      start,
      end,
      visibility: form.visibility === 'public' ? 'public' : 'private',
      ...(title ? { title } : {}),
      ...(locationText ? { locationText } : {}),
    },
  };
};
