import { createElement, Fragment } from 'react';
import { exportsAs, type ExportColumn } from './exportCells';
import { tableExportColumns, type FieldExports } from './tableExport';

// Stand-ins for react-admin's components (react-admin itself does not load in Node).
const DataTable = (_props: { children?: unknown }) => null;
const Col = (_props: { source?: string; label?: string; children?: unknown }) => null;
const SelectField = (_props: { source: string; choices: unknown[] }) => null;
const ReferenceField = (_props: { source: string; reference: string }) => null;
const builtIn: FieldExports = new Map([
  [SelectField, (props) => ({ kind: 'choice', source: props.source ?? '', choices: props.choices as [] })],
  [ReferenceField, (props) => ({ kind: 'reference', source: props.source ?? '', reference: String(props.reference) })],
]);
const DayField = exportsAs((_props: { source?: string }) => null, ({ source }: { source?: string }) => ({ kind: 'day', source: source ?? '' }));
const LightField = exportsAs(
  (_props: { source?: string }) => null,
  () => ({ kind: 'choice', source: 'light', choices: [{ id: 'overdue', name: 'resources.tasks.lights.overdue' }] }),
);
const ProgressBarsField = exportsAs(
  () => null,
  (): ExportColumn[] => [
    { label: 'actual', cell: { kind: 'text', source: 'actualPercent' } },
    { label: 'planned', cell: { kind: 'text', source: 'plannedPercent' } },
  ],
);
const Chip = () => null;

const table = createElement(
  DataTable,
  null,
  createElement(Col, { source: 'light' }, createElement(LightField)),
  createElement(Col, { source: 'title' }),
  createElement(Col, { source: 'kind' }, createElement(SelectField, { source: 'kind', choices: [{ id: 'commitment', name: 'k.commitment' }] })),
  createElement(Col, { source: 'responsible' }, createElement(ReferenceField, { source: 'responsible', reference: 'members' })),
  createElement(Col, { source: 'dueDate', label: 'resources.tasks.fields.due' }, createElement(DayField, { source: 'dueDate' })),
  createElement(Col, { source: 'actualPercent', label: 'progress' }, createElement(ProgressBarsField)),
  createElement(Col, { source: 'colour' }, createElement(Chip)),
  false,
);

describe("a list's export columns, read from its table", () => {
  const columns = tableExportColumns(table, builtIn);

  it('are the columns of the table, in order, each read as its field shows it', () => {
    expect(columns.map(({ source, label, cell }) => [source ?? label, cell.kind])).toEqual([
      ['light', 'choice'],
      ['title', 'text'],
      ['kind', 'choice'],
      ['responsible', 'reference'],
      ['dueDate', 'day'],
      ['actual', 'text'],
      ['planned', 'text'],
      ['colour', 'text'],
    ]);
  });

  it("name related records through the field's reference, and keep the column's own header", () => {
    expect(columns[3]).toEqual({ source: 'responsible', label: undefined, cell: { kind: 'reference', source: 'responsible', reference: 'members' } });
    expect(columns[4].label).toBe('resources.tasks.fields.due');
  });

  it("read a field the exporter does not know as its column's value", () => {
    expect(columns[7].cell).toEqual({ kind: 'text', source: 'colour' });
  });

  it('are none for something that is not a table', () => {
    expect(tableExportColumns('texto', builtIn)).toEqual([]);
    expect(tableExportColumns(createElement(Fragment), builtIn)).toEqual([]);
  });
});
