/**
 * What an edit of a member may send. `active`, `deactivatedAt` and `handedOverTo` change only
 * through the deactivate action (it hands over the open work), and an empty password means
 * "keep the current one".
 */
const MANAGED_BY_DEACTIVATION = ['active', 'deactivatedAt', 'handedOverTo'] as const;

export const memberUpdatePayload = <T extends Record<string, unknown>>(data: T): Partial<T> => {
  const payload: Record<string, unknown> = { ...data };
  for (const field of MANAGED_BY_DEACTIVATION) delete payload[field];
  if (payload.password == null || payload.password === '') delete payload.password;
  return payload as Partial<T>;
};
