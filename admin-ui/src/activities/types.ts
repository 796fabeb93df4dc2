import type { ActivityKind, ActivityStatus, Visibility } from './choices';

/** An activity as the back-office API answers it. */
export type Activity = {
  id: string;
  title: string;
  description?: string | null;
  start: string;
  end: string;
  allDay?: boolean | null;
  kind: ActivityKind;
  status: ActivityStatus;
  visibility: Visibility;
  locationText?: string | null;
  place?: string | null;
  actors?: string[];
  themes?: string[];
  places?: string[];
  participants?: string[];
  brief?: string | null;
  minutes?: string | null;
  /** Ids of the confirmed activities this one overlaps (computed by the API). */
  conflicts?: string[];
};
