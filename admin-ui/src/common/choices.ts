/** Choices for a SelectInput/SelectField whose names are i18n keys (`<prefix>.<id>`). */
export type TranslatedChoice<T extends string> = { id: T; name: string };

export const translatedChoices = <T extends string>(ids: readonly T[], prefix: string): TranslatedChoice<T>[] =>
  ids.map((id) => ({ id, name: `${prefix}.${id}` }));
