/** The resources whose changes the audit log records (for the list's resource filter). */
export const AUDITED_RESOURCES = ['actors', 'themes', 'places', 'areas', 'positions', 'members', 'settings'] as const;
