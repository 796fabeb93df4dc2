/** The fields that name a record, in order of preference: a theme's name, a task's title, a member's full name… */
export const LABEL_FIELDS = ['name', 'title', 'fullName', 'subject', 'code', 'username', 'municipalityName'] as const;

/** How the change log names a record: its first name-like field with text, undefined when it has none. */
export const recordLabelOf = (record: Record<string, unknown>): string | undefined =>
  LABEL_FIELDS.map((field) => (Object.hasOwn(record, field) ? record[field] : undefined)).find((v): v is string => typeof v === 'string' && v !== '');
