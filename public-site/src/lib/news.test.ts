import type { PublicNewsDetail } from '@sigobito/config/contracts';
import { correctionLine, feedItems, jsonForScript, newsArticle, newsCount, newsImagePath, newsListHref, newsPath, pageNumber, pagerPages, siteOrigin, withdrawnLine } from './news';

const PANAMA = 'America/Panama';

describe('the canonical origin', () => {
  it('is PUBLIC_SITE_URL without its trailing slash when set', () => {
    expect(siteOrigin('https://transparencia.example.gob.pa/', new URL('http://127.0.0.1:4321/noticias'))).toBe('https://transparencia.example.gob.pa');
  });

  it('is the address the request came to when PUBLIC_SITE_URL is unset or not a URL', () => {
    expect(siteOrigin(undefined, new URL('http://127.0.0.1:4321/noticias'))).toBe('http://127.0.0.1:4321');
    expect(siteOrigin('transparencia', new URL('http://127.0.0.1:4321/'))).toBe('http://127.0.0.1:4321');
  });
});

describe('news addresses', () => {
  it('puts the slug and the image number in the path', () => {
    expect(newsPath('2026-11-30-puente')).toBe('/noticias/2026-11-30-puente');
    expect(newsImagePath('2026-11-30-puente', 2)).toBe('/noticias/2026-11-30-puente/imagenes/2');
  });

  it('links the list with its filters and page, leaving out page 1 and empty filters', () => {
    expect(newsListHref({})).toBe('/noticias');
    expect(newsListHref({ pagina: 1 })).toBe('/noticias');
    expect(newsListHref({ tema: 'T-AGUA', lugar: undefined, pagina: 3 })).toBe('/noticias?tema=T-AGUA&pagina=3');
    expect(newsListHref({ tema: 'T-AGUA', lugar: 'D-1' })).toBe('/noticias?tema=T-AGUA&lugar=D-1');
  });

  it('reads a page number, and anything else as page 1', () => {
    expect(pageNumber('4')).toBe(4);
    for (const v of [null, '', '0', '-2', '1.5', 'dos', '01', '99999']) expect(pageNumber(v)).toBe(1);
  });
});

describe('the pager', () => {
  it('shows every page of a short list', () => {
    expect(pagerPages(1, 1)).toEqual([1]);
    expect(pagerPages(2, 3)).toEqual([1, 2, 3]);
  });

  it('shows the first, the last and the neighbours of the current page, with gaps', () => {
    expect(pagerPages(5, 12)).toEqual([1, null, 4, 5, 6, null, 12]);
    expect(pagerPages(1, 12)).toEqual([1, 2, null, 12]);
    expect(pagerPages(12, 12)).toEqual([1, null, 11, 12]);
    expect(pagerPages(3, 12)).toEqual([1, 2, 3, 4, null, 12]);
  });

  it('has no pages when there is nothing', () => {
    expect(pagerPages(1, 0)).toEqual([]);
  });
});

describe('dated lines, in the municipality time zone', () => {
  it('dates a correction by its local day (late evening in Panama is still that day)', () => {
    expect(correctionLine('2026-12-01T03:30:00Z', 'El puente mide 40 metros.', PANAMA)).toBe('Corrección del 30 de noviembre de 2026: El puente mide 40 metros.');
  });

  it('says when and why a news item was withdrawn', () => {
    expect(withdrawnLine({ at: '2026-11-30T15:00:00Z', reason: 'La información era incorrecta.' }, PANAMA)).toBe('Retirada el 30 de noviembre de 2026: La información era incorrecta.');
  });

  it('counts news in Spanish', () => {
    expect(newsCount(1)).toBe('1 noticia');
    expect(newsCount(0)).toBe('0 noticias');
    expect(newsCount(1200)).toBe('1,200 noticias');
  });
});

const item: PublicNewsDetail = {
  slug: '2026-11-30-puente',
  url: 'https://transparencia.example/noticias/2026-11-30-puente',
  title: 'Inauguramos el puente',
  description: 'El puente abre.',
  summary: 'El puente abre.',
  body: '<p>Texto</p>',
  postedAt: '2026-11-30T15:00:00.000Z',
  updatedAt: '2026-12-01T15:00:00.000Z',
  themes: [{ id: 't', code: 'T-VIALIDAD', name: 'Vialidad y caminos' }],
  places: [{ id: 'p', code: 'C-1', name: 'Los Naranjos' }],
  images: [{ n: 1, alt: 'El puente', width: 800, height: 600, mime: 'image/png' }],
  origin: null,
  corrections: [{ at: '2026-12-01T15:00:00.000Z', note: 'Nota' }],
  withdrawn: null,
};

describe('the feeds’ items', () => {
  it('link each news item at its canonical address, with its date, description and themes', () => {
    const [summary] = feedItems([{ ...item, cover: null, description: 'El puente abre.' }], 'https://transparencia.example');
    expect(summary).toEqual({
      title: 'Inauguramos el puente',
      link: 'https://transparencia.example/noticias/2026-11-30-puente',
      pubDate: new Date('2026-11-30T15:00:00.000Z'),
      description: 'El puente abre.',
      categories: ['Vialidad y caminos'],
    });
  });
});

describe('the NewsArticle', () => {
  const opts = { origin: 'https://transparencia.example', publisher: 'Municipio de San Isidro', description: 'El puente abre.' };

  it('describes the news item with absolute addresses, its dates, images, themes and places', () => {
    expect(newsArticle(item, opts)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Inauguramos el puente',
      description: 'El puente abre.',
      url: 'https://transparencia.example/noticias/2026-11-30-puente',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://transparencia.example/noticias/2026-11-30-puente' },
      datePublished: '2026-11-30T15:00:00.000Z',
      dateModified: '2026-12-01T15:00:00.000Z',
      inLanguage: 'es',
      image: ['https://transparencia.example/noticias/2026-11-30-puente/imagenes/1'],
      about: ['Vialidad y caminos'],
      contentLocation: [{ '@type': 'Place', name: 'Los Naranjos' }],
      author: { '@type': 'GovernmentOrganization', name: 'Municipio de San Isidro', url: 'https://transparencia.example/' },
      publisher: { '@type': 'GovernmentOrganization', name: 'Municipio de San Isidro', url: 'https://transparencia.example/' },
    });
  });

  it('has no image for a withdrawn item, and is modified when it was withdrawn', () => {
    const article = newsArticle({ ...item, images: [], withdrawn: { at: '2026-12-02T00:00:00.000Z', reason: 'x' } }, opts);
    expect(article).not.toHaveProperty('image');
    expect(article.dateModified).toBe('2026-12-02T00:00:00.000Z');
    expect(newsArticle({ ...item, updatedAt: null, corrections: [] }, opts).dateModified).toBe(item.postedAt);
  });

  it('is written so that nothing in it can end its script element', () => {
    const text = jsonForScript({ headline: '</script><script>alert(1)</script> & más' });
    expect(text).not.toMatch(/[<>&]/);
    expect(JSON.parse(text)).toEqual({ headline: '</script><script>alert(1)</script> & más' });
  });
});
