// users-permissions' rate limiter (koa2-ratelimit 1.1): only the Store base class SIGOBito extends.
declare module 'koa2-ratelimit' {
  export type StoreOptions = { interval: number; max: number };
  export class Store {
    incr(key: string, options: StoreOptions, weight: number): Promise<{ counter: number; dateEnd: number }>;
    decrement(key: string, options: StoreOptions, weight: number): Promise<void>;
    saveAbuse(options: unknown): void;
  }
  export const Stores: { Store: typeof Store };
}
