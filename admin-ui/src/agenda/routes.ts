/** The printable weekly agenda (custom route); `?semana=YYYY-MM-DD` picks the week. */
export const WEEK_AGENDA_PATH = '/agenda/semana';

/** "Mis tareas": the task list pre-filtered with `mine: true`. */
export const MY_TASKS_PATH = '/my-tasks';

export const CALENDAR_VIEWS = ['dayGridMonth', 'timeGridWeek', 'timeGridDay', 'listWeek'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export const isCalendarView = (value: unknown): value is CalendarView =>
  typeof value === 'string' && (CALENDAR_VIEWS as readonly string[]).includes(value);

/** The calendar (the activities list) on a day, in a view: where "Ver en la agenda" leads. */
export const calendarPath = (day?: string, view: CalendarView = 'timeGridWeek'): string =>
  day ? `/activities?${new URLSearchParams({ date: day, view }).toString()}` : '/activities';

export const weekAgendaPath = (monday?: string): string =>
  monday ? `${WEEK_AGENDA_PATH}?${new URLSearchParams({ semana: monday }).toString()}` : WEEK_AGENDA_PATH;
