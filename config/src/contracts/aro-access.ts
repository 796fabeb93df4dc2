/** Goal managers raise and describe ARO; treating them (status, notes) is follow-up's work. */
export const ARO_MANAGER_FIELDS = ['goal', 'milestone', 'kind', 'title', 'description', 'severity', 'dueDate', 'responsible'] as const;

/**
 * What says how serious an ARO is: on one someone else raised, a goal manager lowering the
 * severity or turning a restriction into an alert would hide it from follow-up and the mayor.
 */
export const RAISER_ONLY_ARO_FIELDS = ['kind', 'severity'] as const;

/** The raiser-only fields a write would change on an ARO the caller did not raise. */
export function raiserOnlyChanges(data: Record<string, unknown>, stored: Record<string, unknown>, raisedByCaller: boolean): string[] {
  if (raisedByCaller) return [];
  return RAISER_ONLY_ARO_FIELDS.filter((field) => data[field] !== undefined && data[field] !== stored[field]);
}
