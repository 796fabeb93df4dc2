import { CreateButton, ExportButton, FilterButton, TopToolbar, useResourceDefinition } from 'react-admin';

/** The API caps a page at 500 rows; react-admin's export asks for 1000 by default. */
export const MAX_EXPORT_ROWS = 500;

export const ListActions = ({ hasFilters = true }: { hasFilters?: boolean }) => {
  const { hasCreate } = useResourceDefinition();
  return (
    <TopToolbar>
      {hasFilters && <FilterButton />}
      {hasCreate && <CreateButton />}
      <ExportButton maxResults={MAX_EXPORT_ROWS} />
    </TopToolbar>
  );
};
