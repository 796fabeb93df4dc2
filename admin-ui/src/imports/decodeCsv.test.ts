import { decodeCsv } from './decodeCsv';

const bytes = (values: number[]) => new Uint8Array(values).buffer;

describe('decodeCsv', () => {
  it('reads UTF-8 and drops its byte order mark', () => {
    const encoded = new TextEncoder().encode('\uFEFFname\nÁrea');
    expect(decodeCsv(encoded.buffer as ArrayBuffer)).toBe('name\nÁrea');
  });

  it('reads a file saved by Excel as Windows-1252', () => {
    // "Peña" in Windows-1252: ñ is 0xF1, which is not valid UTF-8 on its own.
    expect(decodeCsv(bytes([0x50, 0x65, 0xf1, 0x61]))).toBe('Peña');
  });
});
