import { Children, isValidElement, type ReactNode } from 'react';
import type { ExportCell, ExportColumn, FieldExport } from './exportCells';

export type FieldProps = Record<string, unknown> & { source?: string };
type ColumnProps = { source?: string; label?: unknown; children?: ReactNode };

/** How field components export, by component: react-admin's own (they cannot carry `exportCell`). */
export type FieldExports = ReadonlyMap<unknown, FieldExport<FieldProps>>;

/** A column without a field, or with one that says nothing: the value as it is. */
export const plainExport: FieldExport<FieldProps> = (props) => ({ kind: 'text', source: props.source ?? '' });

const exportOf = (type: unknown, builtIn: FieldExports): FieldExport<FieldProps> | undefined => {
  const marked = (type as { exportCell?: unknown } | null)?.exportCell;
  return typeof marked === 'function' ? (marked as FieldExport<FieldProps>) : builtIn.get(type);
};

/**
 * The columns of a `<DataTable>` as the export writes them: each `<DataTable.Col>`, with its
 * header, read the way its field shows it — ours by their `exportCell` (see `exportsAs`: a
 * `DayField` as a day, a chip by its label), react-admin's by `builtIn` (a `SelectField` by
 * label, a `ReferenceField` by name). A column without a field shows its source's value, and so
 * does the file.
 */
export function tableExportColumns(table: ReactNode, builtIn: FieldExports): ExportColumn[] {
  if (!isValidElement<{ children?: ReactNode }>(table)) return [];
  return Children.toArray(table.props.children)
    .filter(isValidElement)
    .flatMap((column): ExportColumn[] => {
      const { source, label, children } = column.props as ColumnProps;
      const field = Children.toArray(children).find(isValidElement);
      const fieldProps = (field?.props ?? {}) as FieldProps;
      const how = (field && exportOf(field.type, builtIn)) ?? plainExport;
      const exported = how({ ...fieldProps, source: fieldProps.source ?? source });
      if (Array.isArray(exported)) return [...(exported as readonly ExportColumn[])];
      return [{ source, label: typeof label === 'string' ? label : undefined, cell: exported as ExportCell }];
    });
}
