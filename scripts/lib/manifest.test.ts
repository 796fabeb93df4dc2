import { backupFolderName, countDifferences, isInside, parseBackupFolderName, parseManifest } from './manifest';

const sha = 'a'.repeat(64);
const manifest = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 1,
    createdAt: '2026-03-10T02:00:00.000Z',
    commit: null,
    database: { client: 'sqlite', file: 'database.sqlite', tables: { actors: 3 } },
    uploads: { files: 1, bytes: 10 },
    files: [
      { path: 'database.sqlite', size: 4096, sha256: sha },
      { path: 'uploads/acta_1.png', size: 10, sha256: sha },
    ],
    ...over,
  });

describe('backup folder names', () => {
  it('name a backup by its UTC time, sortable and without colons, and read it back', () => {
    const date = new Date('2026-03-10T02:00:07.123Z');
    expect(backupFolderName(date)).toBe('sigobito-2026-03-10T02-00-07Z');
    expect(parseBackupFolderName('sigobito-2026-03-10T02-00-07Z')).toEqual(new Date('2026-03-10T02:00:07Z'));
  });

  it('are not confused with other folders or impossible dates', () => {
    for (const name of ['.sigobito-2026-03-10T02-00-07Z.partial', 'sigobito-2026-03-10T02-00-07Z.old', 'sigobito-2026-13-01T00-00-00Z', 'sigobito-2026-02-30T00-00-00Z', 'notas', 'sigobito-latest']) {
      expect(parseBackupFolderName(name)).toBeNull();
    }
  });
});

describe('comparing restored row counts with the manifest', () => {
  it('finds no difference when every table has its rows', () => {
    expect(countDifferences({ actors: 3, files: 0 }, { files: 0, actors: 3 })).toEqual([]);
  });

  it('names each table with other rows, missing from the restore, or not in the backup', () => {
    expect(countDifferences({ actors: 3, files: 2 }, { actors: 4, tasks: 0 })).toEqual(['actors: 3 → 4', 'files: 2 → falta', 'tasks: no está en el respaldo → 0']);
  });

  it('treats table names as data, not as properties of an object', () => {
    expect(countDifferences(JSON.parse('{"__proto__": 1, "constructor": 2}'), { toString: 2 })).toEqual(['__proto__: 1 → falta', 'constructor: 2 → falta', 'toString: no está en el respaldo → 2']);
  });
});

describe('reading a manifest', () => {
  it('accepts a manifest as the backup writes it', () => {
    expect(parseManifest(manifest()).database.tables).toEqual({ actors: 3 });
  });

  it.each([
    ['is not JSON', '{', /no es JSON válido/],
    ['comes from a newer format', manifest({ format: 2 }), /formato 2 desconocido/],
    ['names another engine', manifest({ database: { client: 'postgres', file: 'database.sqlite', tables: {} } }), /database/],
    ['has a negative row count', manifest({ database: { client: 'sqlite', file: 'database.sqlite', tables: { actors: -1 } } }), /database.tables/],
    ['does not list its database file', manifest({ files: [{ path: 'uploads/a.png', size: 1, sha256: sha }] }), /no lista el archivo de la base de datos/],
    ['has a file without a proper sha256', manifest({ files: [{ path: 'database.sqlite', size: 1, sha256: 'abc' }] }), /files/],
    ['points outside the backup folder', manifest({ files: [{ path: 'database.sqlite', size: 1, sha256: sha }, { path: '../../.env', size: 1, sha256: sha }] }), /sale de la carpeta/],
  ])('refuses one that %s', (_what, text, message) => {
    expect(() => parseManifest(text)).toThrow(message);
  });

  it('keeps file paths inside the backup folder', () => {
    expect(isInside('uploads/acta_1.png')).toBe(true);
    for (const p of ['', '/etc/passwd', '../x', 'uploads/../../x', 'uploads//x', './x', 'uploads\\..\\x', 'a\0b']) expect(isInside(p)).toBe(false);
  });
});
