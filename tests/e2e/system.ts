/* Starting and stopping SIGOBito's processes for the browser tests: scripts/e2e.ts starts the
   shared system with these, and a test that must stop the CMS starts a spare system of its own
   (its own copy of the database, its own ports) so that the other tests keep theirs. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { dumpDatabase } from '../../scripts/lib/database';

const root = path.resolve(__dirname, '../..');

/** Waits until `url` answers below 500, failing after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** A Node process of the system (the CMS, the public site) that can be stopped and started again. */
export class NodeProcess {
  private child: ChildProcess | null = null;

  constructor(
    private readonly script: string,
    private readonly env: NodeJS.ProcessEnv,
    /** The address that answers once it is ready. */
    private readonly readyUrl: string,
  ) {}

  async start(timeoutMs = 180_000): Promise<void> {
    if (this.child) throw new Error(`${this.script} is already running`);
    this.child = spawn(process.execPath, [this.script], { cwd: root, env: this.env, stdio: ['ignore', 'inherit', 'inherit'] });
    this.child.once('exit', () => (this.child = null));
    await waitFor(this.readyUrl, timeoutMs);
  }

  /** Stops it (SIGTERM) and waits until it has exited. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

export type SpareSystem = { cmsUrl: string; publicUrl: string; cms: NodeProcess; site: NodeProcess; stop: () => Promise<void> };

/**
 * A CMS on a copy of the shared system's database and a public site reading it, on the spare
 * ports (E2E_SPARE_CMS_PORT, E2E_SPARE_PUBLIC_PORT); `siteEnv` adds variables to the site.
 */
export async function startSpareSystem(siteEnv: NodeJS.ProcessEnv = {}): Promise<SpareSystem> {
  const cmsPort = process.env.E2E_SPARE_CMS_PORT ?? '1439';
  const publicPort = process.env.E2E_SPARE_PUBLIC_PORT ?? '4422';
  const source = path.resolve(root, process.env.DATABASE_FILENAME ?? '.tmp/e2e.db');
  const copy = path.resolve(root, '.tmp', 'e2e-spare.db');
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(copy + suffix, { force: true });
  // A consistent copy of the live database (SQLite's online backup), as `npm run backup` makes.
  await dumpDatabase({ client: 'sqlite', file: source }, copy);
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const publicUrl = `http://127.0.0.1:${publicPort}`;
  const cms = new NodeProcess('cms/server.js', { ...process.env, PORT: cmsPort, DATABASE_FILENAME: path.relative(root, copy), SIGOBITO_SEED_IF_EMPTY: 'false' }, `${cmsUrl}/_health`);
  const site = new NodeProcess('public-site/server.mjs', { ...process.env, CMS_URL: cmsUrl, PUBLIC_PORT: publicPort, PUBLIC_HOST: '127.0.0.1', ...siteEnv }, `${publicUrl}/salud`);
  await cms.start();
  await site.start(60_000);
  return { cmsUrl, publicUrl, cms, site, stop: async () => void (await Promise.all([site.stop(), cms.stop()])) };
}
