import { useCallback } from 'react';
import { downloadCSV, useDataProvider, useLocaleState, useResourceDefinitions, useTranslate, type DataProvider, type Exporter } from 'react-admin';
import { appLocale } from './dateTime';
import { referencedIds, representation, spreadsheetFile, type ExportColumn } from './exportCells';
import { useMunicipalityTimeZone } from './useMunicipalityTimeZone';

/** Ids per request when naming related records (they travel in the query string). */
const IDS_PER_REQUEST = 100;

type Definitions = Record<string, { recordRepresentation?: unknown }>;

/**
 * The names of the related records a file points to, as the reader may see them: asked through
 * the API like the screen's reference fields, so a record they may not read (or a resource) has
 * no name, and its cell stays empty rather than showing an id.
 */
async function namesOf(wanted: Map<string, string[]>, dataProvider: DataProvider, definitions: Definitions): Promise<Map<string, Map<string, string>>> {
  const names = new Map<string, Map<string, string>>();
  for (const [reference, ids] of wanted) {
    const named = new Map<string, string>();
    for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
      try {
        const { data } = await dataProvider.getMany(reference, { ids: ids.slice(start, start + IDS_PER_REQUEST) });
        for (const record of data) named.set(String(record.id), representation(definitions[reference]?.recordRepresentation, record));
      } catch {
        // Not readable by this user: no names.
      }
    }
    names.set(reference, named);
  }
  return names;
}

/** "Tareas" → `tareas.csv`: the list's name in the user's language, as a plain file name. */
const fileNameOf = (label: string, fallback: string) =>
  label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || fallback;

/**
 * Writes records to a spreadsheet file as the screen shows them (`columns`), in the user's
 * language and the municipality's time zone, and downloads it: what every list's "Exportar" and
 * every report's "Descargar CSV" do.
 */
export const useSpreadsheetExport = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { timeZone } = useMunicipalityTimeZone();
  const dataProvider = useDataProvider();
  const definitions = useResourceDefinitions() as Definitions;
  return useCallback(
    async (records: ReadonlyArray<Record<string, unknown>>, columns: readonly ExportColumn[], resource: string, fileName?: string) => {
      const names = await namesOf(referencedIds(records, columns), dataProvider, definitions);
      const csv = spreadsheetFile(records, columns, resource, {
        translate,
        locale: appLocale(locale),
        timeZone,
        nameOf: (reference, id) => names.get(reference)?.get(id),
      });
      downloadCSV(csv, fileName ?? fileNameOf(translate(`resources.${resource}.name`, { smart_count: 2, _: resource }), resource));
    },
    [dataProvider, definitions, locale, timeZone, translate],
  );
};

/** A list's "Exportar", writing `columns`. */
export const useListExporter = (columns: readonly ExportColumn[]): Exporter => {
  const exportFile = useSpreadsheetExport();
  return useCallback((records, _fetchRelatedRecords, _dataProvider, resource) => exportFile(records, columns, resource ?? ''), [columns, exportFile]);
};
