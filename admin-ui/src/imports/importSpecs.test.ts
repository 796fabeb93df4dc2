import Papa from 'papaparse';
import { columnLabel, exampleCsv, IMPORT_SPECS, missingColumns } from './importSpecs';
import { IMPORT_TARGETS } from './types';

/** The example as a spreadsheet reads it: the byte-order mark, then the language's separator. */
const asSpreadsheet = (file: string, delimiter: string) => {
  expect(file.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(file.slice(1), { delimiter, skipEmptyLines: true }).data;
};

describe('example CSV files', () => {
  it.each(IMPORT_TARGETS)('list every documented column of %s, in order, by its label in the language, as the header', (target) => {
    const spanish = asSpreadsheet(exampleCsv(target, 'es'), ';');
    expect(spanish[0]).toEqual(IMPORT_SPECS[target].columns.map((column) => columnLabel(target, column, 'es')));
    expect(spanish.length).toBe(IMPORT_SPECS[target].example.length + 1);
    expect(asSpreadsheet(exampleCsv(target, 'en'), ',')[0]).toEqual(IMPORT_SPECS[target].columns.map((column) => columnLabel(target, column, 'en')));
  });

  it('write kinds as people name them, in the language', () => {
    expect(asSpreadsheet(exampleCsv('actors', 'es'), ';')[1].slice(0, 3)).toEqual(['ACT-001', 'Ana Pérez', 'Persona']);
    expect(asSpreadsheet(exampleCsv('places', 'en'), ',')[3]).toEqual(['BARRIO-01', 'Barrio Norte', 'Neighbourhood', 'SAN-FELIPE']);
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

  it('accepts the columns by their Spanish or English labels, with or without accents, after a byte-order mark', () => {
    expect(missingColumns('actors', '\uFEFFNombre;Tipo;Organización\nAna;persona;')).toEqual([]);
    expect(missingColumns('places', 'Codigo;Nombre;Kind\nP1;Centro;Distrito')).toEqual([]);
  });

  it('reports every required column of an empty file', () => {
    expect(missingColumns('actors', '')).toEqual(['name', 'kind']);
  });
});
