import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import request from 'supertest';
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'ra-core';
import { resetEnvCache, ROLES, type Role } from '@sigobito/config';
import { loadCms, CMS_DIST } from '../../../scripts/lib/cms';
import { recreateDatabase } from './mysql';

const root = path.resolve(__dirname, '../../..');
export const DEMO_PASSWORD = 'demo-test-password';
const SESSION_COOKIE = 'sigobito_session';

/** The value of the session cookie among Set-Cookie headers (a deleted one is empty), if any. */
const sessionCookieOf = (setCookies: string[]) => {
  const found = setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return found ? found.slice(SESSION_COOKIE.length + 1).split(';')[0] : undefined;
};

export type TestApp = {
  strapi: Core.Strapi;
  baseUrl: string;
  http: ReturnType<typeof request>;
  /** A JWT for the demo user of a role. */
  login: (role: Role) => Promise<string>;
  /**
   * The real ra-data-simple-rest client, logged in as a role's demo user the way the back office
   * is (the session cookie, reissued on every answer, and the custom header), or anonymous.
   */
  client: (role: Role | null) => Promise<DataProvider>;
  stop: () => Promise<void>;
};

async function resetDatabase() {
  if (process.env.DATABASE_CLIENT === 'mysql') {
    await recreateDatabase(process.env.DATABASE_NAME ?? 'sigobito_test');
  } else {
    const file = path.resolve(root, process.env.DATABASE_FILENAME ?? '.tmp/test.db');
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
  }
}

/**
 * A fresh database, a real Strapi listening on an ephemeral port, the demo municipality seeded
 * (its lived-in agenda and goals only with `agenda: true` / `goals: true`, so module tests start
 * from a known slate). `keepDatabase: true` boots on the database as it is (a restored one).
 */
export async function startApp(opts: { seed?: boolean; agenda?: boolean; goals?: boolean; keepDatabase?: boolean } = {}): Promise<TestApp> {
  if (!opts.keepDatabase) await resetDatabase();
  resetEnvCache();
  const strapi = await loadCms();
  await strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  if (opts.seed !== false) {
     
    const { seedDemo } = require(path.join(CMS_DIST, 'src/seed/demo'));
    await seedDemo(strapi, { password: DEMO_PASSWORD, log: () => undefined, agenda: opts.agenda ?? false, goals: opts.goals ?? false });
  }
  const http = request(strapi.server.httpServer);
  const tokens = new Map<Role, string>();
  const login = async (role: Role) => {
    if (!tokens.has(role)) {
      const res = await http.post('/api/auth/local').send({ identifier: `${role}@demo.sigobito.org`, password: DEMO_PASSWORD });
      if (res.status !== 200) throw new Error(`login ${role}: ${res.status} ${JSON.stringify(res.body)}`);
      tokens.set(role, res.body.jwt);
    }
    return tokens.get(role)!;
  };
  const jars = new Map<Role, { cookie: string }>();
  const browserLogin = async (role: Role) => {
    if (!jars.has(role)) {
      const res = await http
        .post('/api/backoffice/session')
        .set('X-Requested-With', 'sigobito')
        .send({ identifier: `${role}@demo.sigobito.org`, password: DEMO_PASSWORD });
      const cookie = sessionCookieOf(([] as string[]).concat(res.headers['set-cookie'] ?? []));
      if (res.status !== 200 || !cookie) throw new Error(`browser login ${role}: ${res.status} ${JSON.stringify(res.body)}`);
      jars.set(role, { cookie });
    }
    return jars.get(role)!;
  };
  const client = async (role: Role | null) => {
    const jar = role ? await browserLogin(role) : null;
    const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
      const headers = new Headers(options.headers as HeadersInit | undefined);
      headers.set('X-Requested-With', 'sigobito');
      if (jar) headers.set('Cookie', `${SESSION_COOKIE}=${jar.cookie}`);
      const answer = await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
      const renewed = jar && sessionCookieOf(answer.headers.getSetCookie());
      if (jar && renewed) jar.cookie = renewed;
      return answer;
    };
    return simpleRestProvider(`${baseUrl}/api/backoffice`, httpClient);
  };
  return {
    strapi,
    baseUrl,
    http,
    login,
    client,
    stop: async () => {
      await strapi.destroy();
    },
  };
}

export { ROLES };
