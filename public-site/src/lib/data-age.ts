/**
 * How old the CMS's answers behind one page view are. cms.ts records every answer it gives
 * while a view renders; the middleware reads the record to tell the visitor "Datos al …" when
 * some of them stand in for answers the CMS failed to give.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type DataAge = {
  /** When the oldest answer used was fetched (ms since the epoch), null when none was used. */
  oldest: number | null;
  /** Whether some answer was an older copy served because the CMS was down or slow. */
  degraded: boolean;
};

const views = new AsyncLocalStorage<DataAge>();

/** Runs one view's rendering, returning what it rendered and how old its data is. */
export async function trackDataAge<T>(render: () => Promise<T>): Promise<{ result: T; age: DataAge }> {
  const age: DataAge = { oldest: null, degraded: false };
  const result = await views.run(age, render);
  return { result, age };
}

/** Called by cms.ts for each answer a view uses (outside a tracked view it does nothing). */
export function recordAnswer(answer: { fetchedAt: number; degraded: boolean }): void {
  const age = views.getStore();
  if (!age) return;
  age.oldest = age.oldest === null ? answer.fetchedAt : Math.min(age.oldest, answer.fetchedAt);
  age.degraded ||= answer.degraded;
}
