/**
 * Files of media fields (milestone evidence, progress-report attachments, the settings' logo).
 *
 * The API answers a media field as stored files `{ id, url, name, mime, size }` (one, or a list)
 * and takes file ids back (a stored file object is accepted too: only its `id` is read). A
 * `<FileInput>` adds the files the user picks as `{ rawFile, src, title }`: before a save they
 * are uploaded (`POST /api/backoffice/uploads`) and replaced by the ids the server gives them.
 * Pure: the upload itself is passed in (see dataProvider.ts).
 */

/** A file the server already stores, as the API answers it. */
export type StoredFile = { id: number | string; url: string; name: string; mime?: string | null; size?: number | null };

/** A file picked in a `<FileInput>`, not uploaded yet. */
export type NewFile<F = File> = { rawFile: F; src?: string; title?: string };

export type FileId = number | string;

/** Uploads the files (in one request) and answers their ids, in the same order. */
export type Upload<F = File> = (files: F[], fields: string[]) => Promise<FileId[]>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export const isNewFile = (value: unknown): value is NewFile<unknown> => isObject(value) && value.rawFile != null;

export const isStoredFile = (value: unknown): value is StoredFile =>
  isObject(value) && !isNewFile(value) && (typeof value.id === 'number' || typeof value.id === 'string');

/**
 * The record with every new file of the given media fields uploaded and replaced by its id,
 * in place; stored files (and ids) stay as they are. All new files go in one upload; a record
 * without any is answered unchanged (the same object) and nothing is uploaded.
 */
export const withUploadedFiles = async <T extends Record<string, unknown>, F = File>(
  data: T,
  fields: readonly string[],
  upload: Upload<F>,
): Promise<T> => {
  const picked: F[] = [];
  const withNew: string[] = [];
  for (const field of fields) {
    const value = data[field];
    const items = Array.isArray(value) ? value : [value];
    const fresh = items.filter(isNewFile);
    if (!fresh.length) continue;
    withNew.push(field);
    picked.push(...fresh.map((file) => file.rawFile as F));
  }
  if (!picked.length) return data;

  const ids = await upload(picked, withNew);
  if (ids.length !== picked.length) throw new Error(`The upload answered ${ids.length} files for ${picked.length}`);
  let next = 0;
  const idOf = (item: unknown) => (isNewFile(item) ? ids[next++] : item);
  const result: Record<string, unknown> = { ...data };
  for (const field of withNew) {
    const value = data[field];
    result[field] = Array.isArray(value) ? value.map(idOf) : idOf(value);
  }
  return result as T;
};

/**
 * The server's refusal of an upload (`{ errors: { files: "…" } }`) told on the media fields
 * the files were picked in, so a form shows it next to their input; undefined for any other body.
 */
export const uploadErrorsOn = (body: unknown, fields: readonly string[]): Record<string, string> | undefined => {
  const errors = isObject(body) ? body.errors : undefined;
  const message = isObject(errors) ? errors.files : undefined;
  if (typeof message !== 'string' || message === '' || !fields.length) return undefined;
  return Object.fromEntries(fields.map((field) => [field, message]));
};

/** What a `<FileInput>` previews: new files as picked, stored ones with their link and name as `src`/`title`. */
export const toInputFile = (file: unknown): unknown =>
  isStoredFile(file) ? { ...file, src: file.url, title: file.name } : file;

/** Back to the API's shape: a picked `File` becomes `{ rawFile, src, title }`; stored files lose `src`/`title`. */
export const fromInputFile = (file: unknown, preview: (file: File) => string): unknown => {
  if (typeof File !== 'undefined' && file instanceof File) return { rawFile: file, src: preview(file), title: file.name };
  if (!isStoredFile(file)) return file;
  const { src: _src, title: _title, ...stored } = file as StoredFile & { src?: unknown; title?: unknown };
  return stored;
};

/** `format` of a media input. */
export const formatFiles = (value: unknown, multiple: boolean): unknown => {
  if (value == null || value === '') return multiple ? [] : null;
  return Array.isArray(value) ? value.map(toInputFile) : toInputFile(value);
};

/** `parse` of a media input. */
export const parseFiles = (value: unknown, multiple: boolean, preview: (file: File) => string): unknown => {
  if (value == null || value === '') return multiple ? [] : null;
  return Array.isArray(value) ? value.map((file) => fromInputFile(file, preview)) : fromInputFile(value, preview);
};

/** The stored files of a media value, for links (an id-only value has nothing to show). */
export const storedFiles = (value: unknown): StoredFile[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).filter(isStoredFile).filter((file) => typeof file.url === 'string');
