import { translatedChoices } from '../common/choices';

export const ACTIVITY_KINDS = ['meeting', 'public_event', 'field_visit', 'audience', 'internal', 'travel', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = ['tentative', 'confirmed', 'done', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const VISIBILITIES = ['public', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const activityKindChoices = translatedChoices(ACTIVITY_KINDS, 'resources.activities.kinds');
export const activityStatusChoices = translatedChoices(ACTIVITY_STATUSES, 'resources.activities.statuses');
export const visibilityChoices = translatedChoices(VISIBILITIES, 'resources.activities.visibilities');

/** One colour per status, shared by the calendar, its legend and the status chips. */
export const STATUS_COLOURS: Record<ActivityStatus, string> = {
  tentative: '#ef6c00',
  confirmed: '#1565c0',
  done: '#2e7d32',
  cancelled: '#757575',
};

export const isActivityStatus = (value: unknown): value is ActivityStatus =>
  typeof value === 'string' && (ACTIVITY_STATUSES as readonly string[]).includes(value);
