import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { Box, Button, Stack, Typography } from '@mui/material';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { SearchInput, useCreatePath, useListContext, useResourceContext, useTranslate, type RaRecord } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { ExportableList } from './ExportableList';
import { ListActions } from './ListActions';
import type { ExportColumn } from './exportCells';
import { useRowClick } from './useRowClick';
import { treeKey, treeRows, type TreeRecord } from './treeRows';

type TreeRaRecord = RaRecord & TreeRecord & { name?: string; code?: string };

/** What a row shows after the name (a place's kind, a theme's colour). */
type Extra = (record: TreeRaRecord) => ReactNode;

/**
 * The nodes of the list as a WAI-ARIA tree: indented under their parents, each parent opened
 * and closed with its arrow or the keyboard (arrows, Home, End, Enter opens the record).
 */
const TreeView = ({ extra }: { extra?: Extra }) => {
  const { data, isPending } = useListContext<TreeRaRecord>();
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const rowClick = useRowClick();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState(0);
  const refs = useRef<Array<HTMLDivElement | null>>([]);
  const rows = useMemo(() => treeRows(data ?? [], collapsed), [data, collapsed]);
  const parentIds = useMemo(() => rows.filter((r) => r.hasChildren).map((r) => String(r.record.id)), [rows]);

  if (isPending) return null;
  if (!rows.length) return <Typography sx={{ p: 2 }}>{translate('sigobito.tree.empty')}</Typography>;

  const current = Math.min(focused, rows.length - 1);
  const toggle = (id: string) =>
    setCollapsed((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const open = (record: TreeRaRecord) => navigate(createPath({ resource, id: record.id, type: rowClick }));
  const focus = (index: number) => {
    setFocused(index);
    refs.current[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const move = treeKey(rows, index, event.key);
    if (!move) return;
    event.preventDefault();
    if ('focus' in move) focus(move.focus);
    else if ('toggle' in move) toggle(String(rows[move.toggle].record.id));
    else open(rows[move.open].record);
  };
  const name = (record: TreeRaRecord) => record.name ?? String(record.id);

  return (
    <Box sx={{ p: 1 }}>
      <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
        <Button size="small" onClick={() => setCollapsed(new Set())}>
          {translate('sigobito.tree.expand_all')}
        </Button>
        <Button size="small" onClick={() => setCollapsed(new Set(parentIds))}>
          {translate('sigobito.tree.collapse_all')}
        </Button>
      </Stack>
      <div role="tree" aria-label={translate('sigobito.tree.label', { name: translate(`resources.${resource}.name`, { smart_count: 2 }) })}>
        {rows.map((row, index) => {
          const id = String(row.record.id);
          return (
            <Box
              key={id}
              ref={(el: HTMLDivElement | null) => {
                refs.current[index] = el;
              }}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-expanded={row.hasChildren ? row.expanded : undefined}
              aria-selected={index === current}
              tabIndex={index === current ? 0 : -1}
              data-id={id}
              onKeyDown={(e) => onKeyDown(e, index)}
              onFocus={() => setFocused(index)}
              onClick={() => open(row.record)}
              sx={{
                display: 'flex',
                alignItems: 'center',
                gap: 1,
                py: 0.5,
                pl: 1 + row.depth * 3,
                cursor: 'pointer',
                borderRadius: 1,
                '&:hover': { bgcolor: 'action.hover' },
                '&:focus-visible': { outline: '2px solid', outlineColor: 'primary.main' },
              }}
            >
              {row.hasChildren ? (
                <Box
                  component="span"
                  aria-hidden
                  title={translate(row.expanded ? 'sigobito.tree.collapse' : 'sigobito.tree.expand', { name: name(row.record) })}
                  onClick={(e) => {
                    e.stopPropagation();
                    toggle(id);
                  }}
                  sx={{ display: 'inline-flex' }}
                >
                  {row.expanded ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
                </Box>
              ) : (
                <Box component="span" sx={{ width: 20 }} />
              )}
              <span>{name(row.record)}</span>
              {row.record.code && (
                <Typography component="span" variant="body2" color="text.secondary">
                  {row.record.code}
                </Typography>
              )}
              {extra?.(row.record)}
            </Box>
          );
        })}
      </div>
    </Box>
  );
};

const filters = [<SearchInput key="q" source="q" alwaysOn />];

/**
 * The list of a tree resource (places, themes, areas) as a tree, every node at once (the API's
 * 500-row page), exported as code, name and parent (by name).
 */
export const TreeList = ({ extra, exportExtra = [] }: { extra?: Extra; exportExtra?: readonly ExportColumn[] }) => {
  const resource = useResourceContext() ?? '';
  const columns = useMemo<ExportColumn[]>(
    () => [
      { source: 'code', cell: { kind: 'text', source: 'code' } },
      { source: 'name', cell: { kind: 'text', source: 'name' } },
      ...exportExtra,
      { source: 'parent', cell: { kind: 'reference', source: 'parent', reference: resource } },
    ],
    [resource, exportExtra],
  );
  return (
    <ExportableList filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={500} pagination={false} actions={<ListActions />} exportExtra={columns}>
      <TreeView extra={extra} />
    </ExportableList>
  );
};
