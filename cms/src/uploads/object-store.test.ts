import { keyOfUrl } from './object-store';

describe('the bucket key of an uploaded file', () => {
  it('is its address without the leading slash, so disk, bucket and backups share one layout', () => {
    expect(keyOfUrl('/uploads/acta_firmada_1a2b3c.png')).toBe('uploads/acta_firmada_1a2b3c.png');
  });

  it('decodes an escaped name as the disk server does', () => {
    expect(keyOfUrl('/uploads/informe%20final_9f.pdf')).toBe('uploads/informe final_9f.pdf');
  });

  it.each([
    ['another folder', '/public/acta.png'],
    ['the folder itself', '/uploads/'],
    ['a nested path', '/uploads/a/b.png'],
    ['an escaped slash', '/uploads/..%2Fsecret'],
    ['a hidden file', '/uploads/.gitkeep'],
    ['a parent folder', '/uploads/..'],
    ['a backslash', '/uploads/a%5Cb.png'],
    ['a control character', '/uploads/a%00.png'],
    ['a malformed escape', '/uploads/a%E0%A4%A.png'],
  ])('names no file for %s', (_what, url) => {
    expect(keyOfUrl(url)).toBeNull();
  });
});
