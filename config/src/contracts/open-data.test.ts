import { dcatCatalog, OPEN_DATA_FILES, OPEN_DATASETS, openDataFile } from './open-data';

describe('the open-data catalogue', () => {
  it('names every dataset once and every column of a dataset once, each with a meaning', () => {
    expect(new Set(OPEN_DATASETS.map((d) => d.id)).size).toBe(OPEN_DATASETS.length);
    for (const d of OPEN_DATASETS) {
      expect(new Set(d.columns.map((c) => c.name)).size).toBe(d.columns.length);
      for (const c of d.columns) expect(c.meaning).not.toBe('');
    }
  });

  it('publishes the agenda, themes, places (with GeoJSON), news and progress reports besides goals and milestones', () => {
    expect(OPEN_DATA_FILES.map((f) => f.file)).toEqual(
      expect.arrayContaining(['agenda.csv', 'agenda.json', 'themes.csv', 'places.json', 'places.geojson', 'noticias.csv', 'progress-reports.csv', 'goals.csv', 'milestones.json']),
    );
    expect(openDataFile('places.geojson')?.mediaType).toBe('application/geo+json');
  });

  it('finds a file by its exact name only', () => {
    expect(openDataFile('goals.csv')?.dataset.id).toBe('goals');
    for (const name of ['goals.xml', '../setting', 'constructor', '__proto__', 'themes.geojson', '']) expect(openDataFile(name)).toBeUndefined();
  });

  it('lists every file in the DCAT catalogue at its absolute address, with its media type and licence', () => {
    const catalog = dcatCatalog({ siteUrl: 'https://datos.example/', publisher: 'Municipio de Prueba', modified: '2026-12-03' });
    const distributions = catalog.dataset.flatMap((d) => d.distribution);
    expect(distributions.map((d) => d.downloadURL).sort()).toEqual(OPEN_DATA_FILES.map((f) => `https://datos.example/datos-abiertos/${f.file}`).sort());
    expect(distributions.map((d) => d.mediaType).sort()).toEqual(OPEN_DATA_FILES.map((f) => f.mediaType).sort());
    for (const d of catalog.dataset) {
      expect(d).toMatchObject({ modified: '2026-12-03', publisher: { name: 'Municipio de Prueba' }, accessLevel: 'public', license: 'https://creativecommons.org/licenses/by/4.0/' });
      expect(d.keyword.length).toBeGreaterThan(0);
      expect(d.contactPoint).not.toHaveProperty('hasEmail');
    }
    expect(dcatCatalog({ siteUrl: 'https://datos.example', publisher: 'M', contactEmail: 'datos@municipio.example', modified: '2026-12-03' }).dataset[0].contactPoint.hasEmail).toBe('mailto:datos@municipio.example');
  });
});
