import { mayorPhrases } from './mayor-title';

describe("the mayor's title in the site's and the e-mails' phrases", () => {
  it('names a woman mayor as such', () => {
    expect(mayorPhrases('alcaldesa')).toMatchObject({ agenda: 'Agenda de la Alcaldesa', with: 'con la Alcaldesa', pronoun: 'la' });
  });

  it('contracts "de el" and "a el" as Spanish does', () => {
    expect(mayorPhrases('alcalde')).toMatchObject({ agenda: 'Agenda del Alcalde', of: 'del Alcalde', to: 'al Alcalde', pronoun: 'lo' });
  });

  it('can name the office instead of the person', () => {
    expect(mayorPhrases('alcaldia').agenda).toBe('Agenda de la Alcaldía');
  });

  it('reads a missing or unknown title, or a key of Object.prototype, as the default', () => {
    expect(mayorPhrases(undefined).agenda).toBe('Agenda del Alcalde');
    expect(mayorPhrases('Presidenta').agenda).toBe('Agenda del Alcalde');
    expect(mayorPhrases('constructor').agenda).toBe('Agenda del Alcalde');
  });
});
