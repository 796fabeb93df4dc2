import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';
import type { ExportColumn } from './exportCells';
import { useExportColumns } from './ExportableList';
import { useListExporter } from './useSpreadsheetExport';

/** The API caps a page at 500 rows; react-admin's export asks for 1000 by default. */
export const MAX_EXPORT_ROWS = 500;

/** "Exportar": the list's table as a spreadsheet file, through the shared writer (no formulas reach the spreadsheet). */
const SpreadsheetExportButton = ({ columns }: { columns: readonly ExportColumn[] }) => {
  const exporter = useListExporter(columns);
  return <ExportButton maxResults={MAX_EXPORT_ROWS} exporter={exporter} />;
};

export const ListActions = ({ hasFilters = true }: { hasFilters?: boolean }) => {
  const { hasCreate } = useResourceDefinition();
  const columns = useExportColumns();
  return (
    <TopToolbar>
      {hasFilters && <FilterButton />}
      {hasCreate && <CreateButton />}
      {columns && <SpreadsheetExportButton columns={columns} />}
    </TopToolbar>
  );
};
