import { lastUpdated, newsDescription, newsStanding, parseNewsQuery, publicCorrections, publicImage, shownImages } from './public-news';

const NOW = new Date('2026-11-30T15:00:00Z');
const web = { channel: 'web', status: 'published', postedAt: '2026-11-30T14:59:59Z' };
const published = { status: 'published', withdrawnAt: null };

describe('whether a piece is news', () => {
  it('is public when the web piece is published and due and its communication published or archived', () => {
    expect(newsStanding(published, web, NOW)).toBe('public');
    expect(newsStanding({ status: 'archived' }, web, NOW)).toBe('public');
    expect(newsStanding(published, { ...web, postedAt: NOW.toISOString() }, NOW)).toBe('public');
  });

  it('is not news a millisecond before it is due, as a draft, on a social channel, or of a communication not published', () => {
    expect(newsStanding(published, { ...web, postedAt: '2026-11-30T15:00:00.001Z' }, NOW)).toBeNull();
    expect(newsStanding(published, { ...web, postedAt: null }, NOW)).toBeNull();
    expect(newsStanding(published, { ...web, status: 'scheduled' }, NOW)).toBeNull();
    expect(newsStanding(published, { ...web, status: 'draft' }, NOW)).toBeNull();
    expect(newsStanding(published, { ...web, channel: 'x' }, NOW)).toBeNull();
    expect(newsStanding(published, { ...web, channel: 'facebook' }, NOW)).toBeNull();
    for (const status of ['identified', 'in_preparation', 'in_review', 'approved', 'discarded']) expect(newsStanding({ status }, web, NOW)).toBeNull();
  });

  it('is withdrawn once it has a withdrawal date, and only if it had been public', () => {
    expect(newsStanding({ ...published, withdrawnAt: '2026-11-30T16:00:00Z' }, web, NOW)).toBe('withdrawn');
    expect(newsStanding({ status: 'archived', withdrawnAt: new Date('2026-11-01') }, web, NOW)).toBe('withdrawn');
    expect(newsStanding({ status: 'in_review', withdrawnAt: '2026-11-30T16:00:00Z' }, web, NOW)).toBeNull();
    expect(newsStanding({ ...published, withdrawnAt: 'not a date' }, web, NOW)).toBe('public');
  });
});

describe('corrections', () => {
  it('keeps the well-formed ones, oldest first, with ISO dates and trimmed notes', () => {
    expect(
      publicCorrections([
        { at: '2026-11-30T12:00:00-05:00', note: ' Segunda. ' },
        { at: '2026-11-29T10:00:00Z', note: 'Primera.' },
        { at: 'ayer', note: 'Sin fecha' },
        { at: '2026-11-29T10:00:00Z', note: '   ' },
        { note: 'Sin nada' },
        null,
        'texto',
      ]),
    ).toEqual([
      { at: '2026-11-29T10:00:00.000Z', note: 'Primera.' },
      { at: '2026-11-30T17:00:00.000Z', note: 'Segunda.' },
    ]);
  });

  it('has none when the field is empty or not a list, and the last one dates the update', () => {
    expect(publicCorrections(null)).toEqual([]);
    expect(publicCorrections({ at: '2026-11-29', note: 'x' })).toEqual([]);
    expect(lastUpdated([])).toBeNull();
    expect(lastUpdated([{ at: 'a', note: '1' }, { at: 'b', note: '2' }])).toBe('b');
  });
});

