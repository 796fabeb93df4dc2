/** "Mis metas": the goals list pre-filtered with `mine: true`. */
export const MY_GOALS_PATH = '/my-goals';

/** "Tablero": the mayor's dashboard (also the home page of the mayor). */
export const GOALS_DASHBOARD_PATH = '/tablero';

export const goalShowPath = (id: string): string => `/goals/${encodeURIComponent(id)}/show`;
