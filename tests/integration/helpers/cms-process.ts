import { spawn, type ChildProcess } from 'node:child_process';
import net, { type AddressInfo } from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

export type CmsProcess = {
  baseUrl: string;
  stop: () => Promise<void>;
  /** `kill -9`: the process ends at once, in the middle of whatever it was doing. */
  kill: () => Promise<void>;
  /** What it printed so far (to explain a failure). */
  output: () => string;
};

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `url` until it answers below 500, or fails after `timeoutMs` (with what `alive` says). */
export async function waitForUrl(url: string, timeoutMs: number, alive: () => string | null = () => null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = alive();
    if (dead) throw new Error(dead);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2000) })).status < 500) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Another CMS process, started as an operator starts one (`node cms/server.js`, from cms/dist),
 * with this process's environment plus `env`, on 127.0.0.1 and a random port: the second of two
 * CMS processes behind a load balancer. Its output is kept to explain a failed start.
 */
export async function startCmsProcess(env: Record<string, string>): Promise<CmsProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['cms/server.js'], {
    cwd: root,
    env: { ...process.env, CRON_ENABLED: 'false', SIGOBITO_SEED_IF_EMPTY: 'false', ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitForUrl(`${baseUrl}/_health`, 180_000, () => (child.exitCode !== null ? `The second CMS exited (${child.exitCode}):\n${output.slice(-4000)}` : null));
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    baseUrl,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    output: () => output,
  };
}
