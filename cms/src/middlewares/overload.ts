import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Server, Socket } from 'node:net';
import type { Core } from '@strapi/strapi';
import { getEnv, overloadLimits } from '@sigobito/config';
import { Gate, Pacer, isRead, noOverload, overloadReport, passesFreely } from '../http/gate';
import { forClient } from '../http/client-gone';

type Ctx = { method: string; path: string; status: number; body: unknown; respond: boolean; req: IncomingMessage; res: ServerResponse; set: (name: string, value: string) => void };

const REPORT_EVERY_SECONDS = 5;
/** How often the gate hears that the event loop turned: the precision of its stall measure. */
const TURN_EVERY_MS = 20;

/**
 * Lets the event loop come round twice: a client that gave up while its request waited unread
 * (in the socket's buffer, or not yet accepted) has closed its end by then, and Node has read
 * that close (libuv reads the end of a connection one poll after its data). Nobody is left to
 * answer, so nothing is run. Costs microseconds when the CMS is idle.
 */
const twoTurns = () => new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));

const BUSY = {
  data: null,
  error: { status: 503, name: 'ServiceUnavailableError', message: 'El sistema está atendiendo demasiadas solicitudes: vuelva a intentarlo en un momento.', details: {} },
};

/**
 * Right after strapi::errors (cms/config/middlewares.ts): graceful overload (src/http/gate.ts).
 * At most MAX_INFLIGHT requests are worked on at once; the next MAX_QUEUED wait up to
 * MAX_QUEUE_WAIT_MS for a place; the rest, and those that waited that long already behind a
 * stalled event loop, get a fast 503 with Retry-After, never a queue of minutes. While new
 * connections come in, one request starts per turn of the event loop (Pacer), so that they keep
 * being accepted. A request whose client disconnects is dropped while it waits, and a read
 * stops before its next SQL statement (src/http/client-gone.ts). What was refused or dropped is logged every
 * REPORT_EVERY_SECONDS (warn), not once per request, which would flood the log when it matters.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const limits = overloadLimits(getEnv());
  const gate = new Gate(limits);
  const pacer = new Pacer();
  // The HTTP server(s) behind the requests: each accepted connection tells the pacer.
  const watched = new WeakSet<object>();
  const watchAccepts = (socket: Socket) => {
    const server = (socket as Socket & { server?: Server }).server;
    if (!server || watched.has(server)) return;
    watched.add(server);
    server.on('connection', () => pacer.accepted());
    pacer.accepted();
  };
  const retryAfter = String(Math.max(1, Math.ceil(limits.maxWaitMs / 1000)));
  let counts = noOverload();
  setInterval(() => gate.turned(), TURN_EVERY_MS).unref();
  setInterval(() => {
    const line = overloadReport(counts, REPORT_EVERY_SECONDS, limits);
    counts = noOverload();
    if (line) strapi.log.warn(line);
  }, REPORT_EVERY_SECONDS * 1000).unref();

  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (passesFreely(ctx.method, ctx.path)) return next();
    watchAccepts(ctx.req.socket);
    // Until this request's work is done, the response's 'close' or the connection's end can only
    // mean its client left (Node does not answer on a connection its client ended).
    const left = new AbortController();
    const onClose = () => left.abort();
    const socket = ctx.req.socket;
    ctx.res.once('close', onClose);
    socket.once('end', onClose);
    try {
      await twoTurns();
      if (socket.readableEnded || socket.destroyed) left.abort();
      const admission = await gate.enter(left.signal);
      if (admission === 'run' && left.signal.aborted) gate.release();
      if (admission === 'gone' || left.signal.aborted) {
        counts.gone++;
        ctx.respond = false;
        return;
      }
      if (admission !== 'run') {
        counts[admission]++;
        ctx.status = 503;
        ctx.set('Retry-After', retryAfter);
        ctx.body = BUSY;
        return;
      }
      try {
        // Its place is taken; its work starts in a turn of the event loop of its own.
        await pacer.turn();
        if (!isRead(ctx.method)) return await next();
        const { done, state } = forClient(left.signal, next);
        try {
          await done;
        } catch (error) {
          if (!state.refused) throw error;
        }
        if (state.refused) {
          counts.stopped++;
          ctx.respond = false;
        }
      } finally {
        gate.release();
      }
    } finally {
      ctx.res.off('close', onClose);
      socket.off('end', onClose);
    }
  };
};
