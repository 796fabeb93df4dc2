import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What the fake X and Facebook servers share: a real HTTP server on 127.0.0.1, the request's
 * body read and parsed as the platforms take it (JSON, a form, multipart), and the failures a
 * test injects per endpoint:
 * - `rate_limit`: refused with the platform's rate-limit answer and its reset / estimate;
 * - `unavailable`: a 503, nothing created;
 * - `drop`: the request is carried out (the post is created) and the connection is cut before any answer;
 * - `duplicate`: the platform's duplicate-content answer, nothing created;
 * - `expired`: the platform's refused-credentials answer;
 * - `hold`: the request is carried out and its answer held back until `releaseHeld()` (a process killed meanwhile never gets it).
 */
export type Fault = 'rate_limit' | 'unavailable' | 'drop' | 'duplicate' | 'expired' | 'hold';

export type ParsedRequest = {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  raw: Buffer;
  json: () => Record<string, unknown>;
  /** A multipart body's parts by name, bytes kept as sent (a file part need not have a file name). */
  parts: () => Map<string, Part>;
};

export type Part = { data: Buffer; filename: string | null; contentType: string | null; text: () => string };

/** Splits a multipart/form-data body into its parts (RFC 7578), keeping each part's bytes. */
export function multipartParts(contentType: string, raw: Buffer): Map<string, Part> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const parts = new Map<string, Part>();
  if (!boundary) return parts;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const from = start + delimiter.length;
    if (raw.subarray(from, from + 2).toString() === '--') break;
    const end = raw.indexOf(delimiter, from);
    if (end === -1) break;
    const part = raw.subarray(from + 2, end - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const data = Buffer.from(part.subarray(split + 4));
    const name = /name="([^"]*)"/i.exec(head)?.[1];
    if (name !== undefined) {
      parts.set(name, {
        data,
        filename: /filename="([^"]*)"/i.exec(head)?.[1] ?? null,
        contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? null,
        text: () => data.toString('utf8'),
      });
    }
    start = end;
  }
  return parts;
}

export type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

export type Handled = Reply | { drop: true } | { hold: Reply };

export type FaultPlan<E extends string> = {
  /** The next `times` calls to `endpoint` fail with `fault`. */
  fail: (endpoint: E, fault: Fault, times?: number) => void;
  /** Decides a fault for every call (a soak's random faults); queued faults come first. */
  setRandomFaults: (pick: ((endpoint: E) => Fault | null) | null) => void;
  /**
   * The fault for this call, if any: the queue's first, or a random one. A fault that does not
   * apply to this call (`applies` false: a duplicate of a text the platform does not have) is
   * not served, and a queued one waits for a call it applies to.
   */
  take: (endpoint: E, applies?: (fault: Fault) => boolean) => Fault | null;
  /** How many faults were served, by kind. */
  served: Record<Fault, number>;
};

export function faultPlan<E extends string>(): FaultPlan<E> {
  const queue = new Map<E, Fault[]>();
  let random: ((endpoint: E) => Fault | null) | null = null;
  const served: Record<Fault, number> = { rate_limit: 0, unavailable: 0, drop: 0, duplicate: 0, expired: 0, hold: 0 };
  return {
    fail: (endpoint, fault, times = 1) => queue.set(endpoint, [...(queue.get(endpoint) ?? []), ...Array<Fault>(times).fill(fault)]),
    setRandomFaults: (pick) => {
      random = pick;
    },
    take: (endpoint, applies = () => true) => {
      const queued = queue.get(endpoint)?.[0];
      const fault = queued && applies(queued) ? queue.get(endpoint)!.shift()! : queued ? null : (random?.(endpoint) ?? null);
      if (!fault || !applies(fault)) return null;
      served[fault]++;
      return fault;
    },
    served,
  };
}

export type FakeServer = {
  url: string;
  /** Every request received, in order. */
  requests: Array<{ method: string; path: string }>;
  /** Answers held back by `hold` faults are sent now. */
  releaseHeld: () => void;
  /** Resolves once `n` answers are held back. */
  held: (n?: number) => Promise<void>;
  stop: () => Promise<void>;
};

/** Starts a server on 127.0.0.1 whose answers `handle` decides. */
export async function startFakeServer(handle: (req: ParsedRequest) => Promise<Handled> | Handled): Promise<FakeServer> {
  const heldBack: Array<() => void> = [];
  const requests: Array<{ method: string; path: string }> = [];
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  const send = (res: ServerResponse, reply: Reply) => {
    if (res.destroyed) return;
    const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...reply.headers });
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      requests.push({ method: req.method ?? 'GET', path: url.pathname });
      const parsed: ParsedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        raw,
        json: () => (raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {}),
        parts: () => multipartParts(String(req.headers['content-type'] ?? ''), raw),
      };
      let answer: Handled;
      try {
        answer = await handle(parsed);
      } catch (e) {
        answer = { status: 500, body: { error: `fake server: ${(e as Error).message}` } };
      }
      if ('drop' in answer) {
        req.socket.destroy();
        return;
      }
      if ('hold' in answer) {
        const reply = answer.hold;
        heldBack.push(() => send(res, reply));
        for (const w of waiters.filter((w) => heldBack.length >= w.n)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
        return;
      }
      send(res, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    releaseHeld: () => heldBack.splice(0).forEach((answer) => answer()),
    held: (n = 1) => (heldBack.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve }))),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The answer of a faulted call that carries the request out first (`drop`, `hold`), or null for the others. */
export const carriedOut = (fault: Fault | null, reply: Reply): Handled | null => (fault === 'drop' ? { drop: true } : fault === 'hold' ? { hold: reply } : null);
