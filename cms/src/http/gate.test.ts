import { Gate, Pacer, noOverload, overloadReport, passesFreely, type Admission } from './gate';

/** A gate on a clock the test moves by hand. */
function gateWith(maxInflight: number, maxQueued: number, maxWaitMs = 1000) {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const gate = new Gate(
    { maxInflight, maxQueued, maxWaitMs },
    {
      now: () => now,
      set: (fn, ms) => {
        timers.set(nextId, { at: now + ms, fn });
        return nextId++;
      },
      clear: (id) => timers.delete(id as number),
    },
  );
  const advance = async (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now) {
        timers.delete(id);
        t.fn();
      }
    }
    await Promise.resolve();
  };
  /** Time passes without the event loop turning (a synchronous request runs). */
  const stall = (ms: number) => (now += ms);
  return { gate, advance, stall, pendingTimers: () => timers.size };
}

/** The outcome of each entry so far (undefined while it waits). */
function track(entries: Promise<Admission>[]) {
  const outcomes: (Admission | undefined)[] = entries.map(() => undefined);
  entries.forEach((p, i) => void p.then((o) => (outcomes[i] = o)));
  return async () => {
    await new Promise((r) => setImmediate(r));
    return outcomes;
  };
}

describe('the overload gate', () => {
  it('lets requests in up to MAX_INFLIGHT at once, queues the next MAX_QUEUED, refuses the one after at once', async () => {
    const { gate } = gateWith(2, 1);
    const outcomes = track([gate.enter(), gate.enter(), gate.enter(), gate.enter()]);
    expect(await outcomes()).toEqual(['run', 'run', undefined, 'full']);
    expect([gate.inflight, gate.queued]).toEqual([2, 1]);
  });

  it('hands a freed place to the request that has waited longest', async () => {
    const { gate } = gateWith(1, 2);
    const outcomes = track([gate.enter(), gate.enter(), gate.enter()]);
    gate.release();
    expect(await outcomes()).toEqual(['run', 'run', undefined]);
    expect([gate.inflight, gate.queued]).toEqual([1, 1]);
    gate.release();
    gate.release();
    expect(await outcomes()).toEqual(['run', 'run', 'run']);
    expect([gate.inflight, gate.queued]).toEqual([0, 0]);
  });

  it('turns a request away once it has waited MAX_QUEUE_WAIT_MS, not a millisecond before', async () => {
    const { gate, advance, pendingTimers } = gateWith(1, 5, 1000);
    const outcomes = track([gate.enter(), gate.enter()]);
    await advance(999);
    expect(await outcomes()).toEqual(['run', undefined]);
    await advance(1);
    expect(await outcomes()).toEqual(['run', 'timeout']);
    expect([gate.queued, pendingTimers()]).toEqual([0, 0]);
    // The place it would have taken stays with the request still running.
    gate.release();
    expect(gate.inflight).toBe(0);
  });

  it('turns away, instead of starting it, a waiting request whose time is up before its timer could fire', async () => {
    const { gate, stall } = gateWith(1, 5, 500);
    const outcomes = track([gate.enter(), gate.enter(), gate.enter()]);
    stall(300);
    const third = track([gate.enter()]);
    stall(200);
    gate.release();
    expect(await outcomes()).toEqual(['run', 'timeout', 'timeout']);
    expect(await third()).toEqual(['run']);
    expect([gate.inflight, gate.queued]).toEqual([1, 0]);
  });

  it('drops a waiting request whose client has gone, and frees its place in the queue', async () => {
    const { gate, pendingTimers } = gateWith(1, 1);
    const client = new AbortController();
    const outcomes = track([gate.enter(), gate.enter(client.signal)]);
    client.abort();
    expect(await outcomes()).toEqual(['run', 'gone']);
    expect([gate.queued, pendingTimers()]).toEqual([0, 0]);
    const next = track([gate.enter()]);
    gate.release();
    expect(await next()).toEqual(['run']);
  });

  it('does not let in a request whose client has already gone, even with room', async () => {
    const { gate } = gateWith(4, 4);
    const client = new AbortController();
    client.abort();
    expect(await gate.enter(client.signal)).toBe('gone');
    expect(gate.inflight).toBe(0);
  });

  it('ignores a client leaving after its request got a place', async () => {
    const { gate } = gateWith(1, 1);
    const client = new AbortController();
    const outcomes = track([gate.enter(), gate.enter(client.signal)]);
    gate.release();
    client.abort();
    expect(await outcomes()).toEqual(['run', 'run']);
    expect([gate.inflight, gate.queued]).toEqual([1, 0]);
  });

  it('with no queue, refuses at once whatever does not fit', async () => {
    const { gate, pendingTimers } = gateWith(1, 0);
    expect(await gate.enter()).toBe('run');
    expect(await gate.enter()).toBe('full');
    expect(pendingTimers()).toBe(0);
  });

  it('turns away at once what waited MAX_QUEUE_WAIT_MS behind a stalled event loop, once MAX_INFLIGHT requests were started in it', async () => {
    const { gate, stall } = gateWith(2, 10, 500);
    // Synchronous requests: each runs to its end in the same turn of the loop.
    const runOne = async () => {
      const outcome = await gate.enter();
      if (outcome === 'run') gate.release();
      return outcome;
    };
    expect(await runOne()).toBe('run');
    stall(499);
    expect(await runOne()).toBe('run');
    stall(1);
    expect([await runOne(), await runOne()]).toEqual(['stalled', 'stalled']);
    gate.turned();
    expect(await runOne()).toBe('run');
  });

  it('after a stall, starts MAX_INFLIGHT requests a turn while the load lasts, until a turn has room to spare', async () => {
    const { gate, stall } = gateWith(2, 10, 500);
    const runOne = async () => {
      const outcome = await gate.enter();
      if (outcome === 'run') gate.release();
      return outcome;
    };
    const turn = async (requests: number) => {
      const outcomes: Admission[] = [];
      for (let i = 0; i < requests; i++) {
        outcomes.push(await runOne());
        stall(100);
      }
      gate.turned();
      return outcomes;
    };
    expect(await turn(7)).toEqual(['run', 'run', 'run', 'run', 'run', 'stalled', 'stalled']);
    // Overloaded: the next turns, however short, start two and turn the rest away.
    expect(await turn(4)).toEqual(['run', 'run', 'stalled', 'stalled']);
    expect(await turn(3)).toEqual(['run', 'run', 'stalled']);
    // A turn with room to spare: the load is over.
    expect(await turn(1)).toEqual(['run']);
    expect(await turn(4)).toEqual(['run', 'run', 'run', 'run']);
  });

  it('lets the request after one slow request run: one request alone is no overload', async () => {
    const { gate, stall } = gateWith(2, 10, 500);
    expect(await gate.enter()).toBe('run');
    stall(800);
    gate.release();
    expect(await gate.enter()).toBe('run');
  });

  it('never counts below zero when released more often than entered', () => {
    const { gate } = gateWith(1, 1);
    gate.release();
    expect(gate.inflight).toBe(0);
  });
});

