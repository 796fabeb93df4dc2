/* Issue 7, findings 5 and 10: sessions end when they must (password change, deactivation,
   logout), and the back office keeps its session in an httpOnly cookie no script can read. */
import crypto from 'node:crypto';
import { startApp, type TestApp } from '../integration/helpers/app';

let app: TestApp;
beforeAll(async () => {
  // Dozens of logins a minute from one address; the brake itself is tested at the end.
  process.env.LOGIN_RATE_LIMIT = '100';
  app = await startApp();
});
afterAll(() => app.stop());

const COOKIE = 'sigobito_session';
const HEADER = { 'X-Requested-With': 'sigobito' };
const me = (bearer: string) => app.http.get('/api/backoffice/me').set('Authorization', `Bearer ${bearer}`);
const meByCookie = (cookie: string) => app.http.get('/api/backoffice/me').set('Cookie', `${COOKIE}=${cookie}`);
const bearerLogin = async (identifier: string, password: string) => {
  const res = await app.http.post('/api/auth/local').send({ identifier, password });
  expect(res.status).toBe(200);
  return res.body.jwt as string;
};

/** The session cookie a response sets: its value and its attributes, lower-cased. */
function sessionCookie(res: { headers: Record<string, unknown> }) {
  const all = ([] as string[]).concat((res.headers['set-cookie'] as string[] | undefined) ?? []);
  const raw = all.find((c) => c.startsWith(`${COOKIE}=`));
  if (!raw) return null;
  const [pair, ...attrs] = raw.split(';').map((p) => p.trim());
  return { value: pair.slice(COOKIE.length + 1), attributes: attrs.map((a) => a.toLowerCase()), raw };
}

const cookieLogin = async (identifier: string, password: string) => {
  const res = await app.http.post('/api/backoffice/session').set(HEADER).send({ identifier, password });
  expect(res.status).toBe(200);
  return sessionCookie(res)!.value;
};

/** A JWT signed with the test suite's JWT_SECRET, with the claims given (back-dated as needed). */
function signToken(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  const signature = crypto.createHmac('sha256', process.env.JWT_SECRET!).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

let serial = 0;
/** A fresh staff member (never a demo user another test relies on), with their password. */
async function newMember() {
  const n = `${Date.now().toString(36)}${++serial}`;
  const password = `clave-inicial-${n}`;
  const res = await app.http
    .post('/api/backoffice/members')
    .set('Authorization', `Bearer ${await app.login('admin')}`)
    .send({ fullName: `Sesiones ${n}`, username: `ses${n}`, email: `ses${n}@example.org`, password, role: 'staff' });
  expect(res.status).toBe(201);
  const user = (await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: `ses${n}` }, select: ['id'] })) as { id: number };
  return { id: res.body.id as string, userId: user.id, username: `ses${n}`, fullName: `Sesiones ${n}`, password };
}

describe('sessions end when they must', () => {
  it('refuses a token issued before an administrator changed the password, not before another edit', async () => {
    const member = await newMember();
    const before = await bearerLogin(member.username, member.password);
    const admin = await app.login('admin');
    const edit = (data: object) => app.http.put(`/api/backoffice/members/${member.id}`).set('Authorization', `Bearer ${admin}`).send(data);
    expect((await edit({ phone: '6000-0000' })).status).toBe(200);
    expect((await me(before)).status).toBe(200);
    expect((await edit({ password: 'una-clave-nueva-1' })).status).toBe(200);
    expect((await me(before)).status).toBe(401);
    expect((await me(await bearerLogin(member.username, 'una-clave-nueva-1'))).status).toBe(200);
  });

  it('refuses a token issued before a deactivation, also once the member is reactivated', async () => {
    const member = await newMember();
    const receiver = await newMember();
    const before = await bearerLogin(member.username, member.password);
    const admin = { Authorization: `Bearer ${await app.login('admin')}` };
    await app.http.post(`/api/backoffice/members/${member.id}/deactivate`).set(admin).send({ handoverTo: receiver.id }).expect(200);
    await app.http.post(`/api/backoffice/members/${member.id}/reactivate`).set(admin).expect(200);
    expect((await me(before)).status).toBe(401);
    expect((await me(await bearerLogin(member.username, member.password))).status).toBe(200);
  });

  it('ends every session of the user at logout: this token, other tokens and browser cookies', async () => {
    const member = await newMember();
    const token = await bearerLogin(member.username, member.password);
    const otherDevice = await bearerLogin(member.username, member.password);
    const browser = await cookieLogin(member.username, member.password);
    const out = await app.http.delete('/api/backoffice/session').set('Authorization', `Bearer ${token}`);
    expect(out.status).toBe(204);
    expect((await me(token)).status).toBe(401);
    expect((await me(otherDevice)).status).toBe(401);
    expect((await meByCookie(browser)).status).toBe(401);
    // users-permissions' own routes refuse it too (closed at the edge besides).
    expect([401, 404]).toContain((await app.http.get('/api/users/me').set('Authorization', `Bearer ${token}`)).status);
  });

  it('logs a browser out: its cookie is deleted and no longer accepted', async () => {
    const member = await newMember();
    const browser = await cookieLogin(member.username, member.password);
    const out = await app.http.delete('/api/backoffice/session').set('Cookie', `${COOKIE}=${browser}`).set(HEADER);
    expect(out.status).toBe(204);
    expect(sessionCookie(out)).toMatchObject({ value: '' });
    expect(sessionCookie(out)!.attributes).toContain('max-age=0');
    expect((await meByCookie(browser)).status).toBe(401);
  });
});

