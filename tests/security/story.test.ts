/* The story (360° view) and the public actor pages: what they must never tell. */
import { can, ROLES, type Role } from '@sigobito/config';
import { PUBLIC_ACTOR_FIELDS, STORY_SUBJECTS, type StoryPage, type StorySubject } from '@sigobito/config/contracts';
import { startApp, type TestApp } from '../integration/helpers/app';
import { page } from '../integration/helpers/agenda';

let app: TestApp;
beforeAll(async () => {
  app = await startApp({ agenda: true, goals: true });
  // The whole demo municipality is seeded: slow on a loaded machine.
}, 300_000);
afterAll(() => app?.stop());

const auth = async (role: Role) => ({ Authorization: `Bearer ${await app.login(role)}` });
const FULL_AGENDA: Role[] = ['mayor', 'agenda'];

describe('the story of an actor, a theme or a place', () => {
  it("never tells a private activity, nor a task, follow-up or communication hanging only from one, to a role that may not see private activities", async () => {
    const mayor = await app.client('mayor');
    const secret = (await mayor.getList('activities', { ...page, filter: { visibility: 'private' } })).data;
    expect(secret.length).toBeGreaterThan(0);
    // Every subject a private activity names, by kind.
    const subjects = new Map<StorySubject, Set<string>>([...STORY_SUBJECTS].map((s) => [s, new Set<string>()]));
    for (const a of secret) {
      for (const id of a.actors as string[]) subjects.get('actors')!.add(id);
      for (const id of a.themes as string[]) subjects.get('themes')!.add(id);
      for (const id of [...(a.places as string[]), ...(a.place ? [a.place as string] : [])]) subjects.get('places')!.add(id);
    }
    expect(subjects.get('actors')!.size).toBeGreaterThan(0);
    const secretIds = new Set(secret.map((a) => a.id as string));
    // Tasks that come only from a private activity (their follow-ups hang from them).
    const tasks = (await mayor.getList('tasks', { ...page, filter: { origin: 'activity' } })).data.filter((t) => secretIds.has(t.activity as string) && !t.request && !t.goal && !t.aro);
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) secretIds.add(t.id as string);
    const secretTitles = secret.map((a) => a.title as string);
    let checked = 0;
    for (const role of ROLES.filter((r) => !FULL_AGENDA.includes(r))) {
      const headers = await auth(role);
      for (const [subject, ids] of subjects) {
        if (!can(role, subject, 'read')) continue;
        for (const id of ids) {
          const res = await app.http.get(`/api/backoffice/${subject}/${id}/story?limit=100`).set(headers);
          expect([role, subject, res.status]).toEqual([role, subject, 200]);
          const body = res.body as StoryPage;
          expect(body.entries.filter((e) => secretIds.has(e.id))).toEqual([]);
          const text = JSON.stringify(body);
          for (const title of secretTitles) expect([role, text.includes(title)]).toEqual([role, false]);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('gives each role, for every kind, no more than the resource itself lists for it', async () => {
    const admin = await app.client('admin');
    const comite = (await admin.getList('actors', { ...page, filter: { code: 'ACT-051' } })).data[0].id as string;
    for (const role of ROLES.filter((r) => can(r, 'actors', 'read'))) {
      const story = (await app.http.get(`/api/backoffice/actors/${comite}/story?limit=100`).set(await auth(role))).body as StoryPage;
      const dp = await app.client(role);
      for (const entry of story.entries) {
        // Whatever the story shows, the caller may open; what it may not open, the story does not show.
        const one = await dp.getOne(entry.kind, { id: entry.id }).catch((e: { status?: number }) => ({ data: null, status: e.status }));
        expect([role, entry.kind, entry.title, !!one.data]).toEqual([role, entry.kind, entry.title, true]);
      }
    }
  });
});

describe('the public actor page', () => {
  it('does not exist for any person, and never answers contact data', async () => {
    const admin = await app.client('admin');
    const actors = (await admin.getList('actors', { ...page, filter: {} })).data as Array<{ code: string | null; kind: string; email: string | null; phone: string | null }>;
    const people = actors.filter((a) => a.kind === 'person' && a.code);
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) expect([p.code, (await app.http.get(`/api/public/actors/${p.code}`)).status]).toEqual([p.code, 404]);
    for (const a of actors.filter((x) => x.kind !== 'person' && x.code)) {
      const res = await app.http.get(`/api/public/actors/${a.code}`);
      expect([a.code, res.status]).toEqual([a.code, 200]);
      const text = JSON.stringify(res.body);
      for (const secret of [a.email, a.phone].filter((v): v is string => !!v)) expect([a.code, text.includes(secret)]).toEqual([a.code, false]);
      expect(Object.keys(res.body.data.actor).sort()).toEqual([...PUBLIC_ACTOR_FIELDS].sort());
    }
  });
});
