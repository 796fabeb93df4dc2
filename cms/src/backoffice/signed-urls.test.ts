import { isSignedUpload, signMedia, signUploadUrl } from './signed-urls';

const SECRET = 'a-secret';
const now = Date.parse('2026-12-01T15:20:00Z');
const parts = (url: string) => {
  const u = new URL(url, 'http://x');
  return { path: u.pathname, exp: u.searchParams.get('exp') ?? undefined, sig: u.searchParams.get('sig') ?? undefined };
};

describe('signed addresses of uploaded files', () => {
  it('serves a file at the address handed out, for about a working day', () => {
    const { path, exp, sig } = parts(signUploadUrl('/uploads/acta_1a2b3c.pdf', now, SECRET));
    expect(path).toBe('/uploads/acta_1a2b3c.pdf');
    expect(isSignedUpload(path, exp, sig, now, SECRET)).toBe(true);
    expect(isSignedUpload(path, exp, sig, now + 12 * 3600_000, SECRET)).toBe(true);
    expect(isSignedUpload(path, exp, sig, now + 14 * 3600_000, SECRET)).toBe(false);
  });

  it('gives the same address within the hour, so the browser can cache it', () => {
    expect(signUploadUrl('/uploads/a.png', now, SECRET)).toBe(signUploadUrl('/uploads/a.png', now + 5 * 60_000, SECRET));
  });

  it('refuses a bare address, another file with the same signature, a stretched expiry and another key', () => {
    const { exp, sig } = parts(signUploadUrl('/uploads/a.png', now, SECRET));
    expect(isSignedUpload('/uploads/a.png', undefined, undefined, now, SECRET)).toBe(false);
    expect(isSignedUpload('/uploads/b.png', exp, sig, now, SECRET)).toBe(false);
    expect(isSignedUpload('/uploads/a.png', String(Number(exp) + 3600 * 24 * 365), sig, now, SECRET)).toBe(false);
    expect(isSignedUpload('/uploads/a.png', exp, sig, now, 'another')).toBe(false);
  });

  it('signs every file of a media value and leaves other addresses alone', () => {
    const signed = signMedia([{ id: 1, url: '/uploads/a.png' }, { id: 2, url: 'https://cdn.example/b.png' }], now, SECRET) as Array<{ url: string }>;
    expect(signed[0].url).toMatch(/^\/uploads\/a\.png\?exp=\d+&sig=/);
    expect(signed[1].url).toBe('https://cdn.example/b.png');
    expect(signMedia(null, now, SECRET)).toBeNull();
  });
});