describe('who is behind a session is cached a few seconds, and forgotten at once when it changes', () => {
  /** The user is cached: several requests in a row answered from the cache. */
  const warm = async (bearer: string) => {
    for (let i = 0; i < 3; i++) expect((await me(bearer)).status).toBe(200);
  };

  it('refuses a logged-out session on the very next request, with the cache warm', async () => {
    const member = await newMember();
    const token = await bearerLogin(member.username, member.password);
    const browser = await cookieLogin(member.username, member.password);
    await warm(token);
    expect((await meByCookie(browser)).status).toBe(200);
    await app.http.delete('/api/backoffice/session').set('Cookie', `${COOKIE}=${browser}`).set(HEADER).expect(204);
    expect((await me(token)).status).toBe(401);
  });

  it('checks the signature of any token it has not verified: an altered one, or one that has expired since, is refused with the genuine one warm', async () => {
    const member = await newMember();
    const token = await bearerLogin(member.username, member.password);
    await warm(token); // its signature checked once, then remembered
    const [head, body, signature] = token.split('.');
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    expect((await me(`${head}.${body}.${flipped}`)).status).toBe(401);
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
    const otherUser = Buffer.from(JSON.stringify({ ...claims, id: 1 })).toString('base64url');
    expect((await me(`${head}.${otherUser}.${signature}`)).status).toBe(401);
    // A token of the same session that expires in two or three seconds: accepted, remembered, then refused once expired.
    const exp = Math.floor(Date.now() / 1000) + 3;
    const shortLived = signToken({ ...claims, exp });
    await warm(shortLived);
    while (Date.now() < exp * 1000) await new Promise((resolve) => setTimeout(resolve, 50)); // until the clock passes its expiry
    expect((await me(shortLived)).status).toBe(401);
    expect((await me(token)).status).toBe(200);
  });

  it('refuses the very next request after a password change, a deactivation or a block', async () => {
    const admin = { Authorization: `Bearer ${await app.login('admin')}` };
    const byPassword = await newMember();
    const passwordToken = await bearerLogin(byPassword.username, byPassword.password);
    await warm(passwordToken);
    await app.http.put(`/api/backoffice/members/${byPassword.id}`).set(admin).send({ password: 'otra-clave-nueva-2' }).expect(200);
    expect((await me(passwordToken)).status).toBe(401);

    const leaving = await newMember();
    const receiver = await newMember();
    const leavingToken = await bearerLogin(leaving.username, leaving.password);
    await warm(leavingToken);
    await app.http.post(`/api/backoffice/members/${leaving.id}/deactivate`).set(admin).send({ handoverTo: receiver.id }).expect(200);
    expect((await me(leavingToken)).status).toBe(401);

    const blocked = await newMember();
    const blockedToken = await bearerLogin(blocked.username, blocked.password);
    await warm(blockedToken);
    // Blocked by any way the account is written (here Strapi's own service, as its admin panel does).
    const account = (await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { id: blocked.userId }, select: ['documentId'] })) as { documentId: string };
    await app.strapi.documents('plugin::users-permissions.user').update({ documentId: account.documentId, data: { blocked: true } as never });
    expect((await me(blockedToken)).status).toBe(401);
  });

  it('answers with the new role on the very next request after a role change', async () => {
    const member = await newMember();
    const token = await bearerLogin(member.username, member.password);
    await warm(token);
    const admin = { Authorization: `Bearer ${await app.login('admin')}` };
    await app.http.put(`/api/backoffice/members/${member.id}`).set(admin).send({ role: 'press' }).expect(200);
    expect((await me(token)).body.role).toBe('press');
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, and names it when it is wrong', async () => {
    const member = await newMember();
    const token = await bearerLogin(member.username, member.password);
    const wrong = await app.http.put('/api/backoffice/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: 'no-es-esta', password: 'otra-clave-larga' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual({ currentPassword: 'La contraseña actual no es correcta' });
    const missing = await app.http.put('/api/backoffice/me/password').set('Authorization', `Bearer ${token}`).send({ password: 'otra-clave-larga' });
    expect(missing.body.errors).toEqual({ currentPassword: 'Es obligatorio' });
    expect((await me(token)).status).toBe(200);
  });

  it('refuses a short password and the same one again, like the members form', async () => {
    const member = await newMember();
    const token = await bearerLogin(member.username, member.password);
    const put = (password: unknown) => app.http.put('/api/backoffice/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: member.password, password });
    expect((await put('corta')).body.errors).toEqual({ password: 'Como mínimo 8 caracteres' });
    expect((await put(member.password)).body.errors).toEqual({ password: 'Debe ser distinta de la actual' });
    expect((await put(12345678)).body.errors).toEqual({ password: 'Debe ser un texto' });
  });

  it('ends every other session and gives the browser that changed it a fresh one', async () => {
    const member = await newMember();
    const apiToken = await bearerLogin(member.username, member.password);
    const otherBrowser = await cookieLogin(member.username, member.password);
    const browser = await cookieLogin(member.username, member.password);
    const res = await app.http
      .put('/api/backoffice/me/password')
      .set('Cookie', `${COOKIE}=${browser}`)
      .set(HEADER)
      .send({ currentPassword: member.password, password: 'mi-clave-nueva-2026' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ changed: true });
    const fresh = sessionCookie(res)!.value;
    expect((await meByCookie(fresh)).status).toBe(200);
    expect((await meByCookie(browser)).status).toBe(401);
    expect((await meByCookie(otherBrowser)).status).toBe(401);
    expect((await me(apiToken)).status).toBe(401);
    expect((await app.http.post('/api/auth/local').send({ identifier: member.username, password: member.password })).status).toBe(400);
    expect((await me(await bearerLogin(member.username, 'mi-clave-nueva-2026'))).status).toBe(200);
  });

  it('gives an API client a fresh token, and records the change (never the password) in the history', async () => {
    const member = await newMember();
    const token = await bearerLogin(member.username, member.password);
    const res = await app.http.put('/api/backoffice/me/password').set('Authorization', `Bearer ${token}`).send({ currentPassword: member.password, password: 'mi-clave-nueva-2027' });
    expect(res.status).toBe(200);
    expect((await me(token)).status).toBe(401);
    expect((await me(res.body.jwt)).status).toBe(200);
    const log = await app.http
      .get('/api/backoffice/audit-logs')
      .query({ filter: JSON.stringify({ resource: 'accounts' }), sort: JSON.stringify(['at', 'DESC']), range: '[0,49]' })
      .set('Authorization', `Bearer ${await app.login('admin')}`);
    const entry = (log.body as Array<{ recordLabel: string; userName: string; changes: Record<string, unknown> }>).find((e) => e.recordLabel === member.username && e.userName === member.fullName);
    expect(entry?.changes).toEqual({ password: { before: '••••••', after: '••••••' } });
    expect(JSON.stringify(log.body)).not.toContain('mi-clave-nueva-2027');
  });
});

