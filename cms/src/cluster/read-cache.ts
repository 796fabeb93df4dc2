import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import { getEnv } from '@sigobito/config';
import { sharedRedis } from './redis';
import { afterCommit } from '../backoffice/transaction';

/*
 * What nearly every request reads and nearly never changes — who is behind a token (account,
 * role, member profile, when their sessions last ended), the municipality's settings — kept a
 * few seconds instead of read again by every request. Any write to one of a cache's tables drops
 * the whole cache at once: when it happens and again when its transaction commits (a request
 * that read between the two would otherwise keep the old state). So a session ended, a password
 * changed, a deactivation, a block or a role change is refused on the very next request, and a
 * settings change applies to the next one. With REDIS_URL several processes serve requests: a
 * drop is published to the others, and there entries live 2 s at most (the bound when a message
 * is lost while Redis is away).
 */

/** How long an entry lives in a process alone, and beside other processes (REDIS_URL). */
export const READ_CACHE_TTL_MS = { single: 5000, shared: 2000 } as const;
/** The channel of drops, under this deployment's prefix (several deployments may share a Redis). */
const channel = () => `${getEnv().REDIS_PREFIX}read-cache-drop`;

type ReadCache = {
  name: string;
  /** The content types whose writes change what the cache holds. */
  models: readonly string[];
  /** The cached value of `key`, or what `load` reads, kept for the next requests. */
  get: <T>(key: string, load: () => Promise<T>) => Promise<T>;
  /** Forgets everything, in this process only. */
  dropHere: () => void;
};

const caches = new Map<string, ReadCache>();

export function readCache(name: string, models: readonly string[], max = 2000): ReadCache {
  let store: LRUCache<string, { value: unknown }> | null = null;
  /** Bumped by every drop: a read that began before a drop does not store what it read. */
  let generation = 0;
  const entries = () => (store ??= new LRUCache({ max, ttl: getEnv().REDIS_URL ? READ_CACHE_TTL_MS.shared : READ_CACHE_TTL_MS.single }));
  const cache: ReadCache = {
    name,
    models,
    async get<T>(key: string, load: () => Promise<T>) {
      const hit = entries().get(key);
      if (hit) return hit.value as T;
      const before = generation;
      const value = await load();
      if (generation === before) entries().set(key, { value });
      return value;
    },
    dropHere() {
      generation += 1;
      store = null; // dropped rarely (a write to its tables): the next one takes this boot's TTL
    },
  };
  caches.set(name, cache);
  return cache;
}

/** Drops a cache here and in the other processes, now and once the write under way commits. */
async function drop(strapi: Core.Strapi, cache: ReadCache) {
  cache.dropHere();
  await afterCommit(strapi, () => {
    cache.dropHere();
    const redis = sharedRedis(strapi.log);
    if (redis?.status === 'ready') redis.publish(channel(), cache.name).catch((e: Error) => strapi.log.warn(`cache drop not published: ${e.message}`));
  });
}

type Subscriber = ReturnType<NonNullable<ReturnType<typeof sharedRedis>>['duplicate']>;
let subscriber: Subscriber | null = null;

/** Every cache drops on writes to its tables, and on the other processes' drops. Call at bootstrap. */
export function registerReadCaches(strapi: Core.Strapi) {
  for (const cache of caches.values()) {
    cache.dropHere(); // a CMS booted again in the same process (tests) starts empty, with this boot's TTL
    const onWrite = () => drop(strapi, cache);
    strapi.db.lifecycles.subscribe({
      models: [...cache.models],
      afterCreate: onWrite,
      afterCreateMany: onWrite,
      afterUpdate: onWrite,
      afterUpdateMany: onWrite,
      afterDelete: onWrite,
      afterDeleteMany: onWrite,
    } as never);
  }
  const redis = sharedRedis(strapi.log);
  if (redis && !subscriber) {
    // The shared client refuses commands while disconnected (enableOfflineQueue: false, one retry);
    // the subscription waits for the connection instead, however long Redis is away, or it would
    // be lost when made before the connection is up (it was: the other processes never heard of a
    // drop). ioredis subscribes again after a reconnect.
    const sub = redis.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    sub.on('error', () => undefined); // the shared connection already says Redis is away
    sub.on('message', (from: string, name: string) => {
      if (from === channel()) caches.get(name)?.dropHere();
    });
    // What changed while unsubscribed is unknown: start afresh.
    sub.on('ready', () => caches.forEach((c) => c.dropHere()));
    sub.subscribe(channel()).catch(() => undefined);
    subscriber = sub;
  }
}

/** Closes the subscription (Strapi's destroy). */
export async function closeReadCaches() {
  const sub = subscriber;
  subscriber = null;
  if (!sub) return;
  try {
    await sub.quit();
  } catch {
    sub.disconnect();
  }
}
