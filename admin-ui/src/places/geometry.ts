/**
 * The geometry is edited as JSON text: the form keeps the text the user typed (so a half-typed
 * object is not reformatted under the cursor) and it becomes an object only when saved.
 */
export const formatGeometry = (value: unknown): string => {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value, null, 2);
};

export const isValidGeometryText = (value: unknown): boolean => {
  if (typeof value !== 'string' || value.trim() === '') return true;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null;
  } catch {
    return false;
  }
};

/** What the API receives: an object, or null when empty. Assumes the text was validated. */
export const geometryForApi = (value: unknown): unknown => {
  if (typeof value !== 'string') return value ?? null;
  return value.trim() === '' ? null : (JSON.parse(value) as unknown);
};
