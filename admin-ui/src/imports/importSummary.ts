import type { Translate } from '../common/codedMessages';
import type { ImportReport } from './types';

export type ImportSummary = { severity: 'success' | 'error' | 'info'; text: string };

/** "1 error", "3 errores", "1 línea"…: a count with its noun in the right number. */
const counted = (translate: Translate, noun: string, count: number) => translate(`sigobito.imports.counts.${noun}`, { smart_count: count });

/**
 * What a dry run (or an import) comes to, in words with the right plurals: "El archivo tiene 1
 * error en 1 línea", "3 errores en 2 líneas" (the lines that have errors, not the file's).
 */
export function importSummary(translate: Translate, report: ImportReport, imported: boolean): ImportSummary {
  const count = (noun: string, n: number) => counted(translate, noun, n);
  if (imported) {
    return { severity: 'success', text: translate('sigobito.imports.summary_done', { created: count('created', report.created), updated: count('updated', report.updated), lines: count('lines', report.total) }) };
  }
  if (report.errors.length > 0) {
    const lines = new Set(report.errors.map((error) => error.line)).size;
    return { severity: 'error', text: translate('sigobito.imports.summary_errors', { errors: count('errors', report.errors.length), lines: count('lines', lines) }) };
  }
  return {
    severity: 'info',
    text: translate('sigobito.imports.summary_ready', {
      lines: count('lines', report.total),
      valid: count('valid', report.valid),
      to_create: count('to_create', report.created),
      to_update: count('to_update', report.updated),
    }),
  };
}

/** The notification once imported: "Importación terminada: 1 registro creado y 2 actualizados". */
export const importDone = (translate: Translate, report: Pick<ImportReport, 'created' | 'updated'>): string =>
  translate('sigobito.imports.done', { created: counted(translate, 'created', report.created), updated: counted(translate, 'updated', report.updated) });
