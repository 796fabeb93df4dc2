import fs from 'node:fs';
import path from 'node:path';
import { COMMUNICATION_STATUSES, deliveryKey, isNewsSlug, opportunityKey, pieceProblems, type PieceChannel } from '@sigobito/config/contracts';
import { startApp, DEMO_PASSWORD, type TestApp } from '../helpers/app';
import { CMS_DIST } from '../../../scripts/lib/cms';

/*
 * The demo communications, seeded after the demo goals and agenda: every status, origins that
 * exist, web news consistent with what publishing writes (slug, delivery rows), the images with
 * their alt text, a scheduled news item with its pending delivery; and seeding again adds nothing.
 */

const COMMUNICATION_UID = 'api::communication.communication';
const PIECE_UID = 'api::piece.piece';
const OUTBOX_UID = 'api::notification.notification';
const FILE_UID = 'plugin::upload.file';

let app: TestApp;
 
const load = (p: string) => require(path.join(CMS_DIST, p));

type Piece = {
  documentId: string;
  channel: PieceChannel;
  title: string | null;
  summary: string | null;
  body: string;
  link: string | null;
  status: string;
  postedAt: string | null;
  scheduledAt: string | null;
  externalUrl: string | null;
  imageAlts: Array<{ file: number; alt: string }> | null;
  images: Array<{ id: number; mime: string; size: number; url: string }> | null;
};
type Communication = {
  documentId: string;
  title: string;
  status: string;
  origin: string;
  opportunityKey: string | null;
  slug: string | null;
  approvedAt: string | null;
  approvedBy: { id: number } | null;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  corrections: Array<{ at: string; note: string }> | null;
  milestone: { documentId: string; status: string; goal: { isPublic: boolean } | null } | null;
  activity: { documentId: string; status: string; visibility: string } | null;
  goal: { documentId: string } | null;
  themes: unknown[];
  places: unknown[];
  pieces: Piece[];
};

const communications = () =>
  app.strapi.db.query(COMMUNICATION_UID).findMany({
    populate: {
      milestone: { select: ['documentId', 'status'], populate: { goal: { select: ['isPublic'] } } },
      activity: { select: ['documentId', 'status', 'visibility'] },
      goal: { select: ['documentId'] },
      approvedBy: { select: ['id'] },
      themes: { select: ['id'] },
      places: { select: ['id'] },
      pieces: { populate: { images: true } },
    },
  }) as Promise<Communication[]>;
const deliveries = () => app.strapi.db.query(OUTBOX_UID).findMany({ where: { channel: { $in: ['web', 'x', 'facebook'] } } }) as Promise<Array<Record<string, unknown>>>;

let all: Communication[];
const pieces = () => all.flatMap((c) => c.pieces.map((p) => ({ ...p, communication: c })));

beforeAll(async () => {
  app = await startApp({ agenda: true, goals: true });
  all = await communications();
});
afterAll(() => app.stop());

