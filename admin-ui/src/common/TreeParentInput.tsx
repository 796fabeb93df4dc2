import { useMemo } from 'react';
import { SelectInput, useGetList, useRecordContext } from 'react-admin';
import { forbiddenParents, treeRows, type TreeRecord } from './treeRows';

const INDENT = '\u00a0\u00a0\u00a0';

/**
 * The parent of a tree node (a place, a theme, an area), chosen from the tree itself, indented.
 * The node and everything beneath it are not offered: that would close a loop (the CMS refuses
 * it too, a 400 on `parent`).
 */
export const TreeParentInput = ({ reference }: { reference: string }) => {
  const record = useRecordContext<TreeRecord>();
  const { data = [], isPending } = useGetList<TreeRecord & { name: string }>(reference, { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
  const choices = useMemo(() => {
    const forbidden = forbiddenParents(data, record?.id);
    return treeRows(data, new Set())
      .filter((row) => !forbidden.has(String(row.record.id)))
      .map((row) => ({ id: row.record.id, name: `${INDENT.repeat(row.depth)}${row.record.name}` }));
  }, [data, record?.id]);
  return <SelectInput source="parent" choices={choices} isPending={isPending} emptyText="sigobito.tree.no_parent" />;
};
