/** Numbers as the API may send them (decimals can arrive as text); null when missing. */
export const toNumber = (value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && value.trim() !== '') {
    const n = Number(value);
    return Number.isFinite(n) ? n : null;
  }
  return null;
};

/**
 * How far the indicator has gone from its baseline towards its target, in percent (0–100);
 * null when it cannot be said (a value is missing or target equals baseline). Works for
 * indicators that must go down as well as up.
 */
export const indicatorProgress = (baseline: unknown, target: unknown, current: unknown): number | null => {
  const b = toNumber(baseline);
  const t = toNumber(target);
  const c = toNumber(current);
  if (b === null || t === null || c === null || t === b) return null;
  const share = ((c - b) / (t - b)) * 100;
  return Math.round(Math.max(0, Math.min(100, share)) * 10) / 10;
};

/** Executed over planned budget, in percent (may exceed 100: overspending is shown, not hidden); null without a plan. */
export const budgetExecution = (planned: unknown, executed: unknown): number | null => {
  const p = toNumber(planned);
  const e = toNumber(executed) ?? 0;
  if (p === null || p <= 0) return null;
  return Math.round((e / p) * 1000) / 10;
};
