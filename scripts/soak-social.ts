/* `npm run soak:social`: 200 pieces × 3 channels (X, Facebook, web) published through the outbox
   against the local X and Graph API servers, with 30 % of the platforms' calls failing (rate
   limits, 503s, connections cut after the post was created, duplicate answers, refused
   credentials). A CMS runs in this process on a throwaway database (SQLite, or
   <DATABASE_NAME>_soak on MariaDB with DATABASE_CLIENT=mysql), flushed on a simulated clock
   (five minutes a round), so retries and rate-limit waits pass in seconds. Checks that no
   delivery is lost or duplicated and that every one ends sent, failed or handed to a person,
   with its reason; prints the figures and exits non-zero otherwise.
   The web channel is the module's own adapter when one is registered; otherwise a stand-in
   (`soak-web-stand-in`, clearly not the real one) that keeps posts in memory, with the same faults.
   Compiled by tsc and run by Node itself (the npm script), like cms/scripts/seed.js: Strapi does
   not load through a TypeScript loader (tsx resolves one of Koa's dependencies to its ES module). */
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { deliveryKey, facebookPostText, repoRoot, resetEnvCache, xPostText, type PieceChannel } from '@sigobito/config';
import { CMS_DIST, compileCms, loadCms } from './lib/cms';
import { startFakeX } from '../tests/integration/helpers/fake-x';
import { startFakeFacebook } from '../tests/integration/helpers/fake-facebook';
import type { Fault } from '../tests/integration/helpers/fake-platform';
import { recreateDatabase } from '../tests/integration/helpers/mysql';

const PIECES = Number(process.env.SOAK_PIECES ?? 200);
const FAULT_RATE = Number(process.env.SOAK_FAULT_RATE ?? 0.3);
const ROUND_MS = 5 * 60_000;
const MAX_ROUNDS = 400;
const OUTBOX_UID = 'api::notification.notification';
const FINAL = ['sent', 'failed', 'needs_review'];
const CHANNELS: PieceChannel[] = ['web', 'x', 'facebook'];

const load = (p: string) => require(path.join(CMS_DIST, p));

/** A seeded random source, so a failing run can be replayed (SOAK_SEED). */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}
const seed = Number(process.env.SOAK_SEED ?? Date.now() % 100_000);
const random = rng(seed);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];

/** 30 % of calls fail; which way depends on what the call is (only a post can be a duplicate). */
function faultFor(postCall: boolean): Fault | null {
  if (random() >= FAULT_RATE) return null;
  return pick<Fault>(postCall ? ['rate_limit', 'unavailable', 'drop', 'drop', 'duplicate', 'expired'] : ['rate_limit', 'unavailable', 'drop', 'expired']);
}

function setUpEnvironment(extra: Record<string, string>) {
  const mysql = process.env.DATABASE_CLIENT === 'mysql';
  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SIGOBITO_ENV_FILE: '/nonexistent/.env',
    CRON_ENABLED: 'false',
    LOG_LEVEL: 'error',
    SERVE_BACKOFFICE: 'false',
    APP_KEYS: 'soak-key-aaaaaaaaaaaaaaaa,soak-key-bbbbbbbbbbbbbbbb',
    API_TOKEN_SALT: 'soak-api-token-salt-000',
    ADMIN_JWT_SECRET: 'soak-admin-jwt-secret-00',
    TRANSFER_TOKEN_SALT: 'soak-transfer-salt-00000',
    JWT_SECRET: 'soak-jwt-secret-0000000000',
    ENCRYPTION_KEY: 'soak-encryption-key-00000',
    SITE_RELAY_SECRET: 'soak-site-relay-secret-00',
    DEMO_PASSWORD: 'soak-demo-password',
    CMS_PUBLIC_DIR: '.tmp/soak-social-public',
    ...(mysql ? { DATABASE_NAME: `${process.env.DATABASE_NAME ?? 'sigobito'}_soak` } : { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: '.tmp/soak-social.db' }),
    ...extra,
  });
  for (const k of ['SMTP_HOST', 'S3_BUCKET', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'REDIS_URL']) delete process.env[k];
  resetEnvCache();
}

