import { ACTOR_KIND_LABELS, CATALOG_COLUMNS, CATALOGS, foldText, importCode, importField, PLACE_KIND_LABELS } from './catalogs';

describe("a catalog file's column", () => {
  it.each([
    ['kind', 'kind'],
    ['Tipo', 'kind'],
    ['  TIPO ', 'kind'],
    ['Kind', 'kind'],
    ['Institución', undefined],
    ['Organizacion', 'organization'],
    ['Correo  electrónico', 'email'],
    ['Cargo o título', 'title'],
    ['Title or position', 'title'],
  ])('named %s is the field %s of an actor', (header, field) => {
    expect(importField('actors', header)).toBe(field);
  });

  it.each(Object.getOwnPropertyNames(Object.prototype))('named %s (a key every object inherits) is no field', (header) => {
    expect(importField('actors', header)).toBeUndefined();
  });

  it('is named differently from every other column of its catalog, in each language', () => {
    for (const catalog of CATALOGS) {
      const names = Object.entries(CATALOG_COLUMNS[catalog]).flatMap(([field, label]) => [...new Set([field, label.es, label.en].map(foldText))]);
      expect([catalog, new Set(names).size]).toEqual([catalog, names.length]);
    }
  });
});

describe("a catalog file's code", () => {
  it.each([
    ['persona', 'person'],
    ['Institución', 'institution'],
    ['INSTITUCION', 'institution'],
    ['group', 'group'],
    ['Grupo', 'group'],
  ])('written %s is the actor kind %s', (text, code) => {
    expect(importCode('actors', 'kind', text)).toBe(code);
  });

  it('is read for places too, and left as written when it names nothing, or for a field without codes', () => {
    expect(importCode('places', 'kind', 'Barrio')).toBe('neighbourhood');
    expect(importCode('places', 'kind', 'ciudad')).toBe('ciudad');
    expect(importCode('themes', 'name', 'Persona')).toBe('Persona');
    expect(importCode('actors', 'constructor', 'persona')).toBe('persona');
  });

  it('has a label in each language for every kind', () => {
    for (const labels of [ACTOR_KIND_LABELS, PLACE_KIND_LABELS]) for (const label of Object.values(labels)) expect(label.es && label.en).toBeTruthy();
  });
});
