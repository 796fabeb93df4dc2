import { counterOf, formProblems, imageSrcOf, maxImages, pieceForApi, problemsAsErrors, realignAlts, toPieceForm } from './pieceForm';

const stored = (id: number) => ({ id, url: `/uploads/${id}.png?sig=x`, name: `${id}.png` });
const picked = (name: string) => ({ rawFile: { name }, src: `blob:${name}`, title: name });

describe('a piece in its form', () => {
  it('holds one alt text per image, in the images’ order', () => {
    const form = toPieceForm({ channel: 'web', images: [stored(7), stored(3)], imageAlts: [{ file: 3, alt: 'El puente' }, { file: 7, alt: 'La cinta' }] });
    expect(form.imageAlts).toEqual(['La cinta', 'El puente']);
  });

  it('leaves the alt text of an image without one empty, and ignores alts of images no longer there', () => {
    const form = toPieceForm({ channel: 'x', images: [stored(7)], imageAlts: [{ file: 9, alt: 'Otra' }] });
    expect(form.imageAlts).toEqual(['']);
    expect(toPieceForm({ channel: 'x' })).toMatchObject({ images: [], imageAlts: [] });
  });
});

describe('a piece as the API receives it', () => {
  it('uploads the new images in one go and keys every alt text by the image’s id', async () => {
    const uploads: unknown[][] = [];
    const upload = async (files: unknown[]) => {
      uploads.push(files);
      return [41];
    };
    const data = await pieceForApi(
      { communication: 'c1', channel: 'web', title: 'Puente', body: '<p>Hoy</p>', images: [stored(7), picked('nueva.png')], imageAlts: ['La cinta ', 'El puente nuevo'] },
      upload,
    );
    expect(uploads).toEqual([[{ name: 'nueva.png' }]]);
    expect(data).toMatchObject({ images: [7, 41], imageAlts: [{ file: 7, alt: 'La cinta' }, { file: 41, alt: 'El puente nuevo' }] });
  });

  it('uploads nothing when no image is new, and sends empty texts as nothing', async () => {
    const upload = jest.fn();
    const data = await pieceForApi({ communication: 'c1', channel: 'x', title: '  ', summary: '', body: 'Hola', link: '', scheduledAt: '', images: [], imageAlts: [] }, upload);
    expect(upload).not.toHaveBeenCalled();
    expect(data).toEqual({ communication: 'c1', channel: 'x', title: null, summary: null, body: 'Hola', link: null, scheduledAt: null, images: [], imageAlts: [] });
  });

  it('never sends what only the system writes', async () => {
    const data = await pieceForApi({ channel: 'x', body: 'Hola', status: 'published', images: [], imageAlts: [] } as never, jest.fn());
    expect(data).not.toHaveProperty('status');
  });
});

describe('the form’s checks, the server’s rules', () => {
  it('refuses an X text of 281 characters as X counts them, on the body', () => {
    const problems = formProblems({ channel: 'x', body: 'a'.repeat(281), images: [], imageAlts: [] });
    expect(problems).toEqual([expect.objectContaining({ path: 'body', code: 'too_long', params: expect.objectContaining({ max: 280, count: 281, variant: 'weighted' }) })]);
    expect(formProblems({ channel: 'x', body: 'a'.repeat(280), images: [], imageAlts: [] })).toEqual([]);
  });

  it('counts a link as 23 on X', () => {
    const body = `${'a'.repeat(256)} https://municipio.gob.pa/noticias/un-titulo-muy-largo-de-verdad`;
    expect(counterOf('x', { body })).toEqual({ count: 280, max: 280, over: 0, channel: 'x' });
    expect(counterOf('x', { body: 'a'.repeat(258), link: 'https://municipio.gob.pa/noticias/otra' })).toMatchObject({ count: 282, over: 2 });
  });

  it('asks for the alt text of an image just picked, on that image’s input', () => {
    const problems = formProblems({ channel: 'facebook', body: 'Hola', images: [stored(7), picked('b.png')], imageAlts: ['La cinta', ' '] });
    expect(problems).toEqual([expect.objectContaining({ path: 'imageAlts.1', code: 'required', params: { variant: 'alt' } })]);
  });

  it('asks the web for a title, and says nothing of a channel it does not know', () => {
    expect(formProblems({ channel: 'web', body: '<p>Hola</p>', images: [], imageAlts: [] }).map((p) => p.path)).toEqual(['title']);
    expect(formProblems({ channel: 'fax', body: '', images: [], imageAlts: [] })).toEqual([]);
  });

  it('knows how many images each channel takes', () => {
    expect([maxImages('web'), maxImages('facebook'), maxImages('x')]).toEqual([10, 10, 4]);
  });
});

describe('problems as form errors', () => {
  it('puts the first message of each field on it, and image alts on their own input', () => {
    const errors = problemsAsErrors(
      [
        { path: 'body', code: 'required', message: 'a' },
        { path: 'body', code: 'too_long', params: { max: 280 }, message: 'b' },
        { path: 'imageAlts.2', code: 'required', message: 'c' },
      ],
      (p) => `${p.code}!`,
    );
    expect(errors).toEqual({ body: 'required!', 'imageAlts.2': 'required!' });
  });
});

describe('alt texts when the images change', () => {
  const a = stored(1);
  const b = stored(2);
  const c = picked('c.png');

  it('keeps each image’s text when one is removed', () => {
    expect(realignAlts([a, b, c], ['uno', 'dos', 'tres'], [a, c])).toEqual(['uno', 'tres']);
  });

  it('starts a new image empty and follows a reordering', () => {
    expect(realignAlts([a, b], ['uno', 'dos'], [b, a, c])).toEqual(['dos', 'uno', '']);
  });

  it('shows stored images from their address and picked ones from their preview', () => {
    expect(imageSrcOf(a)).toBe('/uploads/1.png?sig=x');
    expect(imageSrcOf(c)).toBe('blob:c.png');
    expect(imageSrcOf(7)).toBeUndefined();
  });
});
