import { listPath } from '../goals/health';

/** "Oportunidades": what the system proposes to tell (identified communications from milestones and activities). */
export const OPPORTUNITIES_PATH = '/opportunities';

/** The communication calendar, beside the mayor's public agenda. */
export const COMMUNICATION_CALENDAR_PATH = '/communication-calendar';

/** The communication reports (by month, theme, place; untold achievements). */
export const COMMUNICATION_REPORTS_PATH = '/reports/communications';

/** What the mayor's "Por aprobar" opens: the communications in review. */
export const IN_REVIEW_PATH = listPath('communications', { status: 'in_review' });

/** The filter of "Oportunidades". */
export const OPPORTUNITY_FILTER = { status: 'identified', origin: ['milestone', 'activity'] } as const;

export const communicationShowPath = (id: string): string => `/communications/${encodeURIComponent(id)}/show`;
