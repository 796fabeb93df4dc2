/** The languages of the back office; the public site speaks Spanish. */
export type Locale = 'es' | 'en';

/** Labels in both languages, `{ on_track: { es: 'En curso', en: 'On track' } }`, as one language's table. */
export const labelsIn = <K extends string>(labels: Readonly<Record<K, Readonly<Record<Locale, string>>>>, locale: Locale): Record<K, string> =>
  Object.fromEntries(Object.entries<Readonly<Record<Locale, string>>>(labels).map(([key, label]) => [key, label[locale]])) as Record<K, string>;
