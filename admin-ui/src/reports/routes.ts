/** "Reportes": the consolidated report of all goals, with links to the others. */
export const REPORTS_PATH = '/reports';

/** The information-quality report. */
export const QUALITY_REPORT_PATH = '/reports/quality';

/** One goal's printable status report ("Informe de la meta"). */
export const GOAL_REPORT_PATH = '/reports/goals/:id';

export const goalReportPath = (id: string): string => `/reports/goals/${encodeURIComponent(id)}`;
