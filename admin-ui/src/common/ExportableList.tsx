import { createContext, useContext, useMemo } from 'react';
import { EmailField, List, NumberField, ReferenceField, SelectField, TextField, type ListProps } from 'react-admin';
import type { ExportCell, ExportColumn, FieldExport } from './exportCells';
import { plainExport, tableExportColumns, type FieldExports, type FieldProps } from './tableExport';

type Choices = Extract<ExportCell, { kind: 'choice' }>['choices'];

/** react-admin's fields, by what they show. */
const REACT_ADMIN_FIELDS: FieldExports = new Map<unknown, FieldExport<FieldProps>>([
  [TextField, plainExport],
  [EmailField, plainExport],
  [NumberField, plainExport],
  [SelectField, (props) => ({ kind: 'choice', source: props.source ?? '', choices: (props.choices ?? []) as Choices })],
  [ReferenceField, (props) => ({ kind: 'reference', source: props.source ?? '', reference: String(props.reference) })],
]);

const ExportColumnsContext = createContext<readonly ExportColumn[] | undefined>(undefined);

/** The columns the list in context exports (its table's), for its "Exportar" button. */
export const useExportColumns = () => useContext(ExportColumnsContext);

type ExportableListProps = ListProps & {
  /** Columns the file has besides the table's (what a row shows when expanded: a change's details). */
  exportExtra?: readonly ExportColumn[];
};

/**
 * A back-office list whose export is its table: the file has the columns the screen shows, with
 * their headers, read as their fields show them (see `tableExportColumns`).
 */
export const ExportableList = ({ exportExtra, children, ...props }: ExportableListProps) => {
  const columns = useMemo(() => [...tableExportColumns(children, REACT_ADMIN_FIELDS), ...(exportExtra ?? [])], [children, exportExtra]);
  return (
    <ExportColumnsContext.Provider value={columns}>
      <List {...props}>{children}</List>
    </ExportColumnsContext.Provider>
  );
};
