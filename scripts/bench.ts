/* `npm run bench`: the back-office API against the physical floor (issue 13).

   Generates the four-year municipality (scripts/lib/dataset) on a fresh database, starts the
   CMS as production runs it and, beside it, the floor: a raw node:http server answering the
   same requests with hand-written SQL on the same database (scripts/lib/bench/floor.ts). Checks
   that both answer the same rows, then loads each list with autocannon at 30 connections,
   interleaved (API round, floor round, API, floor…), and reports per list:
   - throughput and p95, API ÷ floor (targets: ≤ 4×);
   - SQL statements per request at a page of 25 and of 500 (the CMS's opt-in counter,
     SIGOBITO_SQL_COUNT; target: ≤ 6), and on a session's first request (its user and the
     settings read, then cached);
   - p95 with the whole dataset ÷ with a tenth of it (target: ≤ 1.5×): "10× the data" is
     scale ÷ 10 → scale, so CI time stays sane; the tenth has its own database and CMS, loaded
     in the same interleaved rounds (small, API, floor, small, API, floor…), so a drift of the
     machine (another process, the database's own background work after the bulk load) weighs
     on both sides of the ratio alike; the calendar's window there is ten months, so both
     answers hold about as many rows;
   - the CMS's memory;
   then the public site in front of that CMS at 100 connections (0 % errors, p95 ≤ 300 ms).
   Exits non-zero when a target is missed.

   Options: --scale <x> (default 1), --quick (scale 0.1, two rounds: for development),
   --rounds <n> (default 5; each list is warmed up for 2 s first), --seconds <s> (default 5),
   --only <text> (only the lists whose name holds it, and no public site: for development).
   DATABASE_CLIENT=mysql runs it on MariaDB (DATABASE_* variables, database DATABASE_NAME, default sigobito_bench: dropped and recreated; with an empty
   DATABASE_PASSWORD a user of its own is made for it; the tenth of the data goes to DATABASE_NAME_small
   or .tmp/bench_small.db). Ports 1600–1603 (BENCH_PORT to move them). */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { buildAll } from './lib/build';
import { generateDataset, openSink, type Fixtures } from './lib/dataset';
import { benchLists, sameRows, withPageSize, type ListCase } from './lib/bench/lists';
import { loadRound, median, type Round } from './lib/bench/load';
import { benchTarget, emptyDatabase, ensureBenchDatabaseUser, login, rssMb, startCms, startFloor, startSite, type Server } from './lib/bench/processes';
import { benchPublicSite, formatSiteBench, SITE_TARGETS } from './lib/bench-site';
import { misses, table, TARGETS, type ListResult } from './lib/bench/report';

function options() {
  const argv = process.argv.slice(2);
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : undefined;
  };
  const quick = argv.includes('--quick');
  const opts = {
    quick,
    scale: value('scale') ?? (quick ? 0.1 : 1),
    rounds: value('rounds') ?? (quick ? 2 : 5),
    seconds: value('seconds') ?? 5,
    port: Number(process.env.BENCH_PORT ?? 1600),
    only: argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined,
  };
  if (opts.only !== undefined && !opts.only) throw new Error('--only needs a part of a list\'s name');
  for (const [k, v] of Object.entries(opts)) if (typeof v === 'number' && !(v > 0)) throw new Error(`--${k} must be a positive number`);
  return opts;
}

const log = (m: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}`);
const running: Server[] = [];

/** The tenth of the data's database (benchTarget's suffix). */
const SMALL = '_small';

/** A fresh database with the demo and the dataset at this scale, and the CMS running on it. */
async function prepare(scale: number, port: number, suffix = ''): Promise<{ cms: Server; fixtures: Fixtures }> {
  const target = benchTarget(suffix);
  await emptyDatabase(target);
  const cms = await startCms(target, port);
  running.push(cms);
  const sink = await openSink(target);
  const t = Date.now();
  try {
    const fixtures = await generateDataset(sink, { scale });
    log(`dataset at scale ${scale}: ${Object.entries(fixtures.counts).filter(([k]) => !k.endsWith('_lnk')).map(([k, v]) => `${v} ${k}`).join(', ')} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return { cms, fixtures };
  } finally {
    await sink.close();
  }
}

