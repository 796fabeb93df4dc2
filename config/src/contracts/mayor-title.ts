/**
 * How the municipality names its head (setting `mayorTitle`): "la Alcaldesa" for a woman mayor,
 * "el Alcalde" for a man, "la Alcaldía" to name the office instead of the person. Every phrase
 * the public site and the e-mails build with it comes from here, with Spanish's contractions
 * ("del Alcalde", never "de el Alcalde").
 */
export const MAYOR_TITLES = ['alcalde', 'alcaldesa', 'alcaldia'] as const;
export type MayorTitle = (typeof MAYOR_TITLES)[number];

/** A new municipality's: the title in Panama's law; a woman mayor's office changes it in the settings. */
export const DEFAULT_MAYOR_TITLE: MayorTitle = 'alcalde';

export type MayorPhrases = {
  /** "el Alcalde", "la Alcaldesa" */
  the: string;
  /** "Agenda del Alcalde", "Agenda de la Alcaldesa" */
  agenda: string;
  /** "del Alcalde", "de la Alcaldesa" */
  of: string;
  /** "con el Alcalde" */
  with: string;
  /** "al Alcalde", "a la Alcaldesa" */
  to: string;
  /** The object pronoun: "invítelo", "invítela". */
  pronoun: 'lo' | 'la';
};

const PHRASES: Record<MayorTitle, MayorPhrases> = {
  alcalde: { the: 'el Alcalde', agenda: 'Agenda del Alcalde', of: 'del Alcalde', with: 'con el Alcalde', to: 'al Alcalde', pronoun: 'lo' },
  alcaldesa: { the: 'la Alcaldesa', agenda: 'Agenda de la Alcaldesa', of: 'de la Alcaldesa', with: 'con la Alcaldesa', to: 'a la Alcaldesa', pronoun: 'la' },
  alcaldia: { the: 'la Alcaldía', agenda: 'Agenda de la Alcaldía', of: 'de la Alcaldía', with: 'con la Alcaldía', to: 'a la Alcaldía', pronoun: 'la' },
};

export const isMayorTitle = (value: unknown): value is MayorTitle => typeof value === 'string' && (MAYOR_TITLES as readonly string[]).includes(value);

/** The phrases for a stored title; an unknown or missing one reads as the default. */
export const mayorPhrases = (title: unknown): MayorPhrases => PHRASES[isMayorTitle(title) ? title : DEFAULT_MAYOR_TITLE];
