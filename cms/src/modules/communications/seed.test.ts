import fs from 'node:fs';
import path from 'node:path';
import { COMMUNICATION_STATUSES } from '@sigobito/config/contracts';
import { seedProblems, webPayload, type CommunicationsSeed } from './seed';

const dir = path.resolve(__dirname, '../../../../database/seeds');
const seed = JSON.parse(fs.readFileSync(path.join(dir, 'communications.json'), 'utf8')) as CommunicationsSeed;

describe('the demo communications file', () => {
  it('keeps the rules: channel limits, alt text, approvals, published news with their web piece', () => {
    expect(seedProblems(seed)).toEqual([]);
  });

  it('has at least eight communications in every status, from a milestone and from an activity, published, scheduled, withdrawn and corrected news', () => {
    const all = seed.communications;
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((c) => c.status))).toEqual(new Set(COMMUNICATION_STATUSES));
    expect(all.some((c) => c.origin === 'milestone' && c.opportunity && c.status === 'published')).toBe(true);
    expect(all.some((c) => c.origin === 'activity' && c.opportunity)).toBe(true);
    const pieces = all.flatMap((c) => c.pieces ?? []);
    expect(pieces.some((p) => p.channel === 'web' && p.status === 'published' && p.images?.length)).toBe(true);
    expect(pieces.some((p) => p.channel === 'web' && p.status === 'scheduled')).toBe(true);
    expect(pieces.some((p) => p.channel === 'x')).toBe(true);
    expect(pieces.some((p) => p.channel === 'facebook')).toBe(true);
    expect(all.some((c) => c.withdrawal)).toBe(true);
    expect(all.some((c) => c.corrections?.length)).toBe(true);
  });

  it('ships its images, small', () => {
    const files = new Set(seed.communications.flatMap((c) => (c.pieces ?? []).flatMap((p) => (p.images ?? []).map((i) => i.file))));
    for (const f of files) expect([f, fs.statSync(path.join(dir, 'images', f)).size < 50_000]).toEqual([f, true]);
  });

  it('finds what breaks the rules', () => {
    const bad: CommunicationsSeed = {
      communications: [
        { title: 'A', origin: 'milestone', status: 'published', pieces: [{ channel: 'x', body: 'x'.repeat(281), status: 'draft' }] },
        { title: 'B', origin: 'goal', opportunity: true, status: 'approved', approval: { by: 'mayor', day: 0 }, pieces: [{ channel: 'web', title: 'B', body: '<p>b</p>', images: [{ file: 'a.jpg', alt: ' ' }], status: 'scheduled', scheduledDay: 1 }] },
      ],
    };
    expect(seedProblems(bad)).toEqual([
      '«A»: a milestone origin names its goal and order',
      '«A»: published needs its approval',
      '«A»: published news have a published web piece, and only they',
      expect.stringMatching(/^«A» x: body: X admite 280/),
      '«B»: only milestones and activities propose opportunities',
      expect.stringMatching(/^«B» web: imageAlts\.0: /),
    ]);
  });
});

describe('the delivery the seed writes for a web piece', () => {
  it('is the DeliveryPayload publishing writes, with the body sanitised', () => {
    expect(webPayload({ documentId: 'p1', title: 'T', body: '<p onclick="x()">Hola<script>1</script></p>', link: null, scheduledAt: '2026-03-01T12:00:00.000Z' }, 'c1', [{ file: 3, alt: 'Un camión' }])).toEqual({
      piece: 'p1',
      communication: 'c1',
      channel: 'web',
      title: 'T',
      text: '<p>Hola</p>',
      link: null,
      images: [{ file: 3, alt: 'Un camión' }],
      scheduledAt: '2026-03-01T12:00:00.000Z',
    });
  });
});
