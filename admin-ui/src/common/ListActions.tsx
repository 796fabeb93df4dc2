import { CreateButton, downloadCSV, ExportButton, FilterButton, TopToolbar, useResourceDefinition, type Exporter } from 'react-admin';
import { exportCsv } from './exportCsv';

/** The API caps a page at 500 rows; react-admin's export asks for 1000 by default. */
export const MAX_EXPORT_ROWS = 500;

/** Every list exports through the shared CSV writer (react-admin's own exporter would hand a spreadsheet formulas). */
const csvExporter: Exporter = (records, _fetchRelatedRecords, _dataProvider, resource) => downloadCSV(exportCsv(records), resource);

export const ListActions = ({ hasFilters = true }: { hasFilters?: boolean }) => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {hasFilters && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ExportButton maxResults={MAX_EXPORT_ROWS} exporter={csvExporter} />
    </TopToolbar>
  );
};