describe('the pacer: while connections come in, one request starts per turn of the event loop', () => {
  /** A pacer whose turns of the loop and clock the test moves, a connection just accepted. */
  function pacerWith() {
    let scheduled: (() => void)[] = [];
    let now = 0;
    const pacer = new Pacer((fn) => scheduled.push(fn), () => now, 100);
    pacer.accepted();
    const nextTurn = async () => {
      const due = scheduled;
      scheduled = [];
      for (const fn of due) fn();
      await new Promise((r) => setImmediate(r));
    };
    return { pacer, nextTurn, pendingTurns: () => scheduled.length, advance: (ms: number) => (now += ms) };
  }

  /** The order in which the requests started: requests `from`, `from + 1`… */
  function starts(pacer: Pacer, count: number, started: number[] = [], from = 0) {
    for (let i = from; i < from + count; i++) void pacer.turn().then(() => started.push(i));
    return started;
  }

  const settle = () => new Promise((r) => setImmediate(r));

  it('starts a request at once when no other started in this turn', async () => {
    const { pacer } = pacerWith();
    const started = starts(pacer, 1);
    await settle();
    expect(started).toEqual([0]);
  });

  it('starts the others one a turn, first come first served', async () => {
    const { pacer, nextTurn } = pacerWith();
    const started = starts(pacer, 4);
    await settle();
    expect([started, pacer.queued]).toEqual([[0], 3]);
    await nextTurn();
    expect(started).toEqual([0, 1]);
    await nextTurn();
    await nextTurn();
    expect([started, pacer.queued]).toEqual([[0, 1, 2, 3], 0]);
  });

  it('once a turn passes with nobody waiting, is free again and asks for no more turns', async () => {
    const { pacer, nextTurn, pendingTurns } = pacerWith();
    starts(pacer, 2);
    await nextTurn();
    await nextTurn();
    expect(pendingTurns()).toBe(0);
    const later = starts(pacer, 1);
    await settle();
    expect(later).toEqual([0]);
  });

  it('with no connection accepted for the window, starts requests at once, and those waiting on the next turn', async () => {
    const { pacer, nextTurn, advance } = pacerWith();
    const started = starts(pacer, 3);
    await settle();
    expect(started).toEqual([0]);
    advance(99);
    await nextTurn();
    expect(started).toEqual([0, 1]);
    advance(1);
    starts(pacer, 1, started, 3);
    await settle();
    expect(started).toEqual([0, 1, 3]);
    await nextTurn();
    expect([started, pacer.queued]).toEqual([[0, 1, 3, 2], 0]);
    // A new connection: one a turn again.
    pacer.accepted();
    starts(pacer, 2, started, 4);
    await settle();
    expect(started).toEqual([0, 1, 3, 2, 4]);
    await nextTurn();
    expect(started).toEqual([0, 1, 3, 2, 4, 5]);
  });
});

