/* The public site under load: autocannon against its main pages, one page at a time, as a
   browser asks for them (compressed). Reports per page the share of views that were not a 200
   (errors, timeouts, 503s) and the 95th percentile of the time to answer. */
import autocannon from 'autocannon';

export type SitePageResult = {
  path: string;
  requests: number;
  /** Views answered with something else than 200, or not answered (socket error, timeout): 0..1. */
  errorRate: number;
  p50Ms: number;
  p95Ms: number;
  requestsPerSecond: number;
};

export type BenchSiteOptions = {
  /** The site's address, e.g. http://127.0.0.1:4321. */
  url: string;
  connections?: number;
  /** Seconds per page. */
  duration?: number;
  /** Paths to load; by default the home, /metas, the first goal /metas lists, and /agenda. */
  paths?: string[];
  /** Targets the result is checked against (the issue's: 0 % errors, p95 ≤ 300 ms). */
  targets?: { errorRate: number; p95Ms: number };
};

export const SITE_TARGETS = { errorRate: 0, p95Ms: 300 };

/** The value below which `q` of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The first goal's page, as /metas links it. */
async function goalPath(url: string): Promise<string> {
  const html = await (await fetch(`${url}/metas`)).text();
  const match = /href="(\/metas\/[A-Za-z0-9_-]+)"/.exec(html);
  if (!match) throw new Error(`${url}/metas lists no goal to load`);
  return match[1];
}

async function load(url: string, path: string, connections: number, duration: number): Promise<SitePageResult> {
  const times: number[] = [];
  let failed = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}${path}`,
        connections,
        duration,
        timeout: 10,
        headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' },
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode !== 200) failed += 1;
    });
  });
  const unanswered = result.errors + result.timeouts;
  const total = times.length + unanswered;
  times.sort((a, b) => a - b);
  return {
    path,
    requests: total,
    errorRate: total ? (failed + unanswered) / total : 1,
    p50Ms: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    requestsPerSecond: total / duration,
  };
}

/** Loads each page in turn; `met` says whether every page meets the targets. */
export async function benchPublicSite(opts: BenchSiteOptions): Promise<{ pages: SitePageResult[]; met: boolean }> {
  const url = opts.url.replace(/\/+$/, '');
  const connections = opts.connections ?? 100;
  const duration = opts.duration ?? 10;
  const targets = opts.targets ?? SITE_TARGETS;
  const paths = opts.paths ?? ['/', '/metas', await goalPath(url), '/agenda'];
  const pages: SitePageResult[] = [];
  for (const path of paths) {
    // A second of warm-up (the page rendered once, the code compiled), not counted.
    await load(url, path, connections, 1);
    pages.push(await load(url, path, connections, duration));
  }
  const met = pages.every((p) => p.errorRate <= targets.errorRate && p.p95Ms <= targets.p95Ms);
  return { pages, met };
}

/** A table for the terminal. */
export function formatSiteBench(pages: readonly SitePageResult[], connections: number): string {
  const rows = pages.map((p) => `${p.path.padEnd(40)} ${String(p.requests).padStart(7)} ${(p.errorRate * 100).toFixed(1).padStart(7)} % ${p.p50Ms.toFixed(0).padStart(7)} ms ${p.p95Ms.toFixed(0).padStart(7)} ms ${p.requestsPerSecond.toFixed(0).padStart(6)}/s`);
  return [`Sitio público, ${connections} conexiones`, `${'página'.padEnd(40)} ${'vistas'.padStart(7)} ${'errores'.padStart(9)} ${'p50'.padStart(10)} ${'p95'.padStart(10)} ${'ritmo'.padStart(8)}`, ...rows].join('\n');
}
