import Papa from 'papaparse';
import { ACTOR_KIND_LABELS, CATALOG_COLUMNS, importField, own, PLACE_KIND_LABELS, spreadsheetCsv, type Locale } from '@sigobito/config/contracts';
import type { ImportTarget } from './types';

type ImportSpec = {
  /** The CSV header, in order. */
  columns: readonly string[];
  required: readonly string[];
  /** Record fields shown in the preview table. */
  previewFields: readonly string[];
  example: readonly Record<string, string>[];
};

/**
 * What the CMS import expects for each target (cms/src/backoffice/README.md). The examples
 * refer to each other's codes: loading themes, then places, then actors works as is.
 */
export const IMPORT_SPECS: Record<ImportTarget, ImportSpec> = {
  actors: {
    columns: ['code', 'name', 'kind', 'organization', 'title', 'email', 'phone', 'notes', 'themes', 'places'],
    required: ['name', 'kind'],
    previewFields: ['code', 'name', 'kind', 'organization'],
    example: [
      {
        code: 'ACT-001',
        name: 'Ana Pérez',
        kind: 'person',
        organization: 'Junta Comunal de San Felipe',
        title: 'Representante',
        email: 'ana.perez@example.org',
        phone: '+507 6000-0001',
        notes: 'Contacto para temas de agua',
        themes: 'AGUA|SALUD',
        places: 'SAN-FELIPE',
      },
      {
        code: 'ACT-002',
        name: 'Cooperativa de Pescadores',
        kind: 'institution',
        organization: '',
        title: '',
        email: 'contacto@cooperativa.example.org',
        phone: '',
        notes: '',
        themes: 'SOCIAL',
        places: 'SAN-FELIPE|BARRIO-01',
      },
    ],
  },
  themes: {
    columns: ['code', 'name', 'description', 'colour', 'parent'],
    required: ['code', 'name'],
    previewFields: ['code', 'name', 'colour', 'parent'],
    example: [
      { code: 'SOCIAL', name: 'Desarrollo social', description: 'Eje del plan de gobierno', colour: '#2e7d32', parent: '' },
      { code: 'SALUD', name: 'Salud', description: 'Atención primaria y prevención', colour: '#c62828', parent: 'SOCIAL' },
      { code: 'AGUA', name: 'Agua potable', description: '', colour: '#1565c0', parent: 'SOCIAL' },
    ],
  },
  places: {
    columns: ['code', 'name', 'kind', 'parent'],
    required: ['code', 'name', 'kind'],
    previewFields: ['code', 'name', 'kind', 'parent'],
    example: [
      { code: 'DIST-01', name: 'Distrito Central', kind: 'district', parent: '' },
      { code: 'SAN-FELIPE', name: 'San Felipe', kind: 'corregimiento', parent: 'DIST-01' },
      { code: 'BARRIO-01', name: 'Barrio Norte', kind: 'neighbourhood', parent: 'SAN-FELIPE' },
    ],
  },
};

/** The fields whose example values are codes, with their labels. */
const KIND_LABELS: Partial<Record<ImportTarget, typeof ACTOR_KIND_LABELS | typeof PLACE_KIND_LABELS>> = { actors: ACTOR_KIND_LABELS, places: PLACE_KIND_LABELS };

/** A column's header in a language (`Tipo`, `Kind`): the label the screen gives the field. */
export const columnLabel = (target: ImportTarget, column: string, locale: Locale): string =>
  own<{ es: string; en: string }>(CATALOG_COLUMNS[target], column)?.[locale] ?? column;

/**
 * The example file offered for download, from the same column list, as the user's spreadsheet
 * reads it and as they would write it: headers and kinds in their language (the import reads
 * those as well as the codes), their separator.
 */
export const exampleCsv = (target: ImportTarget, locale: Locale): string => {
  const spec = IMPORT_SPECS[target];
  const kinds = KIND_LABELS[target];
  const rows = spec.example.map((row) => ({ ...row, ...(kinds && row.kind ? { kind: own(kinds, row.kind)?.[locale] ?? row.kind } : {}) }));
  return spreadsheetCsv(rows, spec.columns.map((column) => ({ key: column, label: columnLabel(target, column, locale) })), locale);
};

export const exampleCsvHref = (target: ImportTarget, locale: Locale): string => `data:text/csv;charset=utf-8,${encodeURIComponent(exampleCsv(target, locale))}`;

/** Required fields the file's header lacks (named by field or by label, in either language), so the user hears it before the server answers. */
export const missingColumns = (target: ImportTarget, csv: string): string[] => {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { preview: 1, skipEmptyLines: true, delimitersToGuess: [',', ';', '\t'] });
  const fields = (parsed.data[0] ?? []).map((column) => importField(target, column));
  return IMPORT_SPECS[target].required.filter((column) => !fields.includes(column));
};
