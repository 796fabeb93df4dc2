import { startApp, type TestApp } from '../helpers/app';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

const post = async (resource: string, csv: string, dryRun: boolean, role: 'admin' | 'press' = 'admin') =>
  app.http.post(`/api/backoffice/imports/${resource}`).set('Authorization', `Bearer ${await app.login(role)}`).send({ csv, dryRun });

describe('CSV import of catalogs', () => {
  const themesCsv = ['code,name,description,colour,parent', 'EJE-X,Eje de prueba,,#224466,', 'T-X1,Tema uno,Primero,#336699,EJE-X', 'T-X2,Tema dos,,,EJE-X'].join('\n');

  it('previews without writing, then imports, and parents may come from earlier lines', async () => {
    const before = await app.strapi.db.query('api::theme.theme').count();
    const preview = await post('themes', themesCsv, true);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ total: 3, valid: 3, created: 3, updated: 0, errors: [] });
    expect(preview.body.preview.map((p: { line: number; action: string }) => [p.line, p.action])).toEqual([
      [2, 'create'],
      [3, 'create'],
      [4, 'create'],
    ]);
    expect(await app.strapi.db.query('api::theme.theme').count()).toBe(before);

    const done = await post('themes', themesCsv, false);
    expect(done.status).toBe(200);
    expect(await app.strapi.db.query('api::theme.theme').count()).toBe(before + 3);
    const child = await app.strapi.db.query('api::theme.theme').findOne({ where: { code: 'T-X1' }, populate: ['parent'] });
    expect(child.parent.code).toBe('EJE-X');
  });

  it('updates by code on a second import instead of duplicating', async () => {
    const before = await app.strapi.db.query('api::theme.theme').count();
    const res = await post('themes', themesCsv.replace('Tema uno', 'Tema uno (revisado)'), false);
    expect(res.body).toMatchObject({ created: 0, updated: 3 });
    expect(await app.strapi.db.query('api::theme.theme').count()).toBe(before);
    expect((await app.strapi.db.query('api::theme.theme').findOne({ where: { code: 'T-X1' } })).name).toBe('Tema uno (revisado)');
  });

  it('reports every bad line with its line number and field, and writes nothing', async () => {
    const csv = [
      'code,name,kind,organization,email,themes,places',
      'ACT-900,Buena Persona,person,,bp@example.org,T-AGUA,',
      'ACT-901,,robot,,no-es-correo,T-NADA,',
      'ACT-900,Repetida,person,,,,',
    ].join('\n');
    const before = await app.strapi.db.query('api::actor.actor').count();
    const res = await post('actors', csv, false);
    expect(res.status).toBe(400);
    const errors = res.body.report.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`);
    expect(errors).toEqual(expect.arrayContaining(['3:name', '3:kind', '3:email', '3:themes', '4:code']));
    expect(errors.some((e: string) => e.startsWith('2:'))).toBe(false);
    expect(await app.strapi.db.query('api::actor.actor').count()).toBe(before);
  });

  it('imports places with kinds and reads semicolon-separated files', async () => {
    const csv = ['code;name;kind;parent', 'P-NUEVO;Barrio Nuevo;neighbourhood;'].join('\n');
    const res = await post('places', csv, false);
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(1);
  });

  it('refuses a line that would make a place the child of its own descendant, and a location that is not GeoJSON', async () => {
    const setup = ['code,name,kind,parent', 'P-DIST,Distrito de prueba,district,', 'P-CORR,Corregimiento de prueba,corregimiento,P-DIST'].join('\n');
    expect((await post('places', setup, false)).body.created).toBe(2);
    const csv = ['code,name,kind,parent,geometry', 'P-DIST,Distrito de prueba,district,P-CORR,', 'P-PUNTO,Punto de prueba,other,,"{""type"":""Point"",""coordinates"":[8.4,-95]}"'].join('\n');
    const res = await post('places', csv, false);
    expect(res.status).toBe(400);
    expect(res.body.report.errors).toEqual([
      { line: 2, field: 'parent', code: 'cycle', message: 'Crearía un ciclo: el padre no puede ser uno de sus descendientes' },
      expect.objectContaining({ line: 3, field: 'geometry', message: expect.stringMatching(/latitud entre -90 y 90/) }),
    ]);
    const admin = await app.client('admin');
    const district = (await admin.getList('places', { filter: { code: 'P-DIST' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } })).data[0];
    expect(district.parent).toBeNull();
  });

  it('reads a file in Spanish: column names and kinds as the screen shows them, with or without accents, as well as the codes', async () => {
    const csv = ['\uFEFFCódigo;Nombre;Tipo;Organización;Correo electrónico;Temas', 'ACT-ES1;Junta de Vecinos de Las Flores;institución;;junta@example.org;T-AGUA', 'ACT-ES2;Grupo de Jóvenes;Grupo;;;', 'ACT-ES3;Ana Jaén;persona;Junta;;', 'ACT-ES4;Otra;institucion;;;'].join('\r\n');
    const res = await post('actors', csv, false);
    expect(res.body).toMatchObject({ created: 4, errors: [] });
    const kinds = await app.strapi.db.query('api::actor.actor').findMany({ where: { code: { $in: ['ACT-ES1', 'ACT-ES2', 'ACT-ES3', 'ACT-ES4'] } }, orderBy: { code: 'asc' }, populate: ['themes'] });
    expect(kinds.map((a: { kind: string }) => a.kind)).toEqual(['institution', 'group', 'person', 'institution']);
    expect(kinds[0].themes.map((t: { code: string }) => t.code)).toEqual(['T-AGUA']);
  });

  it('says in correct Spanish how many errors the file has and on how many lines, each coded for the back office', async () => {
    const one = await post('places', ['Código;Nombre;Tipo', 'P-MAL;Lugar raro;ciudad'].join('\n'), false);
    expect(one.status).toBe(400);
    expect(one.body.message).toBe('El archivo tiene 1 error en 1 línea: no se importó nada');
    expect(one.body.report.errors).toEqual([expect.objectContaining({ line: 2, field: 'kind', code: expect.any(String) })]);
    const three = await post('places', ['code;name;kind;parent', 'P-MAL1;;ciudad;', 'P-MAL2;Bien;district;P-NADA'].join('\n'), false);
    expect(three.body.message).toBe('El archivo tiene 3 errores en 2 líneas: no se importó nada');
  });

  it('is refused to roles that may not write the catalog', async () => {
    expect((await post('themes', themesCsv, true, 'press')).status).toBe(403);
    expect((await post('members', themesCsv, true)).status).toBe(404);
  });
});