describe('the overload report', () => {
  const limits = { maxInflight: 4, maxQueued: 200, maxWaitMs: 1000 };

  it('says nothing when nothing was refused or dropped', () => {
    expect(overloadReport(noOverload(), 10, limits)).toBeNull();
  });

  it('counts the 503s and the work dropped for clients that had gone', () => {
    expect(overloadReport({ full: 3, timeout: 2, stalled: 4, gone: 7, stopped: 1 }, 10, limits)).toBe(
      'Overload, last 10 s (MAX_INFLIGHT 4, MAX_QUEUED 200, MAX_QUEUE_WAIT_MS 1000): 9 answered 503 (3 with the queue full, 2 after waiting in it, 4 after waiting behind a stalled event loop); ' +
        'work dropped for clients that had gone: 7 while queued, 1 while running',
    );
    expect(overloadReport({ ...noOverload(), stopped: 1 }, 10, limits)).toMatch(/0 while queued, 1 while running$/);
  });
});

describe('what passes the gate without waiting', () => {
  it.each([
    ['GET', '/_health'],
    ['HEAD', '/_health'],
    ['GET', '/backoffice'],
    ['GET', '/backoffice/assets/index-abc.js'],
  ])('%s %s: the health check and the back office files', (method, path) => {
    expect(passesFreely(method, path)).toBe(true);
  });

  it.each([
    ['GET', '/api/backoffice/tasks'],
    ['GET', '/backofficeX'],
    ['POST', '/backoffice/'],
    ['GET', '/api/public/home'],
    ['POST', '/api/auth/local'],
  ])('%s %s waits its turn', (method, path) => {
    expect(passesFreely(method, path)).toBe(false);
  });
});
