/**
 * Reads a CSV file as text. Files saved by Excel in Spanish often are Windows-1252, not UTF-8:
 * when the bytes are not valid UTF-8 they are read as Windows-1252 instead. A BOM is dropped.
 */
export const decodeCsv = (bytes: ArrayBuffer): string => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
};
