import Papa from 'papaparse';
import { exampleCsv, IMPORT_SPECS, missingColumns } from './importSpecs';
import { IMPORT_TARGETS } from './types';

describe('example CSV files', () => {
  it.each(IMPORT_TARGETS)('lists every documented column of %s, in order, as the header', (target) => {
    const parsed = Papa.parse<string[]>(exampleCsv(target), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(IMPORT_SPECS[target].columns);
    expect(parsed.data.length).toBe(IMPORT_SPECS[target].example.length + 1);
  });

  it('has actors refer only to themes and places of the other examples', () => {
    const codes = (target: 'themes' | 'places') => new Set(IMPORT_SPECS[target].example.map((row) => row.code));
    for (const row of IMPORT_SPECS.actors.example) {
      for (const code of row.themes.split('|').filter(Boolean)) expect(codes('themes')).toContain(code);
      for (const code of row.places.split('|').filter(Boolean)) expect(codes('places')).toContain(code);
    }
  });
});

describe('missingColumns', () => {
  it('names the required columns a header lacks', () => {
    expect(missingColumns('places', 'code,name\nP1,Centro')).toEqual(['kind']);
  });

  it('accepts semicolon-separated files and any column case', () => {
    expect(missingColumns('themes', 'Code;NAME;colour\nT1;Salud;#ff0000')).toEqual([]);
  });

  it('reports every required column of an empty file', () => {
    expect(missingColumns('actors', '')).toEqual(['name', 'kind']);
  });
});
