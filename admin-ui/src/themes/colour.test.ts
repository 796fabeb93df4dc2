import { validateColour } from './colour';

describe('validateColour', () => {
  it('accepts #rrggbb in either case, and no colour at all', () => {
    expect(validateColour('#1565c0')).toBeUndefined();
    expect(validateColour('#1565C0')).toBeUndefined();
    expect(validateColour('')).toBeUndefined();
    expect(validateColour(null)).toBeUndefined();
  });

  it('refuses short, named or unprefixed colours', () => {
    expect(validateColour('#fff')).toBe('resources.themes.validation.colour');
    expect(validateColour('red')).toBe('resources.themes.validation.colour');
    expect(validateColour('1565c0')).toBe('resources.themes.validation.colour');
  });
});
