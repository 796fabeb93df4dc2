/** The e-mail notifications a member can turn off, one switch each (per-user opt-out). */
export const NOTIFICATION_KINDS = [
  'taskAssigned',
  'taskDueSoon',
  'taskOverdue',
  'requestReceived',
  'milestoneDue',
  'newRestriction',
  'weeklyDigest',
  // Comunicación: a social channel paused (its credentials refused), a piece's delivery failed.
  'channelPaused',
  'deliveryFailed',
  // A communication awaits approval (or its approval was voided by an edit).
  'communicationAwaitingApproval',
  // A milestone done or a public activity held proposes a communication (to press).
  'communicationOpportunity',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export type NotificationPreferences = Record<NotificationKind, boolean>;

/** Pure: stored preferences (possibly missing or partial) → every switch, on unless turned off. */
export function withDefaults(stored: unknown): NotificationPreferences {
  const given = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  return Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, given[k] !== false])) as NotificationPreferences;
}

export function wants(stored: unknown, kind: NotificationKind): boolean {
  return withDefaults(stored)[kind];
}
