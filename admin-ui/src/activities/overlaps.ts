/**
 * What the activity form asks the API before saving: the confirmed activities that overlap the
 * times typed, among those the user may see (the list applies the same scope as the conflict
 * flag). Pure: the form's values in, the list filter out (or null: nothing to ask yet).
 */
export type OverlapInput = { start?: unknown; end?: unknown; status?: unknown };

/** Only an activity that is or may become confirmed can clash; done and cancelled ones cannot. */
const MAY_CLASH = ['confirmed', 'tentative'];

export function overlapFilter(values: OverlapInput, id?: unknown): Record<string, unknown> | null {
  const { start, end, status } = values;
  if (typeof start !== 'string' || typeof end !== 'string' || !MAY_CLASH.includes(String(status))) return null;
  const from = Date.parse(start);
  const to = Date.parse(end);
  // Touching ends are no clash (10:00–11:00 then 11:00–12:00), the same rule as the server's.
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return null;
  return {
    status: 'confirmed',
    start_lt: new Date(to).toISOString(),
    end_gt: new Date(from).toISOString(),
    ...(typeof id === 'string' && id ? { id_neq: id } : {}),
  };
}
