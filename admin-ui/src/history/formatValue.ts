import { isIsoDateTime } from '../common/dateTime';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `dateTime` formats ISO instants (e.g. deactivatedAt) for the municipality, `day` calendar days
 * (a due date); without them they stay as written.
 */
export type ValueLabels = { empty: string; yes: string; no: string; dateTime?: (iso: string) => string; day?: (day: string) => string };

const NAME_KEYS = ['name', 'fullName', 'title', 'label', 'code'] as const;

/** How one before/after value of a change reads in the history: short, never raw JSON when avoidable. */
export const formatValue = (value: unknown, labels: ValueLabels): string => {
  if (value == null || value === '') return labels.empty;
  if (typeof value === 'boolean') return value ? labels.yes : labels.no;
  if (labels.dateTime && isIsoDateTime(value)) return labels.dateTime(value);
  if (labels.day && typeof value === 'string' && ISO_DAY.test(value)) return labels.day(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? labels.empty : value.map((item) => formatValue(item, labels)).join(', ');
  }
  if (typeof value === 'object') {
    const named = NAME_KEYS.map((key) => (value as Record<string, unknown>)[key]).find(
      (candidate) => typeof candidate === 'string' && candidate !== '',
    );
    return typeof named === 'string' ? named : JSON.stringify(value);
  }
  return String(value);
};

/** Ids found in a reference value (an id, a list of ids, or null). */
export const idsOf = (value: unknown): string[] => {
  if (value == null || value === '') return [];
  if (Array.isArray(value)) return value.flatMap(idsOf);
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  return [];
};
