import { errorsInLines, parseCsv } from './catalog-import';

describe('reading a catalog CSV', () => {
  it('keys each row by the header, trimmed', () => {
    expect(parseCsv('code, name\nT-1, Agua \n')).toEqual({ rows: [{ code: 'T-1', name: 'Agua' }], errors: [] });
  });

  it('reports a "__proto__" column as unknown instead of losing it (a row object cannot hold it)', () => {
    expect(parseCsv('code,name,__proto__\nT-1,Agua,x\n').errors).toEqual([
      { line: 1, field: '__proto__', code: 'unknown_field', params: { variant: 'column', field: '__proto__' }, message: 'Columna desconocida' },
    ]);
  });

  it('reads the columns of a catalog by their Spanish or English labels, with or without accents, as the fields they name', () => {
    const { rows, errors } = parseCsv('\uFEFFCódigo;Nombre;Tipo;Organizacion;Correo electrónico;Temas\nACT-1;Ana Pérez;persona;Junta;ana@example.org;AGUA\n', 'actors');
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ code: 'ACT-1', name: 'Ana Pérez', kind: 'persona', organization: 'Junta', email: 'ana@example.org', themes: 'AGUA' }]);
    expect(parseCsv('Code,Name,Kind,Parent place\nP-1,Centro,District,\n', 'places').rows).toEqual([{ code: 'P-1', name: 'Centro', kind: 'District', parent: '' }]);
  });

  it('keeps a header it does not know as it is, for the import to call it unknown', () => {
    expect(Object.keys(parseCsv('Nombre;Color favorito\nAna;azul\n', 'actors').rows[0])).toEqual(['name', 'Color favorito']);
  });

  it('says in Spanish, with a code, what makes a line unreadable', () => {
    expect(parseCsv('code,name\nT-1,Agua,sobra\n').errors).toEqual([
      { line: 2, field: 'csv', code: 'invalid_csv', params: { variant: 'too_many_fields' }, message: 'Sobran celdas: la línea tiene más columnas que el encabezado' },
    ]);
  });

  it('takes a one-column file as one column, not as a missing separator', () => {
    expect(parseCsv('name\nAgua\n')).toEqual({ rows: [{ name: 'Agua' }], errors: [] });
  });
});

describe('the count of errors a file has', () => {
  it('is correct Spanish: "1 error en 1 línea", "3 errores en 2 líneas"', () => {
    expect(errorsInLines([{ line: 4 }])).toBe('1 error en 1 línea');
    expect(errorsInLines([{ line: 3 }, { line: 3 }, { line: 7 }])).toBe('3 errores en 2 líneas');
    expect(errorsInLines([{ line: 3 }, { line: 3 }])).toBe('2 errores en 1 línea');
  });
});