describe('the images a news item shows', () => {
  const img = (id: number, mime = 'image/png') => ({ id, url: `/uploads/f${id}.png`, mime, width: 800, height: 600.4 });

  it('pairs each image with its alt text, in the piece order, numbered from 1', () => {
    const shown = shownImages([img(7), img(3)], [{ file: 3, alt: ' Placa ' }, { file: 7, alt: 'Puente' }]);
    expect(shown).toEqual([
      { n: 1, file: 7, url: '/uploads/f7.png', alt: 'Puente', width: 800, height: 600, mime: 'image/png' },
      { n: 2, file: 3, url: '/uploads/f3.png', alt: 'Placa', width: 800, height: 600, mime: 'image/png' },
    ]);
    expect(publicImage(shown[0])).toEqual({ n: 1, alt: 'Puente', width: 800, height: 600, mime: 'image/png' });
  });

  it('leaves out an image without alt text, and a file that is not an image, numbering the rest without gaps', () => {
    const shown = shownImages([img(1), img(2), img(3, 'application/pdf'), img(4, 'image/svg+xml'), img(5)], [
      { file: 1, alt: '' },
      { file: 3, alt: 'Acta' },
      { file: 4, alt: 'Dibujo' },
      { file: 5, alt: 'Vecinos' },
    ]);
    expect(shown.map((s) => [s.n, s.file])).toEqual([[1, 5]]);
  });

  it('shows nothing when the alt texts are missing or malformed', () => {
    expect(shownImages([img(1)], null)).toEqual([]);
    expect(shownImages([img(1)], [{ file: 1, alt: 3 }])).toEqual([]);
    expect(shownImages(null, [])).toEqual([]);
  });

  it('keeps unknown or senseless sizes out', () => {
    expect(shownImages([{ id: 1, url: '/uploads/a.png', mime: 'image/png', width: null, height: -3 }], [{ file: 1, alt: 'A' }])[0]).toMatchObject({ width: null, height: null });
  });
});

describe('the description of a news item', () => {
  it('is its summary when it has one', () => {
    expect(newsDescription('  El puente abre.  ', '<p>Otro texto</p>')).toBe('El puente abre.');
  });

  it('is the text of a short body as it is, without tags', () => {
    expect(newsDescription(null, '<h2>Obra</h2><p>El puente &amp; la vía.</p>')).toBe('Obra El puente & la vía.');
  });

  it('cuts a long body at a word, within 160 characters, with an ellipsis', () => {
    const text = newsDescription('', `<p>${'palabra '.repeat(40)}</p>`);
    expect([...text].length).toBeLessThanOrEqual(160);
    expect(text).toMatch(/^(palabra ){19}palabra…$/);
  });

  it('drops a word the cut would split', () => {
    expect(newsDescription(null, `${'a'.repeat(155)} bcdefgh`)).toBe(`${'a'.repeat(155)}…`);
  });

  it('cuts a body without spaces at 159 characters', () => {
    expect(newsDescription(null, 'x'.repeat(400))).toBe(`${'x'.repeat(159)}…`);
  });
});

describe('the list query', () => {
  it('defaults to the first page of ten', () => {
    expect(parseNewsQuery({})).toEqual({ value: { page: 1, pageSize: 10 }, problems: [] });
  });

  it('takes a page, a page size up to 50 and theme, place and goal codes', () => {
    expect(parseNewsQuery({ page: '3', pageSize: '50', theme: 'T-AGUA', place: 'C_1', goal: 'abc123' }).value).toEqual({ page: 3, pageSize: 50, theme: 'T-AGUA', place: 'C_1', goal: 'abc123' });
  });

  it('refuses numbers out of range or not whole, and codes that cannot be codes, each with its field', () => {
    const { problems } = parseNewsQuery({ page: '0', pageSize: '51', theme: ['a', 'b'], place: { $ne: 'x' }, goal: 'a'.repeat(65) });
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['page', 'out_of_range'],
      ['pageSize', 'out_of_range'],
      ['theme', 'invalid_format'],
      ['place', 'invalid_format'],
      ['goal', 'invalid_format'],
    ]);
    expect(parseNewsQuery({ page: '1.5' }).problems[0]).toMatchObject({ path: 'page', params: { min: 1, max: 10_000 } });
    expect(parseNewsQuery({ page: '10001' }).problems).toHaveLength(1);
  });
});
