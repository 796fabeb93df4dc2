/** The dashboard's shortcuts, in menu order; each shows only if the user may open it. */
export const QUICK_LINK_RESOURCES = ['activities', 'requests', 'tasks', 'goals', 'communications', 'actors', 'themes', 'places', 'areas', 'positions', 'members', 'audit-logs'] as const;
