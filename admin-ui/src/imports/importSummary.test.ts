import { i18nProvider } from '../i18n/i18nProvider';
import { importDone, importSummary } from './importSummary';
import type { ImportReport } from './types';

const translateIn = async (locale: 'es' | 'en') => {
  await i18nProvider.changeLocale(locale);
  return (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
};
afterAll(() => i18nProvider.changeLocale('es'));

const report = (over: Partial<ImportReport>): ImportReport => ({ total: 5, valid: 5, created: 0, updated: 0, errors: [], preview: [], ...over });
const error = (line: number) => ({ line, field: 'kind', message: 'Debe ser uno de: person, institution, group' });

describe("an import's summary, in correct Spanish", () => {
  it('says "1 error en 1 línea"', async () => {
    const { severity, text } = importSummary(await translateIn('es'), report({ errors: [error(3)] }), false);
    expect(severity).toBe('error');
    expect(text).toMatch(/^El archivo tiene 1 error en 1 línea\./);
  });

  it('says "3 errores en 2 líneas": the lines that have errors, not the lines of the file', async () => {
    expect(importSummary(await translateIn('es'), report({ total: 40, errors: [error(3), error(3), error(7)] }), false).text).toMatch(/^El archivo tiene 3 errores en 2 líneas\./);
  });

  it('counts a clean file and what it will do, each in its number', async () => {
    const translate = await translateIn('es');
    expect(importSummary(translate, report({ total: 1, valid: 1, created: 1 }), false).text).toBe('Archivo revisado: 1 línea, 1 válida (1 por crear y 0 por actualizar). Pulse «Importar» para guardar.');
    expect(importSummary(translate, report({ total: 3, valid: 3, created: 1, updated: 2 }), true).text).toBe('Importación terminada: 1 registro creado y 2 actualizados, de 3 líneas.');
    expect(importDone(translate, { created: 2, updated: 1 })).toBe('Importación terminada: 2 registros creados y 1 actualizado');
  });

  it('and in English', async () => {
    expect(importSummary(await translateIn('en'), report({ errors: [error(3), error(4)] }), false).text).toMatch(/^The file has 2 errors in 2 lines\./);
  });
});
