import { fileNameFromDisposition } from './download';

describe('fileNameFromDisposition', () => {
  it('reads the quoted file name the API sends', () => {
    expect(fileNameFromDisposition('attachment; filename="metas-consolidado.csv"', 'x.csv')).toBe('metas-consolidado.csv');
  });

  it('prefers the UTF-8 name when both are given', () => {
    expect(fileNameFromDisposition('attachment; filename="metas.csv"; filename*=UTF-8\'\'metas-a%C3%B1o.csv', 'x.csv')).toBe('metas-año.csv');
  });

  it('reads an unquoted name', () => {
    expect(fileNameFromDisposition('attachment; filename=metas.csv', 'x.csv')).toBe('metas.csv');
  });

  it('falls back when there is no header or no name', () => {
    expect(fileNameFromDisposition(null, 'metas.csv')).toBe('metas.csv');
    expect(fileNameFromDisposition('attachment', 'metas.csv')).toBe('metas.csv');
  });
});
