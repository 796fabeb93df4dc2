import Redis from 'ioredis';
import { getEnv } from '@sigobito/config';

let client: Redis | null = null;

type Log = { info: (m: string) => void; warn: (m: string) => void };

/**
 * The Redis every CMS process shares (REDIS_URL), or null when there is none (one process).
 * Commands are never queued while it is unreachable: they fail at once, so a counter falls back
 * to this process's memory (counters.ts) instead of holding a login until Redis returns.
 */
export function sharedRedis(log: Log = console): Redis | null {
  const url = getEnv().REDIS_URL;
  if (!url) return null;
  if (!client) {
    const c = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 5000, lazyConnect: false });
    let down = false;
    c.on('error', (error: Error) => {
      if (down) return;
      down = true;
      log.warn(`Redis at REDIS_URL is unreachable (${error.message}): login and form limits are counted per process until it is back.`);
    });
    c.on('ready', () => {
      if (down) log.info('Redis is back: login and form limits are shared again.');
      down = false;
    });
    client = c;
  }
  return client;
}

/** Connects at start-up, so that the first requests are counted in Redis too; never blocks the start for long. */
export async function connectSharedRedis(log: Log, timeoutMs = 5000): Promise<void> {
  const c = sharedRedis(log);
  if (!c || c.status === 'ready') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      c.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    c.on('ready', done);
  });
  if ((c.status as string) !== 'ready') log.warn(`Redis at REDIS_URL did not answer within ${timeoutMs / 1000} s: starting anyway, counting limits per process until it does.`);
}

/** Closes the connection (Strapi's destroy), so a stopped CMS leaves nothing open. */
export async function closeSharedRedis(): Promise<void> {
  const c = client;
  client = null;
  if (!c) return;
  try {
    await c.quit();
  } catch {
    c.disconnect();
  }
}
