import { AsyncLocalStorage } from 'node:async_hooks';

/** A read the CMS is working on: `signal` aborts when its client disconnects. */
export type ClientWork = { readonly signal: AbortSignal; finished: boolean; refused: number };

const current = new AsyncLocalStorage<ClientWork>();

/** What a statement refused for a client that has gone throws; nobody is left to read the answer. */
export class ClientGoneError extends Error {
  constructor() {
    super('The client disconnected: the rest of its request is not run');
    this.name = 'ClientGoneError';
  }
}

/** Runs `work` for a client: the SQL statements it starts are refused once the client has gone. */
export function forClient<T>(signal: AbortSignal, work: () => Promise<T>): { done: Promise<T>; state: ClientWork } {
  const state: ClientWork = { signal, finished: false, refused: 0 };
  const done = current.run(state, work).finally(() => {
    // Work the request left behind (a timer, a cache filled for everyone) runs in its context too:
    // it is not the gone client's any more.
    state.finished = true;
  });
  return { done, state };
}

/**
 * Runs `work` as nobody's: for a load shared by several requests (a cache filled once), which must
 * not fail because the request that happened to start it has gone.
 */
export const forEveryone = <T>(work: () => PromiseLike<T> | T): Promise<T> => current.exit(async () => await work());

type StatementSource = { on: (event: 'start', listener: (builder: unknown) => void) => unknown };

/**
 * Knex announces every statement ('start', also from transactions) just before it runs it, in the
 * caller's async context: throwing there refuses the statement (its connection goes back to the
 * pool, a transaction rolls back). So a request whose client has gone runs no further statement.
 */
export function refuseStatementsForGoneClients(knex: StatementSource): void {
  knex.on('start', () => {
    const work = current.getStore();
    if (work && !work.finished && work.signal.aborted) {
      work.refused++;
      throw new ClientGoneError();
    }
  });
}
