import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

export type PublicSite = { url: string; stop: () => void };

/**
 * The built public site (public-site/dist, built by global-setup) served by its own server on
 * an ephemeral port, reading the CMS at `cmsUrl`; `env` adds variables (PUBLIC_SITE_URL).
 * Ready when its health page answers.
 */
export async function startSite(cmsUrl: string, env: Record<string, string> = {}): Promise<PublicSite> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const site: ChildProcess = spawn(process.execPath, ['public-site/server.mjs'], {
    cwd: root,
    env: { ...process.env, CMS_URL: cmsUrl, PUBLIC_PORT: String(port), PUBLIC_HOST: '127.0.0.1', ...env },
    stdio: 'ignore',
  });
  let gone = false;
  const exited = new Promise<never>((_, reject) =>
    site.once('exit', (code) => {
      gone = true;
      reject(new Error(`the public site exited (${code}) before it answered`));
    }),
  );
  const ready = (async () => {
    while (!gone) {
      try {
        if ((await fetch(`${url}/salud`)).ok) return;
      } catch {
        // Not listening yet: ask again when the event loop comes back round.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await Promise.race([ready, exited]);
  return { url, stop: () => site.kill('SIGTERM') };
}
