/**
 * Issue 10: `kill -9` of the CMS between a post's call and its record. A real CMS process
 * (`node cms/server.js`, its scheduled jobs on) publishes one X and one Facebook piece to the
 * local platforms, which create the posts and hold their answers back; the process is killed
 * right then. Once its claims expire (moved back here: the process is gone, waiting out the
 * 15-minute lease proves nothing), a new CMS process looks the posts up instead of posting
 * again: exactly one post on each platform, each delivery sent with its id, each piece published.
 * SQLite by default; MariaDB with DATABASE_CLIENT=mysql.
 */
import path from 'node:path';
import knex, { type Knex } from 'knex';
import { startApp } from '../integration/helpers/app';
import { startCmsProcess, type CmsProcess } from '../integration/helpers/cms-process';
import { startFakeX, type FakeX } from '../integration/helpers/fake-x';
import { startFakeFacebook, type FakeFacebook } from '../integration/helpers/fake-facebook';
import { publishPiece, setEnv, type PublishedPiece } from '../integration/helpers/social';

const root = path.resolve(__dirname, '../..');

let x: FakeX;
let fb: FakeFacebook;
let restoreEnv: () => void;
let db: Knex;
const running: CmsProcess[] = [];

/** The test's own connection to the CMS's database (the processes under test own theirs). */
function connect(): Knex {
  if (process.env.DATABASE_CLIENT === 'mysql') {
    return knex({
      client: 'mysql2',
      connection: {
        host: process.env.DATABASE_HOST ?? '127.0.0.1',
        port: Number(process.env.DATABASE_PORT ?? 3306),
        user: process.env.DATABASE_USERNAME ?? 'root',
        password: process.env.DATABASE_PASSWORD ?? '',
        database: process.env.DATABASE_NAME ?? 'sigobito_test',
      },
    });
  }
  return knex({ client: 'better-sqlite3', connection: { filename: path.resolve(root, process.env.DATABASE_FILENAME ?? '.tmp/test-1.db') }, useNullAsDefault: true });
}

/** Polls until `probe` gives a value, or fails naming what never happened. */
async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>, cms?: CmsProcess): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs / 1000} s${cms ? `\n${cms.output().slice(-3000)}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const deliveries = (pieces: PublishedPiece[]) =>
  db('notifications')
    .whereIn('key', pieces.map((p) => p.key))
    .select('channel', 'key', 'status', 'attempts', 'external_id as externalId', 'external_url as externalUrl', 'lease_owner as leaseOwner', 'last_error as lastError');

/** A CMS process with its scheduled jobs every second, publishing to the local platforms. */
async function startPublisher(): Promise<CmsProcess> {
  const cms = await startCmsProcess({ ...x.env, ...fb.env, CRON_ENABLED: 'true', CRON_EVERY_SECONDS: '1', LOG_LEVEL: 'warn' });
  running.push(cms);
  return cms;
}

beforeAll(async () => {
  [x, fb] = await Promise.all([startFakeX(), startFakeFacebook()]);
  restoreEnv = setEnv({ ...x.env, ...fb.env });
});
afterAll(async () => {
  for (const cms of running) await cms.kill();
  await db?.destroy();
  restoreEnv();
  await Promise.all([x.stop(), fb.stop()]);
});

describe('a CMS process killed between the call and the record', () => {
  it('leaves exactly one post per platform, recorded with its id by the next process', async () => {
    // Press publishes: the deliveries are queued (a CMS in this process, stopped before the others start).
    const app = await startApp();
    const pieces = [
      await publishPiece(app.strapi, 'x', { body: 'Corte programado de energía el jueves de 8 a 12 h en la zona norte.', link: 'https://municipio.example/avisos/energia' }),
      await publishPiece(app.strapi, 'facebook', { body: 'Corte programado de energía el jueves de 8 a 12 h en la zona norte.', link: 'https://municipio.example/avisos/energia' }),
    ];
    await app.stop();
    db = connect();

    // The platforms create each post and hold the answer: the process is killed while it waits.
    x.fail('tweet', 'hold');
    fb.fail('feed', 'hold');
    const first = await startPublisher();
    await until('both posts created', 120_000, async () => (x.tweets.length === 1 && fb.posts.length === 1 ? true : undefined), first);
    await Promise.all([x.held(1), fb.held(1)]);
    await first.kill();

    const interrupted = await deliveries(pieces);
    expect(interrupted.map((d) => [d.channel, d.status, Number(d.attempts), d.externalId])).toEqual(
      expect.arrayContaining([
        ['x', 'sending', 1, null],
        ['facebook', 'sending', 1, null],
      ]),
    );

    // Its claims run out (the lease the dead process held).
    const past = new Date(Date.now() - 60_000);
    await db('notifications')
      .whereIn('key', pieces.map((p) => p.key))
      .update({ lease_until: process.env.DATABASE_CLIENT === 'mysql' ? past : past.getTime() });

    const second = await startPublisher();
    const shownOnPieces = () => db('pieces').whereIn('document_id', pieces.map((p) => p.piece)).select('status', 'external_id as externalId');
    const settled = await until(
      'both deliveries recorded, and shown on their pieces',
      120_000,
      async () => {
        const rows = await deliveries(pieces);
        const shown = await shownOnPieces();
        return rows.every((r) => r.status === 'sent') && shown.every((p) => p.status === 'published') ? rows : undefined;
      },
      second,
    );

    expect(x.tweets).toHaveLength(1);
    expect(fb.posts).toHaveLength(1);
    const byChannel = Object.fromEntries(settled.map((r) => [r.channel, r]));
    expect(byChannel.x).toMatchObject({ attempts: 1, externalId: x.tweets[0].id, externalUrl: `https://x.com/i/web/status/${x.tweets[0].id}` });
    expect(byChannel.facebook).toMatchObject({ attempts: 1, externalId: fb.posts[0].id });
    expect(Number(byChannel.x.attempts) + Number(byChannel.facebook.attempts)).toBe(2);
    const shown = await shownOnPieces();
    expect(shown.map((p) => p.externalId).sort()).toEqual([x.tweets[0].id, fb.posts[0].id].sort());
    await second.stop();
  });
});
