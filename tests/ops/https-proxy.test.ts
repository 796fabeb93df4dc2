/**
 * Issue 11: the README's HTTPS example, run for real. nginx (the Debian package) with the
 * repository's own configuration, deploy/nginx/sigobito.conf — only its ports and certificate
 * paths replaced — in front of a real CMS and public site, with a self-signed certificate made
 * here by openssl. The back office and the site are reached over https://, a login works
 * through the proxy with a Secure cookie, and the CMS counts clients by the address nginx saw.
 * nginx runs unprivileged-style: foreground, random high ports, its own prefix under .tmp.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { startApp, DEMO_PASSWORD, type TestApp } from '../integration/helpers/app';
import { freePort, waitForUrl } from '../integration/helpers/cms-process';

const root = path.resolve(__dirname, '../..');
const work = path.join(root, '.tmp', `ops-https-${process.env.JEST_WORKER_ID ?? '1'}`);
const CONFIG = path.join(root, 'deploy', 'nginx', 'sigobito.conf');
const BACKOFFICE = 'gestion.municipio.example';
const SITE = 'transparencia.municipio.example';
const LOGIN_LIMIT = 3;
const saved = { ...process.env };

let app: TestApp;
let site: ChildProcess;
let nginx: ChildProcess;
let nginxLog = '';
let cert: Buffer;
let httpsPort: number;
let httpPort: number;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; authorized?: boolean };
type Call = { method?: string; headers?: Record<string, string>; body?: Buffer | string; localAddress?: string };

/** A request to nginx as a browser at `https://<name>:<port>` would make it (SNI, Host, our CA). */
function viaProxy(name: string, urlPath: string, call: Call = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port: httpsPort,
        servername: name,
        ca: cert,
        path: urlPath,
        method: call.method ?? 'GET',
        localAddress: call.localAddress,
        headers: { Host: `${name}:${httpsPort}`, ...call.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), authorized: (res.socket as TLSSocket).authorized }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(call.body);
  });
}

/** Replaces what `pattern` matches, which must occur exactly `count` times (the example changed otherwise). */
function replaceExactly(text: string, pattern: RegExp, replacement: string, count: number): string {
  const found = text.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
  if (found !== count) throw new Error(`deploy/nginx/sigobito.conf: expected ${count} × ${pattern}, found ${found}`);
  return text.replace(new RegExp(pattern.source, 'g'), replacement);
}

function nginxBinary(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) if (fs.existsSync(candidate)) return candidate;
  throw new Error('nginx is not installed: apt-get install nginx (.ci/run installs it)');
}

/** The repository's example with only ports and certificate paths replaced, and a minimal nginx.conf around it. */
function writeNginxConfig(cmsPort: number, sitePort: number): string {
  let site = fs.readFileSync(CONFIG, 'utf8');
  site = replaceExactly(site, /listen 80;/, `listen 127.0.0.1:${httpPort};`, 1);
  site = replaceExactly(site, /listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`, 2);
  site = replaceExactly(site, /ssl_certificate\s+\S+;/, `ssl_certificate ${path.join(work, 'cert.pem')};`, 2);
  site = replaceExactly(site, /ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${path.join(work, 'key.pem')};`, 2);
  site = replaceExactly(site, /proxy_pass http:\/\/127\.0\.0\.1:1337;/, `proxy_pass http://127.0.0.1:${cmsPort};`, 1);
  site = replaceExactly(site, /proxy_pass http:\/\/127\.0\.0\.1:4321;/, `proxy_pass http://127.0.0.1:${sitePort};`, 1);
  fs.writeFileSync(path.join(work, 'sigobito.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((d) => `  ${d}_temp_path ${path.join(work, 'temp', d)};`).join('\n');
  const main = [
    // As root (CI), workers would switch to `nobody`, who cannot read this folder.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${path.join(work, 'nginx.pid')};`,
    `error_log ${path.join(work, 'error.log')} warn;`,
    'events { worker_connections 64; }',
    'http {',
    '  access_log off;',
    temp,
    `  include ${path.join(work, 'sigobito.conf')};`,
    '}',
    '',
  ].join('\n');
  const file = path.join(work, 'nginx.conf');
  fs.writeFileSync(file, main);
  return file;
}

beforeAll(async () => {
  const binary = nginxBinary();
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'temp'), { recursive: true });
  // A self-signed certificate for both names, made now.
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${BACKOFFICE}`,
    '-addext', `subjectAltName=DNS:${BACKOFFICE},DNS:${SITE}`,
    '-keyout', path.join(work, 'key.pem'), '-out', path.join(work, 'cert.pem'),
  ], { stdio: 'pipe' });
  cert = fs.readFileSync(path.join(work, 'cert.pem'));
  // The back office is served from its build, as in production.
  if (!fs.existsSync(path.join(root, 'admin-ui', 'dist', 'index.html'))) execFileSync('npm', ['run', 'build', '-w', '@sigobito/admin-ui'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

  httpsPort = await freePort();
  httpPort = await freePort();
  Object.assign(process.env, {
    TRUST_PROXY: '1',
    LOGIN_RATE_LIMIT: String(LOGIN_LIMIT),
    CMS_URL: `https://${BACKOFFICE}:${httpsPort}`,
    PUBLIC_SITE_URL: `https://${SITE}:${httpsPort}`,
  });
  app = await startApp();
  const sitePort = await freePort();
  site = spawn(process.execPath, ['public-site/server.mjs'], {
    cwd: root,
    env: { ...process.env, CMS_URL: app.baseUrl, PUBLIC_PORT: String(sitePort), PUBLIC_HOST: '127.0.0.1', TRUST_PROXY: '1' },
    stdio: 'ignore',
  });
  await waitForUrl(`http://127.0.0.1:${sitePort}/salud`, 60_000, () => (site.exitCode !== null ? `the public site exited (${site.exitCode})` : null));

  const conf = writeNginxConfig(Number(new URL(app.baseUrl).port), sitePort);
  const args = ['-p', work, '-e', path.join(work, 'error.log'), '-c', conf];
  execFileSync(binary, [...args, '-t'], { stdio: 'pipe' });
  nginx = spawn(binary, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stderr?.on('data', (d) => (nginxLog += d));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}): ${nginxLog}`);
    const up = await viaProxy(BACKOFFICE, '/_health').catch(() => null);
    if (up && up.status < 500) break;
    if (Date.now() > deadline) throw new Error(`nginx did not answer on ${httpsPort}: ${nginxLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx.once('exit', r));
    nginx.kill('SIGQUIT');
    await exited;
  }
  site?.kill('SIGTERM');
  await app?.stop();
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  fs.rmSync(work, { recursive: true, force: true });
});

