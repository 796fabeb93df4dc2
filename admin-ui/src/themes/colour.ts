export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;

export const isColour = (value: unknown): value is string => typeof value === 'string' && COLOUR_PATTERN.test(value);

/** react-admin validator: empty is allowed, anything else must be #rrggbb. */
export const validateColour = (value: unknown): string | undefined =>
  value == null || value === '' || isColour(value) ? undefined : 'resources.themes.validation.colour';
