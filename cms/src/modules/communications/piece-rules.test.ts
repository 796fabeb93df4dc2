import { changeWords, changedContentFields, deliveryPayloadOf, nextFreeSlug, normalizedAlts, pieceEditProblems, publishMove } from './piece-rules';

describe('when a piece may change', () => {
  it('lets a piece change while its communication is open, up to approval', () => {
    for (const status of ['identified', 'in_preparation', 'in_review', 'approved']) expect(pieceEditProblems(status, 'draft')).toEqual([]);
    expect(pieceEditProblems('approved', 'scheduled')).toEqual([]);
  });

  it('refuses a piece of a published, archived or discarded communication, naming the communication', () => {
    for (const status of ['published', 'archived', 'discarded', undefined]) {
      expect(pieceEditProblems(status, 'draft')).toEqual([expect.objectContaining({ path: 'communication', code: 'not_editable', params: { variant: 'communication' } })]);
    }
  });

  it('sends a published piece to the correction', () => {
    expect(pieceEditProblems('approved', 'published')).toEqual([expect.objectContaining({ path: 'status', code: 'not_editable', params: { variant: 'piece' } })]);
  });
});

describe('what an edit changes of what the approver saw', () => {
  const before = {
    title: 'Inauguramos el puente',
    body: '<p>Hoy</p>',
    images: [{ id: 3, url: '/uploads/a.png?exp=1&sig=x' }],
    imageAlts: [{ file: 3, alt: 'El puente' }],
    scheduledAt: '2030-01-01T15:00:00.000Z',
    link: null,
  };

  it('sees nothing in the form sent back as it was (file objects, the same instant written otherwise, an empty link)', () => {
    expect(changedContentFields(before, { ...before, images: [3], scheduledAt: '2030-01-01T10:00:00-05:00', link: '', status: 'draft' })).toEqual([]);
    expect(changedContentFields({ images: [], imageAlts: null }, { images: [], imageAlts: [] })).toEqual([]);
  });

  it('names the text, images, alt texts and schedule that changed', () => {
    expect(changedContentFields(before, { body: '<p>Mañana</p>' })).toEqual(['body']);
    expect(changedContentFields(before, { images: [3, 4] })).toEqual(['images']);
    expect(changedContentFields(before, { imageAlts: [{ file: 3, alt: 'Otro texto' }] })).toEqual(['imageAlts']);
    expect(changedContentFields(before, { scheduledAt: '2030-01-02T15:00:00.000Z' })).toEqual(['scheduledAt']);
    expect(changedContentFields(before, { scheduledAt: null })).toEqual(['scheduledAt']);
  });
});

describe('alt texts', () => {
  it('keeps one per image, in the images order, and drops entries of other files or of the wrong shape', () => {
    expect(normalizedAlts([5, 4], [{ file: 4, alt: ' Cuatro ' }, { file: 9, alt: 'otra' }, { file: 5, alt: 7 }, null, 'x'])).toEqual([
      { file: 5, alt: '' },
      { file: 4, alt: 'Cuatro' },
    ]);
    expect(normalizedAlts([1], { file: 1, alt: 'no es una lista' })).toEqual([{ file: 1, alt: '' }]);
  });
});

describe("a delivery's payload", () => {
  it("carries X's text with its link, the images with their alt texts, and the schedule", () => {
    const payload = deliveryPayloadOf(
      { documentId: 'p1', channel: 'x', body: 'Hoy inauguramos', link: 'https://muni.example/puente', images: [{ id: 2 }], imageAlts: [{ file: 2, alt: 'El puente' }], scheduledAt: '2030-01-01T15:00:00Z' },
      'c1',
    );
    expect(payload).toEqual({
      piece: 'p1',
      communication: 'c1',
      channel: 'x',
      title: null,
      text: 'Hoy inauguramos\nhttps://muni.example/puente',
      link: 'https://muni.example/puente',
      images: [{ file: 2, alt: 'El puente' }],
      scheduledAt: '2030-01-01T15:00:00.000Z',
    });
  });

  it("carries Facebook's text without the link in it, and the web's body as stored", () => {
    expect(deliveryPayloadOf({ documentId: 'p2', channel: 'facebook', body: ' Hoy ', link: 'https://muni.example' }, 'c1')).toMatchObject({ text: 'Hoy', link: 'https://muni.example' });
    expect(deliveryPayloadOf({ documentId: 'p3', channel: 'web', title: ' Puente ', body: '<p>Hoy</p>' }, 'c1')).toMatchObject({ title: 'Puente', text: '<p>Hoy</p>', images: [] });
  });
});

describe('publishing', () => {
  const now = new Date('2030-01-01T12:00:00Z');
  it('waits for a time still to come and goes at once otherwise', () => {
    expect(publishMove('2030-01-01T12:00:01Z', now)).toEqual({ status: 'scheduled', notBefore: new Date('2030-01-01T12:00:01Z') });
    expect(publishMove('2030-01-01T12:00:00Z', now)).toEqual({ status: 'sending' });
    expect(publishMove(null, now)).toEqual({ status: 'sending' });
  });

  it('gives a news item the first free address', () => {
    expect(nextFreeSlug('2030-01-01-puente', new Set())).toBe('2030-01-01-puente');
    expect(nextFreeSlug('2030-01-01-puente', new Set(['2030-01-01-puente', '2030-01-01-puente-2']))).toBe('2030-01-01-puente-3');
  });
});

describe("the approver's e-mail", () => {
  it('says what changed, and on which channel', () => {
    expect(changeWords(['body', 'images', 'scheduledAt'], 'x')).toBe('el texto, las imágenes y la programación de la pieza de X');
    expect(changeWords(['title'], 'web')).toBe('el título de la pieza de la web');
  });
});
