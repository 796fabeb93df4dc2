/** A filter from a link may hold one value (`{"health":"delayed"}`): a multiple select needs an array. */
export const asArray = (value: unknown): unknown[] => (value == null || value === '' ? [] : Array.isArray(value) ? value : [value]);

/** Off means "everyone's", not "not mine". null, not undefined: the filter form merges undefined away and would keep "on". */
export const onlyWhenOn = (value: unknown): true | null => (value ? true : null);