describe('the browser session cookie', () => {
  it('is set at login as httpOnly, SameSite=Strict and for the API only, and the answer carries no token', async () => {
    const member = await newMember();
    const res = await app.http.post('/api/backoffice/session').set(HEADER).send({ identifier: member.username, password: member.password });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: member.username, role: 'staff' });
    expect(res.body).not.toHaveProperty('jwt');
    const cookie = sessionCookie(res)!;
    expect(cookie.attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/api']));
    expect(JSON.stringify(res.body)).not.toContain(cookie.value);
  });

  it('authenticates reads without any header, and is reissued on each use (the idle timeout slides)', async () => {
    const member = await newMember();
    const cookie = await cookieLogin(member.username, member.password);
    const res = await meByCookie(cookie);
    expect(res.status).toBe(200);
    expect(res.body.username).toBe(member.username);
    expect(sessionCookie(res)!.attributes).toContain('httponly');
    const list = await app.http.get('/api/backoffice/themes').set('Cookie', `${COOKIE}=${cookie}`);
    expect(list.status).toBe(200);
  });

  it.each([
    ['POST', '/api/backoffice/me/calendar-token'],
    ['PUT', '/api/backoffice/me/notifications'],
    ['DELETE', '/api/backoffice/session'],
  ])('refuses a %s to %s authenticated by the cookie without the custom header (403)', async (method, path) => {
    const member = await newMember();
    const cookie = await cookieLogin(member.username, member.password);
    const call = () => app.http[method.toLowerCase() as 'post' | 'put' | 'delete'](path).set('Cookie', `${COOKIE}=${cookie}`);
    expect((await call().send({ weeklyDigest: false })).status).toBe(403);
    expect((await call().set('X-Requested-With', 'XMLHttpRequest').send({ weeklyDigest: false })).status).toBe(403);
    expect((await call().set(HEADER).send({ weeklyDigest: false })).status).toBeLessThan(300);
  });

  it('refuses a write from a foreign or opaque Origin, and accepts its own', async () => {
    const member = await newMember();
    const cookie = await cookieLogin(member.username, member.password);
    const put = (origin: string) =>
      app.http.put('/api/backoffice/me/notifications').set('Cookie', `${COOKIE}=${cookie}`).set(HEADER).set('Origin', origin).send({ weeklyDigest: false });
    expect((await put('https://evil.example')).status).toBe(403);
    expect((await put('null')).status).toBe(403);
    expect((await put(app.baseUrl)).status).toBe(200);
  });

  it('refuses a login from a forged form: without the header or from a foreign origin', async () => {
    const member = await newMember();
    const body = { identifier: member.username, password: member.password };
    expect((await app.http.post('/api/backoffice/session').send(body)).status).toBe(403);
    expect((await app.http.post('/api/backoffice/session').set(HEADER).set('Origin', 'https://evil.example').send(body)).status).toBe(403);
  });

  it('ends after the idle limit without a request', async () => {
    const member = await newMember();
    const now = Date.now();
    const idle = signToken({ id: member.userId, typ: 'backoffice-session', loginAt: now - 40 * 60_000, iat: Math.floor((now - 31 * 60_000) / 1000), exp: Math.floor(now / 1000) + 3600 });
    const res = await meByCookie(idle);
    expect(res.status).toBe(401);
    expect(sessionCookie(res)).toMatchObject({ value: '' });
    const active = signToken({ id: member.userId, typ: 'backoffice-session', loginAt: now - 40 * 60_000, iat: Math.floor((now - 29 * 60_000) / 1000), exp: Math.floor(now / 1000) + 3600 });
    expect((await meByCookie(active)).status).toBe(200);
  });

  it('ends SESSION_HOURS after the login, however active the person is', async () => {
    const member = await newMember();
    const now = Date.now();
    const loggedInAgo = (minutes: number) =>
      signToken({ id: member.userId, typ: 'backoffice-session', loginAt: now - minutes * 60_000, iat: Math.floor((now - 60_000) / 1000), exp: Math.floor(now / 1000) + 3600 });
    expect((await meByCookie(loggedInAgo(10 * 60 - 1))).status).toBe(200);
    expect((await meByCookie(loggedInAgo(10 * 60 + 1))).status).toBe(401);
  });

  it('is never accepted as a bearer token, nor a bearer token as the cookie', async () => {
    const member = await newMember();
    const cookie = await cookieLogin(member.username, member.password);
    expect((await me(cookie)).status).toBe(401);
    expect([401, 404]).toContain((await app.http.get('/api/users/me').set('Authorization', `Bearer ${cookie}`)).status);
    expect((await meByCookie(await bearerLogin(member.username, member.password))).status).toBe(401);
  });
});

