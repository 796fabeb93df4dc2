import { parseCsv } from './catalog-import';

describe('reading a catalog CSV', () => {
  it('keys each row by the header, trimmed', () => {
    expect(parseCsv('code, name\nT-1, Agua \n')).toEqual({ rows: [{ code: 'T-1', name: 'Agua' }], errors: [] });
  });

  it('reports a "__proto__" column as unknown instead of losing it (a row object cannot hold it)', () => {
    expect(parseCsv('code,name,__proto__\nT-1,Agua,x\n').errors).toEqual([{ line: 1, field: '__proto__', message: 'Columna desconocida' }]);
  });
});
