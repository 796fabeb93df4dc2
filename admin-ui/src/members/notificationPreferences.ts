/** The e-mail notifications a member can turn off (`notificationPreferences.<key>`). */
export const NOTIFICATION_PREFERENCES = [
  'taskAssigned',
  'taskDueSoon',
  'taskOverdue',
  'requestReceived',
  'milestoneDue',
  'newRestriction',
  'weeklyDigest',
] as const;
export type NotificationPreference = (typeof NOTIFICATION_PREFERENCES)[number];

/** A new member receives every notification until they turn some off. */
export const defaultNotificationPreferences = (): Record<NotificationPreference, boolean> =>
  Object.fromEntries(NOTIFICATION_PREFERENCES.map((key) => [key, true])) as Record<NotificationPreference, boolean>;
