import Papa from 'papaparse';
import { CSV_BOM, writeCsv } from '@sigobito/config/contracts';
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

/** The example file offered for download, built from the same column list. */
export const exampleCsv = (target: ImportTarget): string => {
  const spec = IMPORT_SPECS[target];
  return writeCsv(spec.example, spec.columns);
};

export const exampleCsvHref = (target: ImportTarget): string =>
  `data:text/csv;charset=utf-8,${encodeURIComponent(CSV_BOM + exampleCsv(target))}`;

/** Header columns the file lacks, so the user hears it before the server answers. */
export const missingColumns = (target: ImportTarget, csv: string): string[] => {
  const parsed = Papa.parse<string[]>(csv, { preview: 1, skipEmptyLines: true, delimitersToGuess: [',', ';', '\t'] });
  const header = (parsed.data[0] ?? []).map((column) => column.trim().toLowerCase());
  return IMPORT_SPECS[target].required.filter((column) => !header.includes(column.toLowerCase()));
};