async function freshDatabase() {
  if (process.env.DATABASE_CLIENT === 'mysql') return recreateDatabase(process.env.DATABASE_NAME!);
  const file = path.join(repoRoot, '.tmp', 'soak-social.db');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  fs.rmSync(path.join(repoRoot, '.tmp', 'soak-social-public'), { recursive: true, force: true });
  fs.mkdirSync(path.join(repoRoot, '.tmp', 'soak-social-public', 'uploads'), { recursive: true });
}

/** The web channel's stand-in when the module has no web adapter: a site in memory, with the same faults. */
function webStandIn(strapi: Core.Strapi) {
  const { retryLater, outcomeUnknown } = load('src/outbox/errors');
  const { SOCIAL_POLICY } = load('src/modules/communications/channels/social');
  const { applyDeliveryOutcome } = load('src/modules/communications/piece-sync');
  const site = new Map<string, { id: string; published: number }>();
  return {
    site,
    adapter: {
      channel: 'web',
      policy: SOCIAL_POLICY,
      async send(m: { key: string }) {
        const fault = faultFor(true);
        if (fault === 'rate_limit' || fault === 'unavailable' || fault === 'expired') throw retryLater(`soak-web-stand-in: ${fault}`);
        const entry = site.get(m.key) ?? { id: `news-${site.size + 1}`, published: 0 };
        entry.published++;
        site.set(m.key, entry);
        if (fault === 'drop' || fault === 'duplicate') throw outcomeUnknown('soak-web-stand-in: answer lost after publishing');
        return { externalId: entry.id, externalUrl: `https://municipio.example/noticias/${entry.id}` };
      },
      async reconcile(m: { key: string }) {
        const found = site.get(m.key);
        return found ? { outcome: 'found', externalId: found.id, externalUrl: `https://municipio.example/noticias/${found.id}` } : { outcome: 'absent' };
      },
      async settled(m: { payload: { piece: string } }, outcome: unknown) {
        await applyDeliveryOutcome(strapi, m.payload.piece, outcome);
      },
    },
  };
}

async function uploadImage(strapi: Core.Strapi, name: string): Promise<number> {
  const file = path.join(repoRoot, '.tmp', `soak-${name}`);
  // One pixel, a different colour per image.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  fs.writeFileSync(file, png);
  const [uploaded] = (await strapi
    .plugin('upload')
    .service('upload')
    .upload({ data: { fileInfo: [{}] }, files: [{ filepath: file, originalFilename: name, mimetype: 'image/png', size: png.length }] })) as Array<{ id: number }>;
  return uploaded.id;
}