/**
 * The small dataset's lists as they answer as much as the big one's: pages are 25 rows at both
 * sizes, but a month of the calendar holds a tenth of the activities with a tenth of the data, so
 * its window is ten months there (ending where the month ends). Growth then measures what more
 * data costs, not a ten times longer answer.
 */
function sameAnswer(f: Fixtures): Fixtures {
  const end = Date.parse(f.month.end);
  return { ...f, month: { start: new Date(end - 10 * (end - Date.parse(f.month.start))).toISOString(), end: f.month.end } };
}

async function stop(server: Server) {
  await server.stop();
  running.splice(running.indexOf(server), 1);
}

type Tokens = Record<ListCase['as'], string>;
const tokensOf = async (base: string): Promise<Tokens> => ({ admin: await login(base, 'admin'), mayor: await login(base, 'mayor') });

async function get(base: string, path: string, token: string) {
  const res = await fetch(base + path, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await res.json()) as Array<Record<string, unknown>>;
  if (res.status !== 200) throw new Error(`${base}${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return { body, range: res.headers.get('content-range'), statements: res.headers.has('x-sql-statements') ? Number(res.headers.get('x-sql-statements')) : null };
}

/**
 * Two seconds of the same load, not counted: the first seconds after a start or a new dataset
 * measure the JIT and the caches warming up (and, with a queue bound of 500 ms, can turn a few
 * requests away), not the steady state the table compares.
 */
const warmUp = (url: string, token: string) => loadRound(url, token, 2, 30, { quiet: true });

const failures = (r: Round) => r.errors + r.non2xx + r.timeouts;
const summary = (rounds: Round[]) => ({ rps: median(rounds.map((r) => r.rps)), p95: median(rounds.map((r) => r.p95)), failures: rounds.reduce((n, r) => n + failures(r), 0) });

async function main(): Promise<number> {
  const opts = options();
  log(`scale ${opts.scale}, ${opts.rounds} rounds of ${opts.seconds} s per list and side, ${benchTarget().client}`);
  await ensureBenchDatabaseUser(['', SMALL]);
  await buildAll({ log });
  const chosen = (lists: ListCase[]) => lists.filter((l) => opts.only === undefined || l.name.includes(opts.only));

  // A tenth of the data (for the growth ratio), and the whole dataset with the floor beside it.
  const small = await prepare(opts.scale / 10, opts.port + 3, SMALL);
  const { cms, fixtures } = await prepare(opts.scale, opts.port);
  const floor = await startFloor(benchTarget(), opts.port + 1);
  running.push(floor);
  const [tokens, smallTokens] = [await tokensOf(cms.url), await tokensOf(small.cms.url)];
  const lists = chosen(benchLists(fixtures));
  if (!lists.length) throw new Error(`No list's name holds "${opts.only}"`);
  const smallPath = new Map(chosen(benchLists(sameAnswer(small.fixtures))).map((l) => [l.name, l.path]));

  const rows = new Map<string, number>();
  const statements = new Map<string, ListResult['statements']>();
  for (const l of lists) {
    const [api, raw] = [await get(cms.url, l.path, tokens[l.as]), await get(floor.url, l.path, tokens[l.as])];
    const problem = sameRows(api.body, raw.body, l.sortKey) ?? (api.range === raw.range ? null : `Content-Range ${api.range} ≠ ${raw.range}`);
    if (problem) throw new Error(`The floor does not answer what the API answers for ${l.name}: ${problem}`);
    rows.set(l.name, api.body.length);
    // Counted on the next request: the first of a session also reads its user, role and member
    // and the settings (cached a few seconds, so once per user and page at most), counted apart.
    statements.set(l.name, { page25: (await get(cms.url, l.path, tokens[l.as])).statements, page500: null, cold: api.statements });
  }
  for (const l of lists) {
    const big = [...withPageSize(fixtures, 500), ...lists.filter((x) => x.path.includes('activities'))].find((x) => x.name === l.name)!;
    statements.get(l.name)!.page500 = (await get(cms.url, big.path, tokens[l.as])).statements;
  }
  log('the floor answers the same rows as the API; loading…');
  for (const l of lists) {
    await warmUp(small.cms.url + smallPath.get(l.name)!, smallTokens[l.as]);
    for (const side of [cms, floor]) await warmUp(side.url + l.path, tokens[l.as]);
  }

  const api = new Map<string, Round[]>(lists.map((l) => [l.name, []]));
  const raw = new Map<string, Round[]>(lists.map((l) => [l.name, []]));
  const tenth = new Map<string, Round[]>(lists.map((l) => [l.name, []]));
  let rssPeak = rssMb(cms.child.pid!);
  for (let round = 0; round < opts.rounds; round++) {
    for (const l of lists) {
      tenth.get(l.name)!.push(await loadRound(small.cms.url + smallPath.get(l.name)!, smallTokens[l.as], opts.seconds));
      api.get(l.name)!.push(await loadRound(cms.url + l.path, tokens[l.as], opts.seconds));
      rssPeak = Math.max(rssPeak, rssMb(cms.child.pid!));
      raw.get(l.name)!.push(await loadRound(floor.url + l.path, tokens[l.as], opts.seconds));
    }
    const p95s = (l: ListCase) => [tenth, api, raw].map((m) => m.get(l.name)!.at(-1)!.p95.toFixed(0)).join('/');
    log(`round ${round + 1}/${opts.rounds} done; p95 (tenth/API/floor, ms): ${lists.map((l) => `${l.name.split(',')[0]}${l.as === 'mayor' ? ' (mayor)' : ''} ${p95s(l)}`).join(', ')}`);
  }
  const rssAfter = rssMb(cms.child.pid!);
  await stop(small.cms);

  const results: ListResult[] = lists.map((l) => {
    const a = summary(api.get(l.name)!);
    return { name: l.name, api: a, floor: summary(raw.get(l.name)!), rows: rows.get(l.name)!, statements: statements.get(l.name)!, growth: a.p95 / summary(tenth.get(l.name)!).p95 };
  });
  const load = os.loadavg().map((x) => x.toFixed(2)).join(', ');
  const commit = (() => {
    try {
      return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  })();
  console.log(`\nBack-office API against the floor — ${new Date().toISOString()}, commit ${commit}, ${benchTarget().client}, scale ${opts.scale} (p95 growth: ${opts.scale / 10} → ${opts.scale}), ${os.cpus().length} CPUs, load ${load}\n`);
  console.log(table(results));
  console.log(`\nCMS memory: ${rssPeak.toFixed(0)} MB at peak, ${rssAfter.toFixed(0)} MB after the load.`);

  // 3. The public site in front of that CMS, 100 connections (issue 13: 0 % errors, p95 ≤ 300 ms).
  await stop(floor);
  const missed = misses(results);
  if (opts.only === undefined) {
    const site = await startSite(cms.url, opts.port + 2);
    running.push(site);
    const { pages, met: siteMet } = await benchPublicSite({ url: site.url, connections: 100, duration: opts.seconds });
    console.log(`\n${formatSiteBench(pages, 100)}`);
    for (const p of pages) {
      if (!(p.errorRate <= SITE_TARGETS.errorRate)) missed.push({ list: `public site ${p.path}`, what: 'share of views not answered 200', value: p.errorRate, target: SITE_TARGETS.errorRate });
      if (!(p.p95Ms <= SITE_TARGETS.p95Ms)) missed.push({ list: `public site ${p.path}`, what: 'p95, ms', value: p.p95Ms, target: SITE_TARGETS.p95Ms });
    }
    console.log(`Targets: ≤ ${TARGETS.throughput}× the floor in throughput and p95, ≤ ${TARGETS.statements} SQL statements per list, p95 ≤ ${TARGETS.growth}× with 10× the data; public site ${siteMet ? 'met' : 'missed'} (0 % errors, p95 ≤ ${SITE_TARGETS.p95Ms} ms).`);
  }
  for (const m of missed) console.log(`  MISS ${m.list}: ${m.what} ${m.value.toFixed(2)} (target ${m.target})`);
  if (!missed.length) console.log('  all met');
  return missed.length ? 1 : 0;
}

main()
  .catch((e) => {
    console.error(e);
    return 1;
  })
  .then(async (code) => {
    for (const s of [...running]) await s.stop();
    process.exit(code);
  });
