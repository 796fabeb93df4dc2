import Papa from 'papaparse';
import { i18nProvider } from '../i18n/i18nProvider';
import type { Translate } from './codedMessages';
import { cellValue, referencedIds, representation, spreadsheetFile, type CellContext, type ExportColumn } from './exportCells';

const translateIn = async (locale: 'es' | 'en'): Promise<Translate> => {
  await i18nProvider.changeLocale(locale);
  return (key, options) => i18nProvider.translate(key, options);
};
afterAll(() => i18nProvider.changeLocale('es'));

const MEMBERS: Record<string, string> = { m1: 'Ana Jaén', m2: 'Mario González' };
const contextIn = async (locale: 'es' | 'en'): Promise<CellContext> => ({
  translate: await translateIn(locale),
  locale,
  timeZone: 'America/Panama',
  nameOf: (reference, id) => (reference === 'members' ? MEMBERS[id] : undefined),
});

/** How Excel and LibreOffice read the file: the byte-order mark says UTF-8, the language says the separator. */
const asSpreadsheet = (file: string, separator: ';' | ',') => {
  expect(file.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(file.slice(1), { delimiter: separator, newline: '\r\n' });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

const KINDS = [{ id: 'commitment', name: 'resources.tasks.kinds.commitment' }];
const columns: ExportColumn[] = [
  { source: 'title', cell: { kind: 'text', source: 'title' } },
  { source: 'kind', cell: { kind: 'choice', source: 'kind', choices: KINDS } },
  { source: 'responsible', cell: { kind: 'reference', source: 'responsible', reference: 'members' } },
  { source: 'dueDate', cell: { kind: 'day', source: 'dueDate' } },
  { source: 'completedAt', cell: { kind: 'datetime', source: 'completedAt' } },
  { source: 'progress', cell: { kind: 'text', source: 'progress' } },
];
const task = { id: 't1', title: '=HYPERLINK("http://evil.example")', kind: 'commitment', responsible: 'm1', dueDate: '2026-11-27', completedAt: '2026-11-24T04:27:00.000Z', progress: 37.5 };

describe("a list's export, read as a spreadsheet reads it", () => {
  it('in Spanish: semicolons, the screen\'s headers, labels for codes, names for ids, days and times in Panama, a decimal comma', async () => {
    const [header, row] = asSpreadsheet(spreadsheetFile([task], columns, 'tasks', await contextIn('es')), ';');
    expect(header).toEqual(['Título', 'Tipo', 'Responsable', 'Fecha límite', 'Cumplida el', 'Avance (%)']);
    expect(row).toEqual([`'=HYPERLINK("http://evil.example")`, 'Compromiso', 'Ana Jaén', '27/11/2026', '23/11/2026 23:27', '37,5']);
  });

  it('in English: commas, English headers and labels, month-first dates, a decimal point', async () => {
    const [header, row] = asSpreadsheet(spreadsheetFile([task], columns, 'tasks', await contextIn('en')), ',');
    expect(header).toEqual(['Title', 'Kind', 'Responsible', 'Due date', 'Completed on', 'Progress (%)']);
    expect(row.slice(1)).toEqual(['Commitment', 'Ana Jaén', '11/27/2026', '11/23/2026 11:27 PM', '37.5']);
  });
});

describe('a cell', () => {
  it('names every related record the reader may see, and never shows an id', async () => {
    const ctx = await contextIn('es');
    const cell = { kind: 'reference', source: 'people', reference: 'members' } as const;
    expect(cellValue({ people: ['m1', 'm2'] }, cell, ctx)).toBe('Ana Jaén, Mario González');
    expect(cellValue({ people: ['m1', 'secret'] }, cell, ctx)).toBe('Ana Jaén');
    expect(cellValue({ people: 'secret' }, cell, ctx)).toBe('');
  });

  it('falls back to the typed-in name when no record is related', async () => {
    const cell = { kind: 'reference', source: 'requester', reference: 'actors', otherwise: 'requesterName' } as const;
    expect(cellValue({ requester: null, requesterName: 'María Pérez' }, cell, await contextIn('es'))).toBe('María Pérez');
  });

  it('shows a code the labels do not know as it is, and yes or no in words', async () => {
    const ctx = await contextIn('es');
    expect(cellValue({ kind: 'new_kind' }, { kind: 'choice', source: 'kind', choices: KINDS }, ctx)).toBe('new_kind');
    expect(cellValue({ isPublic: true }, { kind: 'text', source: 'isPublic' }, ctx)).toBe('Sí');
  });

  it('reads own fields only', async () => {
    expect(cellValue({}, { kind: 'text', source: 'constructor' }, await contextIn('es'))).toBe('');
  });
});

describe('the records a file names', () => {
  it('are asked once per resource, without repeats', () => {
    const wanted = referencedIds([{ responsible: 'm1' }, { responsible: 'm1', helpers: ['m2'] }, { responsible: null }], [
      { cell: { kind: 'reference', source: 'responsible', reference: 'members' } },
      { cell: { kind: 'reference', source: 'helpers', reference: 'members' } },
      { cell: { kind: 'reference', source: 'area', reference: 'areas' } },
    ]);
    expect([...wanted]).toEqual([['members', ['m1', 'm2']]]);
  });

  it("are named as the back office names them (the resource's representation)", () => {
    expect(representation((goal: Record<string, unknown>) => `${goal.code} · ${goal.title}`, { code: 'M-01', title: 'Agua' })).toBe('M-01 · Agua');
    expect(representation('fullName', { fullName: 'Ana Jaén' })).toBe('Ana Jaén');
    expect(representation(undefined, { title: 'Reunión' })).toBe('Reunión');
  });
});

describe('a number cell', () => {
  it('is a number also when the API sends a decimal as text, and nothing when there is none', async () => {
    const ctx = await contextIn('es');
    const cell = { kind: 'number', source: 'budget' } as const;
    expect(cellValue({ budget: '1500.50' }, cell, ctx)).toBe(1500.5);
    expect(cellValue({ budget: 12 }, cell, ctx)).toBe(12);
    expect(cellValue({ budget: null }, cell, ctx)).toBe('');
    expect(cellValue({ budget: 'mucho' }, cell, ctx)).toBe('');
  });
});
