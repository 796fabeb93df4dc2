import { useCallback, useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { SigobitoDataProvider } from '../dataProvider';
import { decodeCsv } from './decodeCsv';
import { missingColumns } from './importSpecs';
import { importDone } from './importSummary';
import type { ImportReport, ImportTarget } from './types';

type ImportFile = { name: string; csv: string };

export type ImportState = {
  file: ImportFile | null;
  missing: string[];
  /** The dry run's report, then the real run's. */
  report: ImportReport | null;
  imported: boolean;
  busy: boolean;
};

const EMPTY: ImportState = { file: null, missing: [], report: null, imported: false, busy: false };

const messageOf = (error: unknown): string =>
  error instanceof Error && error.message ? error.message : 'ra.notification.http_error';

/** Choose a file → dry run (preview and errors) → import when the dry run is clean. */
export const useCsvImport = (target: ImportTarget) => {
  const dataProvider = useDataProvider<SigobitoDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [state, setState] = useState<ImportState>(EMPTY);

  const check = useCallback(
    async (file: ImportFile) => {
      const missing = missingColumns(target, file.csv);
      setState({ ...EMPTY, file, missing, busy: true });
      try {
        const { report } = await dataProvider.importCsv(target, file.csv, true);
        setState({ file, missing, report, imported: false, busy: false });
      } catch (error) {
        setState({ ...EMPTY, file, missing });
        notify(messageOf(error), { type: 'error' });
      }
    },
    [dataProvider, notify, target],
  );

  const chooseFile = useCallback(
    async (file: File) => check({ name: file.name, csv: decodeCsv(await file.arrayBuffer()) }),
    [check],
  );

  const runImport = useCallback(async () => {
    const { file } = state;
    if (!file) return;
    setState((current) => ({ ...current, busy: true }));
    try {
      const { report, written } = await dataProvider.importCsv(target, file.csv, false);
      setState((current) => ({ ...current, report, imported: written, busy: false }));
      if (written) notify(importDone(translate, report), { type: 'success' });
      else notify('sigobito.imports.refused', { type: 'warning' });
    } catch (error) {
      setState((current) => ({ ...current, busy: false }));
      notify(messageOf(error), { type: 'error' });
    }
  }, [dataProvider, notify, state, target, translate]);

  const reset = useCallback(() => setState(EMPTY), []);

  const canImport = !state.busy && !state.imported && state.report != null && state.report.errors.length === 0 && state.report.preview.length > 0;

  return { state, chooseFile, runImport, reset, canImport };
};
