import autocannon from 'autocannon';

/**
 * One round of load on one URL: requests a second, p95 latency (ms), and what went wrong.
 * Answers still in flight when the round ends are not counted: a p95 close to the round's
 * length means the round was too short for this machine (use --seconds).
 */
export type Round = { rps: number; p95: number; errors: number; non2xx: number; timeouts: number };

export async function loadRound(url: string, token: string, seconds: number, connections = 30, { quiet = false } = {}): Promise<Round> {
  const times: number[] = [];
  const failed = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, timeout: 10, headers: { authorization: `Bearer ${token}` } }, (err, r) => (err ? reject(err) : resolve(r)));
    // Every answer's time, for an exact p95 (autocannon itself reports p90 and p97.5).
    instance.on('response', (_client, status, _bytes, ms) => {
      times.push(ms);
      if (status >= 300) failed.set(status, (failed.get(status) ?? 0) + 1);
    });
  });
  // What went wrong, said where it happened (the table only counts it).
  if (!quiet && (failed.size || result.timeouts || result.errors)) {
    console.log(`  ${url.replace(/\?.*/, '')}: ${[...failed].map(([s, n]) => `${n} × ${s}`).concat(result.timeouts ? [`${result.timeouts} timeouts`] : [], result.errors > result.timeouts ? [`${result.errors - result.timeouts} other errors`] : []).join(', ')}`);
  }
  return {
    rps: result.requests.average,
    p95: percentile(times, 95),
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