describe("the README's HTTPS example (deploy/nginx/sigobito.conf) in front of SIGOBito", () => {
  it('serves the back office over https, with the certificate made for its name', async () => {
    const res = await viaProxy(BACKOFFICE, '/backoffice/');
    expect(res.authorized).toBe(true);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString()).toMatch(/<div id="root">/);
  });

  it('serves the public site over https', async () => {
    const res = await viaProxy(SITE, '/');
    expect(res.authorized).toBe(true);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toMatch(/<h1[^>]*>\s*Municipio de San Isidro del Valle\s*<\/h1>/);
  });

  it('sends plain http to https', async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get({ host: '127.0.0.1', port: httpPort, path: '/backoffice/', headers: { Host: BACKOFFICE }, agent: false }, resolve).on('error', reject),
    );
    res.resume();
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(`https://${BACKOFFICE}/backoffice/`);
  });

  it('logs in to the back office through the proxy, with a Secure session cookie the next call is accepted with', async () => {
    const login = await viaProxy(BACKOFFICE, '/api/backoffice/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'sigobito', Origin: `https://${BACKOFFICE}:${httpsPort}` },
      body: JSON.stringify({ identifier: 'goal-manager@demo.sigobito.org', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []).find((c) => c.startsWith('sigobito_session='));
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; HttpOnly/i);
    const me = await viaProxy(BACKOFFICE, '/api/backoffice/me', { headers: { Cookie: cookie!.split(';')[0], 'X-Requested-With': 'sigobito' } });
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body.toString())).toEqual(expect.objectContaining({ email: 'goal-manager@demo.sigobito.org' }));
    // The scheme came from the proxy: straight to the CMS over http the same login's cookie is not Secure.
    const direct = await app.http.post('/api/backoffice/session').set('X-Requested-With', 'sigobito').send({ identifier: 'goal-manager@demo.sigobito.org', password: DEMO_PASSWORD });
    expect(direct.status).toBe(200);
    expect(([] as string[]).concat(direct.headers['set-cookie'] ?? []).find((c) => c.startsWith('sigobito_session='))).not.toMatch(/; Secure/i);
  });

  it('takes an evidence file over 1 MB (nginx would refuse it by default) and serves it back at its signed address', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3 * 1024 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);
    const token = await app.login('goal-manager');
    const boundary = `----sigobito${crypto.randomBytes(8).toString('hex')}`;
    const body = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="informe.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await viaProxy(BACKOFFICE, '/api/backoffice/uploads', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': String(body.length) },
      body,
    });
    expect(res.status).toBe(201);
    const [file] = JSON.parse(res.body.toString()) as Array<{ url: string }>;
    const served = await viaProxy(BACKOFFICE, file.url);
    expect(served.status).toBe(200);
    expect(crypto.createHash('sha256').update(served.body).digest('hex')).toBe(crypto.createHash('sha256').update(pdf).digest('hex'));
  });

  it('counts failed logins by the address nginx saw: not by what a client writes, not as one proxy address', async () => {
    const attempt = (localAddress: string, forwarded?: string) =>
      viaProxy(BACKOFFICE, '/api/auth/local', {
        method: 'POST',
        localAddress,
        headers: { 'Content-Type': 'application/json', ...(forwarded ? { 'X-Forwarded-For': forwarded } : {}) },
        body: JSON.stringify({ identifier: 'goal-manager@demo.sigobito.org', password: 'not-the-password' }),
      });
    const statuses: number[] = [];
    // One client (127.0.0.2) writing a different made-up address each time.
    for (let i = 1; i <= LOGIN_LIMIT + 1; i++) statuses.push((await attempt('127.0.0.2', `203.0.113.${i}`)).status);
    expect(statuses).toEqual([...Array(LOGIN_LIMIT).fill(400), 429]);
    // Another client behind the same nginx is not braked: the CMS did not count nginx's own address.
    expect((await attempt('127.0.0.3')).status).toBe(400);
  });
});