describe('the browser login', () => {
  it('refuses a wrong password naming the field, and an inactive member', async () => {
    const member = await newMember();
    const receiver = await newMember();
    const login = (body: object) => app.http.post('/api/backoffice/session').set(HEADER).send(body);
    const wrong = await login({ identifier: member.username, password: 'no-es-esta' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual({ password: 'Usuario o contraseña incorrectos' });
    expect(sessionCookie(wrong)).toBeNull();
    expect((await login({ identifier: member.username })).body.errors).toEqual({ password: 'Es obligatorio' });
    await app.http
      .post(`/api/backoffice/members/${member.id}/deactivate`)
      .set('Authorization', `Bearer ${await app.login('admin')}`)
      .send({ handoverTo: receiver.id })
      .expect(200);
    expect((await login({ identifier: member.username, password: member.password })).status).toBe(401);
  });

  it('is braked like /api/auth/local, and a made-up e-mail field buys no fresh allowance', async () => {
    const attempt = (extra: object = {}) => app.http.post('/api/backoffice/session').set(HEADER).send({ identifier: 'nadie', password: 'adivinando', ...extra });
    const withEmail = await attempt({ email: 'otro@example.org' });
    expect(withEmail.status).toBe(400);
    expect(withEmail.body.errors).toEqual({ email: 'Campo no admitido' });
    const limit = Number(process.env.LOGIN_RATE_LIMIT ?? 30);
    const statuses: number[] = [];
    for (let i = 0; i <= limit && !statuses.includes(429); i++) statuses.push((await attempt()).status);
    expect(statuses).toContain(429);
  });
});
