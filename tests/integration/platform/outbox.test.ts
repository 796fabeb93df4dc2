import path from 'node:path';
import { startApp, type TestApp } from '../helpers/app';
import { CMS_DIST } from '../../../scripts/lib/cms';

/* The outbox of every channel (issue 8): claims that keep concurrent workers apart, leases that
   expire after a crash, unknown outcomes looked up instead of resent, and rows that commit with
   the caller's transaction. Fake adapters count what each channel was asked to do. */

const load = (p: string) => require(path.join(CMS_DIST, p));
const outbox = () => load('src/outbox/outbox');
const adapters = () => load('src/outbox/adapters');
const errors = () => load('src/outbox/errors');
const UID = 'api::notification.notification';

let app: TestApp;
const registered: string[] = [];

type Msg = { id: number; key: string; payload: { n?: number }; attempts: number; attemptStartedAt: Date | null };
type Adapter = {
  channel: string;
  send: (m: Msg) => Promise<{ externalId?: string; externalUrl?: string } | void>;
  reconcile?: (m: Msg) => Promise<unknown>;
  configured?: () => boolean;
  leaseMs?: number;
};
const register = (adapter: Adapter) => {
  adapters().registerAdapter(adapter);
  registered.push(adapter.channel);
};
const rowOf = (channel: string, key: string) => app.strapi.db.query(UID).findOne({ where: { channel, key } });
const enqueue = (channel: string, key: string, payload: unknown = {}) => outbox().enqueueMessage(app.strapi, { channel, key, payload });
/** A queued row without the flush `enqueue` asks for, so only the test's own workers act on it. */
const put = (channel: string, key: string, payload: unknown = {}, notBefore?: Date) =>
  app.strapi.db.query(UID).create({ data: { channel, key, payload, status: 'pending', attempts: 0, nextAttemptAt: notBefore ? notBefore.toISOString() : null } });
const later = (ms: number) => new Date(Date.now() + ms);