describe('the demo communications', () => {
  it('are at least eight, in every status, and the demo goals and agenda proposed none of their own', async () => {
    const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../database/seeds/communications.json'), 'utf8')) as { communications: unknown[] };
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(all).toHaveLength(file.communications.length);
    expect(new Set(all.map((c) => c.status))).toEqual(new Set(COMMUNICATION_STATUSES));
    for (const c of all) expect([c.title, c.themes.length + c.places.length > 0]).toEqual([c.title, true]);
  });

  it('include one from a done milestone of a public goal, under its opportunity key, and one from a public activity held', () => {
    const fromMilestone = all.find((c) => c.origin === 'milestone' && c.status === 'published')!;
    expect(fromMilestone.milestone).toMatchObject({ status: 'done', goal: { isPublic: true } });
    expect(fromMilestone.goal).not.toBeNull();
    expect(fromMilestone.opportunityKey).toBe(opportunityKey('milestone', fromMilestone.milestone!.documentId));
    const fromActivity = all.find((c) => c.origin === 'activity' && c.opportunityKey)!;
    expect(fromActivity.activity).toMatchObject({ status: 'done', visibility: 'public' });
    expect(fromActivity.opportunityKey).toBe(opportunityKey('activity', fromActivity.activity!.documentId));
  });

  it('publish web news as publishing would: piece published with its address, communication published with a unique slug, delivery sent', async () => {
    const outbox = await deliveries();
    const news = pieces().filter((p) => p.channel === 'web' && p.status === 'published');
    expect(news.length).toBeGreaterThanOrEqual(3);
    const slugs = new Set<string>();
    for (const p of news) {
      expect(['published', 'archived']).toContain(p.communication.status);
      expect(new Date(p.postedAt!).getTime()).toBeLessThanOrEqual(Date.now());
      expect(isNewsSlug(p.communication.slug)).toBe(true);
      slugs.add(p.communication.slug!);
      expect(p.externalUrl).toMatch(new RegExp(`/noticias/${p.communication.slug}$`));
      expect(p.communication.approvedBy).not.toBeNull();
      expect(outbox.filter((d) => d.key === deliveryKey(p.documentId))).toEqual([expect.objectContaining({ channel: 'web', status: 'sent', externalUrl: p.externalUrl })]);
    }
    expect(slugs.size).toBe(news.length);
    // Nothing unpublished has a slug.
    expect(all.filter((c) => c.slug && !['published', 'archived'].includes(c.status))).toEqual([]);
  });

  it('give every image its alt text, real small image files', () => {
    const withImages = pieces().filter((p) => p.images?.length);
    expect(withImages.length).toBeGreaterThanOrEqual(4);
    for (const p of withImages) {
      for (const img of p.images!) {
        expect(img.mime).toBe('image/jpeg');
        expect(img.size).toBeLessThan(50);
        expect(p.imageAlts!.find((a) => a.file === img.id)?.alt.trim().length).toBeGreaterThan(10);
      }
    }
  });

  it('keep every piece within its channel rules, with X and Facebook pieces among them', () => {
    const all_ = pieces();
    expect(new Set(all_.map((p) => p.channel))).toEqual(new Set(['web', 'x', 'facebook']));
    for (const p of all_) {
      const problems = pieceProblems(
        { channel: p.channel, title: p.title, summary: p.summary, body: p.body, link: p.link, images: (p.images ?? []).map((i) => i.id), imageAlts: p.imageAlts },
        { forPublishing: p.status !== 'draft' },
      );
      expect([p.communication.title, p.channel, problems]).toEqual([p.communication.title, p.channel, []]);
    }
  });

  it('schedule a web news item: piece scheduled later, its communication approved, its delivery pending until then with the DeliveryPayload', async () => {
    const { isDeliveryPayload } = load('src/modules/communications/delivery-payload');
    const scheduled = pieces().filter((p) => p.status === 'scheduled');
    expect(scheduled).toHaveLength(1);
    const [p] = scheduled;
    expect(p.channel).toBe('web');
    expect(p.communication.status).toBe('approved');
    expect(p.communication.slug).toBeNull();
    expect(new Date(p.scheduledAt!).getTime()).toBeGreaterThan(Date.now());
    const [delivery] = (await deliveries()).filter((d) => d.key === deliveryKey(p.documentId));
    expect(delivery).toMatchObject({ channel: 'web', status: 'pending', attempts: 0, sentAt: null });
    expect(new Date(delivery.nextAttemptAt as string).toISOString()).toBe(new Date(p.scheduledAt!).toISOString());
    expect(isDeliveryPayload(delivery.payload)).toBe(true);
    expect(delivery.payload).toEqual({
      piece: p.documentId,
      communication: p.communication.documentId,
      channel: 'web',
      title: p.title,
      text: p.body,
      link: null,
      images: p.imageAlts,
      scheduledAt: new Date(p.scheduledAt!).toISOString(),
    });
  });

  it('withdraw one (date and reason) and correct another (a dated note)', () => {
    const withdrawn = all.filter((c) => c.withdrawnAt);
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]).toMatchObject({ status: 'published', withdrawalReason: expect.stringMatching(/aplazó/) });
    const corrected = all.find((c) => c.corrections?.length)!;
    expect(corrected.corrections![0]).toEqual({ at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/), note: expect.stringMatching(/300 personas/) });
  });

  it('reach citizens as publishing would: the news listed with their images, the withdrawn one only at its address, nothing scheduled', async () => {
    const list = await app.http.get('/api/public/news?pageSize=50');
    expect(list.status).toBe(200);
    const listed = (list.body.data as Array<{ slug: string; cover: { alt: string } | null }>).map((n) => n.slug).sort();
    const news = all.filter((c) => c.slug && !c.withdrawnAt).map((c) => c.slug!).sort();
    expect(listed).toEqual(news);
    for (const item of list.body.data as Array<{ cover: { alt: string } | null }>) expect(item.cover?.alt.length).toBeGreaterThan(10);
    const withdrawn = all.find((c) => c.withdrawnAt)!;
    const page = await app.http.get(`/api/public/news/${withdrawn.slug}`);
    expect(page.status).toBe(200);
    expect(page.body.data).toMatchObject({ body: null, images: [], withdrawn: { reason: withdrawn.withdrawalReason } });
    const corrected = all.find((c) => c.corrections?.length)!;
    expect((await app.http.get(`/api/public/news/${corrected.slug}`)).body.data.corrections).toHaveLength(1);
  });

  it('leave achievements untold for the report to show', async () => {
    const res = await app.http.get('/api/backoffice/reports/untold').set('Authorization', `Bearer ${await app.login('mayor')}`);
    expect(res.status).toBe(200);
    const told = all.filter((c) => c.milestone && c.status !== 'discarded').map((c) => c.milestone!.documentId);
    const untold = res.body.milestones.map((m: { id: string }) => m.id);
    expect(untold.length).toBeGreaterThan(0);
    for (const id of told) expect(untold).not.toContain(id);
  });

  it('is an upsert: seeding again adds nothing (communications, pieces, deliveries, files)', async () => {
    const { seedDemo } = load('src/seed/demo');
    const count = () => Promise.all([COMMUNICATION_UID, PIECE_UID, OUTBOX_UID, FILE_UID].map((uid) => app.strapi.db.query(uid as never).count()));
    const before = await count();
    const lines: string[] = [];
    await seedDemo(app.strapi, { password: DEMO_PASSWORD, log: (m: string) => lines.push(m) });
    expect(await count()).toEqual(before);
    expect(lines.some((l) => /comunicación\s+\d+ acciones, \d+ piezas, \d+ imágenes/.test(l))).toBe(true);
    const again = await communications();
    expect(again.map((c) => [c.title, c.status, c.slug]).sort()).toEqual(all.map((c) => [c.title, c.status, c.slug]).sort());
  });
});
