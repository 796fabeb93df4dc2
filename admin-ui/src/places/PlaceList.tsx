import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { TreeList } from '../common/TreeList';
import type { ExportColumn } from '../common/exportCells';
import { placeKindChoices } from './kinds';

const exportKind: readonly ExportColumn[] = [{ source: 'kind', cell: { kind: 'choice', source: 'kind', choices: placeKindChoices } }];

const PlaceKind = ({ kind }: { kind: unknown }) => {
  const translate = useTranslate();
  const choice = placeKindChoices.find((c) => c.id === kind);
  return choice ? <Chip size="small" variant="outlined" label={translate(choice.name)} /> : null;
};

/** Districts, their corregimientos and neighbourhoods, as a tree. */
export const PlaceList = () => <TreeList extra={(record) => <PlaceKind kind={record.kind} />} exportExtra={exportKind} />;
