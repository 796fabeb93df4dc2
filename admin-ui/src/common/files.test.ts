import { formatFiles, parseFiles, storedFiles, uploadErrorsOn, withUploadedFiles, type FileId } from './files';

type FakeFile = { name: string };

const stored = { id: 7, url: '/uploads/acta.pdf', name: 'acta.pdf', mime: 'application/pdf', size: 1200 };
const picked = (name: string) => ({ rawFile: { name }, src: `blob:${name}`, title: name });

/** A fake upload: ids from 100 on, in order, remembering each call. */
const fakeUpload = () => {
  const calls: Array<{ names: string[]; fields: string[] }> = [];
  let nextId = 100;
  const upload = async (files: FakeFile[], fields: string[]): Promise<FileId[]> => {
    calls.push({ names: files.map((f) => f.name), fields });
    return files.map(() => nextId++);
  };
  return { upload, calls };
};

describe('withUploadedFiles', () => {
  it('uploads the new files of a list in one call and puts their ids in place, keeping the stored ones', async () => {
    const { upload, calls } = fakeUpload();
    const data = { title: 'Hito', evidence: [stored, picked('foto.png'), picked('informe.docx')] };
    await expect(withUploadedFiles<typeof data, FakeFile>(data, ['evidence'], upload)).resolves.toEqual({
      title: 'Hito',
      evidence: [stored, 100, 101],
    });
    expect(calls).toEqual([{ names: ['foto.png', 'informe.docx'], fields: ['evidence'] }]);
  });

  it('replaces a single new file (the logo) by its id', async () => {
    const { upload } = fakeUpload();
    const data: Record<string, unknown> = { municipalityName: 'Chitré', logo: picked('escudo.png') };
    await expect(withUploadedFiles<Record<string, unknown>, FakeFile>(data, ['logo'], upload)).resolves.toEqual({ municipalityName: 'Chitré', logo: 100 });
  });

  it('uploads nothing and answers the same record when no file is new', async () => {
    const { upload, calls } = fakeUpload();
    const cases: Record<string, unknown>[] = [
      { status: 'done' },
      { evidence: [stored, 8] },
      { evidence: [] },
      { evidence: null },
      { logo: stored },
      { logo: null },
    ];
    for (const data of cases) {
      await expect(withUploadedFiles<Record<string, unknown>, FakeFile>(data, ['evidence', 'logo'], upload)).resolves.toBe(data);
    }
    expect(calls).toEqual([]);
  });

  it('leaves fields it was not told about alone', async () => {
    const { upload, calls } = fakeUpload();
    const data: Record<string, unknown> = { other: [picked('x.png')] };
    await expect(withUploadedFiles<Record<string, unknown>, FakeFile>(data, ['evidence'], upload)).resolves.toBe(data);
    expect(calls).toEqual([]);
  });

  it('sends every new file of several fields in one upload, telling which fields had some', async () => {
    const { upload, calls } = fakeUpload();
    const data: Record<string, unknown> = { a: [picked('1.png')], b: picked('2.pdf'), c: [stored] };
    await expect(withUploadedFiles<Record<string, unknown>, FakeFile>(data, ['a', 'b', 'c'], upload)).resolves.toEqual({
      a: [100],
      b: 101,
      c: [stored],
    });
    expect(calls).toEqual([{ names: ['1.png', '2.pdf'], fields: ['a', 'b'] }]);
  });

  it('does not touch the record it was given', async () => {
    const { upload } = fakeUpload();
    const evidence = [picked('foto.png')];
    const data = { evidence };
    await withUploadedFiles<typeof data, FakeFile>(data, ['evidence'], upload);
    expect(data.evidence).toBe(evidence);
    expect(evidence[0]).toEqual(picked('foto.png'));
  });

  it('fails, saving nothing, when the upload fails or answers a wrong count', async () => {
    const refused = Object.assign(new Error('Bad Request'), { status: 400 });
    await expect(
      withUploadedFiles({ evidence: [picked('virus.exe')] }, ['evidence'], async () => {
        throw refused;
      }),
    ).rejects.toBe(refused);
    await expect(withUploadedFiles({ evidence: [picked('a.png'), picked('b.png')] }, ['evidence'], async () => [1])).rejects.toThrow(
      'The upload answered 1 files for 2',
    );
  });
});

describe('uploadErrorsOn', () => {
  it('tells the server’s message on the fields the files were picked in', () => {
    expect(uploadErrorsOn({ errors: { files: 'virus.exe: tipo de archivo no admitido' } }, ['evidence'])).toEqual({
      evidence: 'virus.exe: tipo de archivo no admitido',
    });
  });

  it('answers undefined for any other body', () => {
    expect(uploadErrorsOn({ errors: { other: 'x' } }, ['evidence'])).toBeUndefined();
    expect(uploadErrorsOn({ error: { message: 'Forbidden' } }, ['evidence'])).toBeUndefined();
    expect(uploadErrorsOn(null, ['evidence'])).toBeUndefined();
    expect(uploadErrorsOn({ errors: { files: 'x' } }, [])).toBeUndefined();
  });
});

describe('media input format and parse', () => {
  const preview = () => 'blob:preview';

  it('shows stored files with their link and name, and gives them back as the API sent them', () => {
    const shown = formatFiles([stored], true);
    expect(shown).toEqual([{ ...stored, src: '/uploads/acta.pdf', title: 'acta.pdf' }]);
    expect(parseFiles(shown, true, preview)).toEqual([stored]);
    expect(formatFiles(stored, false)).toEqual({ ...stored, src: '/uploads/acta.pdf', title: 'acta.pdf' });
  });

  it('keeps picked files as they are and answers an empty value for no value', () => {
    expect(formatFiles([picked('a.png')], true)).toEqual([picked('a.png')]);
    expect(parseFiles([picked('a.png')], true, preview)).toEqual([picked('a.png')]);
    expect(formatFiles(null, true)).toEqual([]);
    expect(formatFiles(undefined, false)).toBeNull();
    expect(parseFiles(null, false, preview)).toBeNull();
  });

  it('turns a dropped File into a picked file with a preview', () => {
    const file = new File(['x'], 'foto.png', { type: 'image/png' });
    expect(parseFiles([file], true, preview)).toEqual([{ rawFile: file, src: 'blob:preview', title: 'foto.png' }]);
  });
});

describe('storedFiles', () => {
  it('lists the stored files of a value, one or many', () => {
    expect(storedFiles([stored, 8])).toEqual([stored]);
    expect(storedFiles(stored)).toEqual([stored]);
    expect(storedFiles(null)).toEqual([]);
    expect(storedFiles(undefined)).toEqual([]);
  });
});