/** A send the test finishes when it wants: a worker stuck in it looks like a crashed one. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

async function until(check: () => Promise<boolean>, what: string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  app = await startApp({ seed: false });
});
afterEach(() => {
  for (const channel of registered.splice(0)) adapters().unregisterAdapter(channel);
});
afterAll(async () => {
  await app.stop();
});

describe('the outbox', () => {
  it('sends each of 200 messages exactly once when two workers flush the same rows at the same time', async () => {
    const calls = new Map<string, number>();
    const by = { a: 0, b: 0 };
    register({
      channel: 'fake-pair',
      async send(m) {
        calls.set(m.key, (calls.get(m.key) ?? 0) + 1);
        await new Promise((r) => setImmediate(r));
        return { externalId: `post-${m.key}`, externalUrl: `https://fake.test/${m.key}` };
      },
    });
    for (let i = 0; i < 200; i++) await put('fake-pair', `pair:${i}`, { n: i });
    const [a, b] = [outbox().createOutboxWorker(app.strapi, { owner: 'worker-a', channels: ['fake-pair'] }), outbox().createOutboxWorker(app.strapi, { owner: 'worker-b', channels: ['fake-pair'] })];
    const q = app.strapi.db.query(UID);
    await until(async () => {
      const [sa, sb] = await Promise.all([a.flush(), b.flush()]);
      by.a += sa;
      by.b += sb;
      return (await q.count({ where: { channel: 'fake-pair', status: 'sent' } })) === 200;
    }, '200 messages sent');

    expect(calls.size).toBe(200);
    expect([...calls.values()].every((n) => n === 1)).toBe(true);
    expect(by.a + by.b).toBe(200);
    expect(by.a).toBeGreaterThan(0);
    expect(by.b).toBeGreaterThan(0);
    const rows = await q.findMany({ where: { channel: 'fake-pair' }, select: ['key', 'status', 'attempts', 'externalId', 'externalUrl', 'leaseOwner'] });
    expect(rows.every((r: { key: string; status: string; attempts: number; externalId: string; externalUrl: string }) => r.status === 'sent' && r.attempts === 1 && r.externalId === `post-${r.key}` && r.externalUrl === `https://fake.test/${r.key}`)).toBe(true);
    expect(new Set(rows.map((r: { leaseOwner: string }) => r.leaseOwner))).toEqual(new Set(['worker-a', 'worker-b']));
  });

  it('leaves a row claimed by a live worker alone, and looks up the row of a crashed one instead of resending it', async () => {
    const stuck = deferred();
    const sends: string[] = [];
    const lookups: string[] = [];
    const adapter: Adapter = {
      channel: 'fake-crash',
      leaseMs: 60_000,
      async send(m) {
        sends.push(m.key);
        await stuck.promise;
        return { externalId: 'late' };
      },
      async reconcile(m) {
        lookups.push(m.key);
        return { outcome: 'found', externalId: 'seen-1', externalUrl: 'https://fake.test/seen-1' };
      },
    };
    register(adapter);
    await put('fake-crash', 'crash:1');
    const crashed = outbox().createOutboxWorker(app.strapi, { owner: 'crashed', channels: ['fake-crash'] });
    const hanging = crashed.flush();
    // The claim is stored before the platform is called: wait for both (on MariaDB the call came
    // a moment after the row read 'sending', and the check below ran in between).
    await until(async () => sends.includes('crash:1') && (await rowOf('fake-crash', 'crash:1'))?.status === 'sending', 'the claim and its send');
    const claimed = await rowOf('fake-crash', 'crash:1');
    expect(claimed).toMatchObject({ leaseOwner: 'crashed', attempts: 1 });
    expect(claimed.attemptStartedAt).toBeTruthy();

    const other = outbox().createOutboxWorker(app.strapi, { owner: 'survivor', channels: ['fake-crash'] });
    expect(await other.flush(later(30_000))).toBe(0);
    expect([sends, lookups]).toEqual([['crash:1'], []]);

    // The lease runs out: the survivor asks the platform, which has the post.
    expect(await other.flush(later(61_000))).toBe(1);
    expect([sends, lookups]).toEqual([['crash:1'], ['crash:1']]);
    expect(await rowOf('fake-crash', 'crash:1')).toMatchObject({ status: 'sent', externalId: 'seen-1', externalUrl: 'https://fake.test/seen-1', attempts: 1, leaseOwner: 'survivor' });

    // The stuck worker wakes up: what the survivor recorded stands.
    stuck.resolve();
    await hanging;
    expect(await rowOf('fake-crash', 'crash:1')).toMatchObject({ status: 'sent', externalId: 'seen-1' });
  });

  it('sends again what the platform surely does not have, and hands to a person what it cannot tell', async () => {
    const sends: string[] = [];
    let answer: unknown = { outcome: 'absent' };
    register({
      channel: 'fake-lookup',
      async send(m) {
        sends.push(`${m.key}#${m.attempts}`);
        if (m.attempts === 1) throw errors().outcomeUnknown('timeout after the request went out');
        return { externalId: `id-${m.key}` };
      },
      reconcile: async () => answer,
    });
    const worker = outbox().createOutboxWorker(app.strapi, { channels: ['fake-lookup'], random: () => 0 });
    await put('fake-lookup', 'absent:1');
    await worker.flush();
    expect(await rowOf('fake-lookup', 'absent:1')).toMatchObject({ status: 'unknown', attempts: 1, lastError: 'timeout after the request went out' });
    // Not looked up (nor resent) before its time.
    await worker.flush();
    expect(sends).toEqual(['absent:1#1']);
    await worker.flush(later(2 * 60_000));
    expect(sends).toEqual(['absent:1#1', 'absent:1#2']);
    expect(await rowOf('fake-lookup', 'absent:1')).toMatchObject({ status: 'sent', attempts: 2, externalId: 'id-absent:1' });

    answer = { outcome: 'cannot_tell', reason: 'Hay una publicación parecida, no idéntica' };
    await put('fake-lookup', 'unsure:1');
    await worker.flush();
    await worker.flush(later(2 * 60_000));
    expect(await rowOf('fake-lookup', 'unsure:1')).toMatchObject({ status: 'needs_review', attempts: 1, lastError: 'Hay una publicación parecida, no idéntica' });
    await worker.flush(later(24 * 3600_000));
    expect(sends.filter((s) => s.startsWith('unsure:1'))).toEqual(['unsure:1#1']);
  });

  it('hands an interrupted send to a person when the channel cannot be asked, never resending it', async () => {
    const stuck = deferred();
    let sends = 0;
    register({
      channel: 'fake-blind',
      leaseMs: 1_000,
      async send() {
        sends++;
        await stuck.promise;
      },
    });
    await put('fake-blind', 'blind:1');
    const hanging = outbox().createOutboxWorker(app.strapi, { owner: 'gone', channels: ['fake-blind'] }).flush();
    await until(async () => (await rowOf('fake-blind', 'blind:1'))?.status === 'sending', 'the claim');
    await outbox().createOutboxWorker(app.strapi, { channels: ['fake-blind'] }).flush(later(5_000));
    expect(await rowOf('fake-blind', 'blind:1')).toMatchObject({ status: 'needs_review', lastError: expect.stringMatching(/no se reenvía/) });
    expect(sends).toBe(1);
    stuck.resolve();
    await hanging;
  });

  it('retries later on a transient failure, waits out a rate limit without counting it, and stops when told to give up', async () => {
    const reset = later(15 * 60_000);
    const plan: Record<string, () => never | { externalId: string }> = {
      'rate:1': () => {
        throw errors().retryLater('429 Too Many Requests', { notBefore: reset });
      },
      'bad:1': () => {
        throw errors().giveUp('400 El texto supera el límite');
      },
      'person:1': () => {
        throw errors().needsPerson('401 Token vencido');
      },
    };
    register({ channel: 'fake-fail', send: async (m) => plan[m.key]() });
    for (const key of Object.keys(plan)) await put('fake-fail', key);
    await outbox().createOutboxWorker(app.strapi, { channels: ['fake-fail'], random: () => 0 }).flush();
    const rate = await rowOf('fake-fail', 'rate:1');
    expect(rate).toMatchObject({ status: 'pending', attempts: 0, lastError: '429 Too Many Requests' });
    expect(new Date(rate.nextAttemptAt).getTime()).toBe(reset.getTime());
    expect(await rowOf('fake-fail', 'bad:1')).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null });
    expect(await rowOf('fake-fail', 'person:1')).toMatchObject({ status: 'needs_review', attempts: 1 });

    // A person looked at it and fixed the token: send it again.
    plan['person:1'] = () => ({ externalId: 'ok' });
    expect(await outbox().requeueMessage(app.strapi, 'fake-fail', 'person:1')).toBe(true);
    // Requeuing asks for a flush, as a commit does; this worker may find it already taken.
    await outbox().createOutboxWorker(app.strapi, { channels: ['fake-fail'] }).flush(later(1000));
    await until(async () => (await rowOf('fake-fail', 'person:1')).status === 'sent', 'the requeued message sent');
    expect(await rowOf('fake-fail', 'person:1')).toMatchObject({ status: 'sent', externalId: 'ok', attempts: 1 });
  });

  it('commits a message with the write that caused it, flushes it after the commit, and queues a key once per channel', async () => {
    const sent: string[] = [];
    register({ channel: 'fake-tx', send: async (m) => void sent.push(m.key) });
    await expect(
      app.strapi.db.transaction(async () => {
        expect(await enqueue('fake-tx', 'tx:rolled-back')).toBe(true);
        throw new Error('the write failed half-way');
      }),
    ).rejects.toThrow('half-way');
    expect(await rowOf('fake-tx', 'tx:rolled-back')).toBeNull();

    await app.strapi.db.transaction(async () => {
      expect(await enqueue('fake-tx', 'tx:committed')).toBe(true);
      expect(await enqueue('fake-tx', 'tx:committed')).toBe(false);
    });
    // Nobody calls flush: the commit asked for one.
    await until(async () => sent.includes('tx:committed'), 'the flush after commit');
    expect(await enqueue('fake-tx', 'tx:committed')).toBe(false);
    expect(await enqueue('fake-other', 'tx:committed')).toBe(true);
    expect(sent).toEqual(['tx:committed']);
  });

  it('keeps the messages of a channel without credentials until it has them, and holds a scheduled one until its time', async () => {
    let configured = false;
    const sent: string[] = [];
    register({ channel: 'fake-later', configured: () => configured, send: async (m) => void sent.push(m.key) });
    await put('fake-later', 'later:now');
    await put('fake-later', 'later:scheduled', {}, later(3600_000));
    const worker = outbox().createOutboxWorker(app.strapi, { channels: ['fake-later'] });
    expect(await worker.flush()).toBe(0);
    expect(await rowOf('fake-later', 'later:now')).toMatchObject({ status: 'pending', attempts: 0 });
    configured = true;
    expect(await worker.flush()).toBe(1);
    expect(sent).toEqual(['later:now']);
    expect(await outbox().cancelMessage(app.strapi, 'fake-later', 'later:now')).toBe(false);
    expect(await worker.flush(later(3601_000))).toBe(1);
    expect(sent).toEqual(['later:now', 'later:scheduled']);
  });
});
