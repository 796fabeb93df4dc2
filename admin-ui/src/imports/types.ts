/** The CSV import contract (`POST /api/backoffice/imports/<target>`). */
export const IMPORT_TARGETS = ['actors', 'themes', 'places'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** A refused cell: `code` and `params` from the errors catalogue (translated), `message` in Spanish (the fallback). */
export type ImportLineError = { line: number; field: string; code?: string; params?: Record<string, unknown>; message: string };

export type ImportPreviewLine = {
  line: number;
  action: 'create' | 'update';
  record: Record<string, unknown>;
};

export type ImportReport = {
  total: number;
  valid: number;
  created: number;
  updated: number;
  errors: ImportLineError[];
  preview: ImportPreviewLine[];
};

/** `written` is false for a dry run and for a real run refused because of line errors. */
export type ImportOutcome = { report: ImportReport; written: boolean };

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

export const isImportReport = (value: unknown): value is ImportReport =>
  typeof value === 'object' &&
  value !== null &&
  'errors' in value &&
  isArray(value.errors) &&
  'preview' in value &&
  isArray(value.preview);
