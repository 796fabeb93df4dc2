import { mergeStory, parseStoryQuery, STORY_WINDOW_MAX, storyInstant, type StoryEntry, type StoryGroup, type StoryKind } from './story';

const TZ = 'America/Panama';
const entry = (kind: StoryKind, id: string, date: string): StoryEntry => ({ kind, id, date, title: id, status: null, subkind: null, parent: null });
const group = (kind: StoryKind, entries: StoryEntry[], total = entries.length): StoryGroup => ({ kind, total, entries });
const all = { kinds: null, start: 0, limit: 25 };
const ids = (page: { entries: StoryEntry[] }) => page.entries.map((e) => e.id);

describe('the story timeline', () => {
  it('tells every module’s entries in one list, newest first', () => {
    const page = mergeStory(
      [
        group('activities', [entry('activities', 'audience', '2026-12-02T15:30:00.000Z'), entry('activities', 'legal', '2026-12-01T19:00:00.000Z')]),
        group('requests', [entry('requests', 'letter', '2026-11-23T15:00:00.000Z')]),
        group('tasks', [entry('tasks', 'clean-lot', '2026-12-14')]),
      ],
      all,
      TZ,
    );
    expect(ids(page)).toEqual(['clean-lot', 'audience', 'legal', 'letter']);
    expect(page.total).toBe(4);
  });

  it('counts a bare day from its local midnight: a task due on the 2nd comes after the 9:00 audience of that day', () => {
    const page = mergeStory(
      [group('activities', [entry('activities', 'audience', '2026-12-02T14:00:00.000Z')]), group('tasks', [entry('tasks', 'due', '2026-12-02')])],
      all,
      TZ,
    );
    expect(ids(page)).toEqual(['audience', 'due']);
    // Midnight in Panama is 05:00 UTC: a 04:00 UTC instant is still the 1st there.
    expect(storyInstant('2026-12-02', TZ)).toBe(Date.parse('2026-12-02T05:00:00Z'));
  });

  it('tells equal dates in the order of the kinds, then by id, so pages never overlap', () => {
    const same = '2026-12-02T15:00:00.000Z';
    const page = mergeStory([group('communications', [entry('communications', 'c', same)]), group('activities', [entry('activities', 'b', same), entry('activities', 'a', same)])], all, TZ);
    expect(ids(page)).toEqual(['b', 'a', 'c']);
  });

  it('counts every kind from the modules’ totals, including kinds with nothing and those beyond the page', () => {
    const page = mergeStory([group('activities', [entry('activities', 'a', '2026-12-02')], 40), group('aros', [], 0)], { kinds: null, start: 0, limit: 1 }, TZ);
    expect(page.counts).toEqual({ activities: 40, aros: 0 });
    expect(page.total).toBe(40);
    expect(page.entries).toHaveLength(1);
  });

  it('shows only the chosen kinds, but still counts all of them for the chips', () => {
    const page = mergeStory(
      [group('activities', [entry('activities', 'a', '2026-12-02')]), group('requests', [entry('requests', 'r', '2026-12-03')])],
      { kinds: ['activities'], start: 0, limit: 25 },
      TZ,
    );
    expect(ids(page)).toEqual(['a']);
    expect(page.counts).toEqual({ activities: 1, requests: 1 });
    expect(page.total).toBe(1);
  });

  it('cuts the page from start to start + limit, and an empty page past the end', () => {
    const entries = ['2026-12-05', '2026-12-04', '2026-12-03', '2026-12-02'].map((d) => entry('milestones', d, d));
    expect(ids(mergeStory([group('milestones', entries)], { kinds: null, start: 1, limit: 2 }, TZ))).toEqual(['2026-12-04', '2026-12-03']);
    expect(mergeStory([group('milestones', entries)], { kinds: null, start: 4, limit: 2 }, TZ).entries).toEqual([]);
  });

  it('is empty for a subject nobody linked to anything', () => {
    expect(mergeStory([], all, TZ)).toEqual({ entries: [], counts: {}, total: 0, start: 0, limit: 25 });
  });

  it('puts an entry with an unreadable date last rather than failing', () => {
    const page = mergeStory([group('goals', [entry('goals', 'bad', 'not a date'), entry('goals', 'ok', '2026-01-01')])], all, TZ);
    expect(ids(page)).toEqual(['ok', 'bad']);
  });
});

describe('the story query', () => {
  it('defaults to every kind, the first page of 25', () => {
    expect(parseStoryQuery({})).toEqual({ value: { kinds: null, start: 0, limit: 25 }, problems: [] });
  });

  it('reads a list of kinds and a page', () => {
    expect(parseStoryQuery({ kind: 'requests,tasks,requests', start: '25', limit: '50' }).value).toEqual({ kinds: ['requests', 'tasks'], start: 25, limit: 50 });
  });

  it('refuses an unknown kind, including the names every object inherits', () => {
    for (const kind of ['meetings', 'constructor', '__proto__', 'tasks,,']) {
      expect(parseStoryQuery({ kind }).problems).toEqual([expect.objectContaining({ path: 'kind', code: 'invalid_choice' })]);
    }
    expect(parseStoryQuery({ kind: ['tasks'] }).problems[0].path).toBe('kind');
  });

  it('refuses a page out of range: negative, too big, not a number, or past the window', () => {
    expect(parseStoryQuery({ limit: '0' }).problems[0]).toMatchObject({ path: 'limit', params: { min: 1, max: 100 } });
    expect(parseStoryQuery({ limit: '101' }).problems[0].path).toBe('limit');
    expect(parseStoryQuery({ start: '-1' }).problems[0].path).toBe('start');
    expect(parseStoryQuery({ start: '1e3' }).problems[0].path).toBe('start');
    expect(parseStoryQuery({ start: String(STORY_WINDOW_MAX - 25) }).problems).toEqual([]);
    expect(parseStoryQuery({ start: String(STORY_WINDOW_MAX - 24) }).problems[0]).toMatchObject({ path: 'start', params: { max: STORY_WINDOW_MAX - 25 } });
  });
});