async function main() {
  const started = performance.now();
  const [x, fb] = await Promise.all([startFakeX(), startFakeFacebook()]);
  x.rateLimitResetSeconds = 120;
  fb.rateLimitMinutes = 3;
  setUpEnvironment({ ...x.env, ...fb.env });
  await freshDatabase();
  await compileCms();
  const strapi = await loadCms();
  let clock = new Date();
  try {
    await load('src/seed/demo').seedDemo(strapi, { password: 'soak-demo-password', log: () => undefined });
    const { registerAdapter, adapterFor } = load('src/outbox/adapters');
    const { flushOutbox } = load('src/outbox/outbox');
    const { socialCronJobs } = load('src/modules/communications/channels');
    const { createSocialAdapter } = load('src/modules/communications/channels/social');
    const { createXClient } = load('src/modules/communications/channels/x');
    const { createFacebookClient } = load('src/modules/communications/channels/facebook');
    // Everyone reads the soak's clock, the one the outbox is flushed with: the adapters, the
    // platform clients (a rate limit's wait) and the platforms themselves (a reset, a post's time).
    const now = () => clock;
    x.now = now;
    fb.now = now;
    for (const client of [createXClient({ now }), createFacebookClient({ now })]) registerAdapter(createSocialAdapter(strapi, client, { now }));
    const standIn = adapterFor('web') ? null : webStandIn(strapi);
    if (standIn) registerAdapter(standIn.adapter);

    const images = [await uploadImage(strapi, 'uno.png'), await uploadImage(strapi, 'dos.png')];
    type Queued = { channel: PieceChannel; key: string; text: string };
    const queued: Queued[] = [];
    for (let i = 1; i <= PIECES; i++) {
      const communication = (await strapi.documents('api::communication.communication' as never).create({
        data: { title: `Aviso ${i} de la prueba de resistencia`, origin: 'institutional', status: 'approved' },
      } as never)) as { documentId: string };
      for (const channel of CHANNELS) {
        const withImages = channel === 'web' || i % 3 === 0 ? images.slice(0, channel === 'web' ? 1 : 1 + (i % 2)) : [];
        const alts = withImages.map((file, n) => ({ file, alt: `Imagen ${n + 1} del aviso ${i}` }));
        const body = channel === 'web' ? `<p>Aviso ${i}: corte de tránsito en la calle ${i}.</p>` : `Aviso ${i} (${channel}): corte de tránsito en la calle ${i} por obras.`;
        const link = i % 2 ? `https://municipio.example/avisos/${i}?canal=${channel}&ref=soak` : null;
        const piece = (await strapi.documents('api::piece.piece' as never).create({
          data: { communication: communication.documentId, channel, title: `Aviso ${i}`, body, link, images: withImages, imageAlts: alts, status: 'sending' },
        } as never)) as { documentId: string };
        const text = channel === 'x' ? xPostText({ body, link }) : channel === 'facebook' ? facebookPostText({ body }) : body;
        const payload = { piece: piece.documentId, communication: communication.documentId, channel, title: `Aviso ${i}`, text, link, images: alts, scheduledAt: null };
        const key = deliveryKey(piece.documentId);
        await strapi.db.query(OUTBOX_UID).create({ data: { channel, key, payload, status: 'pending', attempts: 0 } });
        // What the platform shows: a Facebook post with photos carries its link in the text.
        const shown = channel === 'facebook' && alts.length && link ? `${text}\n${link}` : text;
        queued.push({ channel, key, text: shown });
      }
    }
    const queuedAt = performance.now();

    x.setRandomFaults((endpoint) => faultFor(endpoint === 'tweet'));
    fb.setRandomFaults((endpoint) => faultFor(endpoint === 'feed'));

    const q = strapi.db.query(OUTBOX_UID);
    const open = () => q.count({ where: { channel: { $in: CHANNELS }, status: { $notIn: FINAL } } }) as Promise<number>;
    let rounds = 0;
    for (; rounds < MAX_ROUNDS && (await open()) > 0; rounds++) {
      for (let n = 0; n < 20; n++) if (!(await flushOutbox(strapi, clock)) && n > 2) break;
      await socialCronJobs.socialChannelProbe.task({ strapi });
      clock = new Date(clock.getTime() + ROUND_MS);
    }
    x.setRandomFaults(null);
    fb.setRandomFaults(null);

    // The figures.
    const rows = (await q.findMany({ where: { channel: { $in: CHANNELS } }, select: ['channel', 'key', 'status', 'attempts', 'externalId', 'lastError'] })) as Array<{ channel: PieceChannel; key: string; status: string; attempts: number; externalId: string | null; lastError: string | null }>;
    const rowOf = new Map(rows.map((r) => [`${r.channel}:${r.key}`, r]));
    const postsFor = (d: Queued): Array<{ id: string }> =>
      d.channel === 'x' ? x.postsWithText(d.text) : d.channel === 'facebook' ? fb.postsWithText(d.text) : standIn ? (standIn.site.get(d.key) ? [standIn.site.get(d.key)!] : []) : [];
    let lost = 0;
    let duplicated = 0;
    let withoutReason = 0;
    const problems: string[] = [];
    for (const d of queued) {
      const row = rowOf.get(`${d.channel}:${d.key}`)!;
      const posts = postsFor(d);
      const twice = posts.length > 1 || (d.channel === 'web' && standIn && (standIn.site.get(d.key)?.published ?? 0) > 1);
      if (twice) {
        duplicated++;
        problems.push(`${d.channel} ${d.key}: posted ${posts.length > 1 ? posts.length : standIn!.site.get(d.key)!.published} times`);
      }
      const webReal = d.channel === 'web' && !standIn;
      if (!FINAL.includes(row.status)) {
        lost++;
        problems.push(`${d.channel} ${d.key}: still ${row.status}`);
      } else if (row.status === 'sent' && !webReal && (posts.length !== 1 || posts[0].id !== row.externalId)) {
        lost++;
        problems.push(`${d.channel} ${d.key}: sent as ${row.externalId} but the platform has ${posts.map((p) => p.id).join(', ') || 'nothing'}`);
      } else if (row.status === 'failed' && !webReal && posts.length) {
        lost++;
        problems.push(`${d.channel} ${d.key}: recorded failed but it went out as ${posts[0].id}`);
      } else if (row.status !== 'sent' && !row.lastError) {
        withoutReason++;
        problems.push(`${d.channel} ${d.key}: ${row.status} without a reason`);
      }
    }
    const emails = (await q.findMany({ where: { channel: 'email' }, select: ['key'] })) as Array<{ key: string }>;
    const count = (channel: PieceChannel, status: string) => rows.filter((r) => r.channel === channel && r.status === status).length;
    const attempts = (channel: PieceChannel) => rows.filter((r) => r.channel === channel).reduce((a, r) => a + Number(r.attempts ?? 0), 0);

    console.log(`\nSoak: ${PIECES} pieces × ${CHANNELS.length} channels = ${queued.length} deliveries, ${Math.round(FAULT_RATE * 100)} % of platform calls failing (seed ${seed})`);
    console.log(`web channel: ${standIn ? 'soak-web-stand-in (the module registers no web adapter in this build)' : "the module's own web adapter (faults injected on X and Facebook only)"}`);
    console.log('channel    sent  failed  needs_review  other  tries');
    for (const c of CHANNELS) {
      const other = rows.filter((r) => r.channel === c && !FINAL.includes(r.status)).length;
      console.log(`${c.padEnd(9)} ${String(count(c, 'sent')).padStart(5)} ${String(count(c, 'failed')).padStart(7)} ${String(count(c, 'needs_review')).padStart(13)} ${String(other).padStart(6)} ${String(attempts(c)).padStart(6)}`);
    }
    console.log(`posts on the platforms: X ${x.tweets.length}, Facebook ${fb.posts.length}${standIn ? `, web stand-in ${standIn.site.size}` : ''}`);
    console.log(`faults served: X ${JSON.stringify(x.served)}; Facebook ${JSON.stringify(fb.served)}`);
    console.log(`e-mails queued: ${emails.filter((e) => e.key.startsWith('channel-paused:')).length} channel paused, ${emails.filter((e) => e.key.startsWith('delivery-failed:')).length} delivery failed`);
    console.log(`simulated time: ${rounds} rounds of 5 min (${((rounds * ROUND_MS) / 3600_000).toFixed(1)} h); wall time ${((performance.now() - started) / 1000).toFixed(0)} s (publishing ${((performance.now() - queuedAt) / 1000).toFixed(0)} s)`);
    console.log(`lost: ${lost}  duplicated: ${duplicated}  final without a reason: ${withoutReason}`);
    const reasons = new Map<string, number>();
    for (const r of rows.filter((r) => r.status !== 'sent')) {
      const reason = `${r.channel} ${r.status}: ${(r.lastError ?? '').replace(/\(([^)]*\d[^)]*)\)/g, '(…)').slice(0, 90)}`;
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    if (reasons.size) console.log('why the others did not go out:');
    for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)} × ${reason}`);
    for (const p of problems.slice(0, 30)) console.log(`  - ${p}`);
    process.exitCode = lost || duplicated || withoutReason ? 1 : 0;
  } finally {
    await strapi.destroy();
    await Promise.all([x.stop(), fb.stop()]);
  }
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 100).unref());
