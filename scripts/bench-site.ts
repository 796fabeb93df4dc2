/* The public site under load, alone: `npx tsx scripts/bench-site.ts [--url http://127.0.0.1:4321]
   [--connections 100] [--duration 10]` against a running site (npm start). Exits non-zero when a
   page misses the targets (0 % errors, p95 ≤ 300 ms). */
import { parseArgs } from 'node:util';
import { benchPublicSite, formatSiteBench } from './lib/bench-site';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: `http://127.0.0.1:${process.env.PUBLIC_PORT ?? '4321'}` },
    connections: { type: 'string', default: '100' },
    duration: { type: 'string', default: '10' },
  },
});

const whole = (name: string, value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`--${name} must be a whole number above 0, got "${value}"`);
  return Number(value);
};

async function main() {
  const connections = whole('connections', values.connections);
  const { pages, met } = await benchPublicSite({ url: values.url, connections, duration: whole('duration', values.duration) });
  console.log(formatSiteBench(pages, connections));
  console.log(met ? 'Objetivos cumplidos: 0 % errores, p95 ≤ 300 ms.' : 'Objetivos NO cumplidos (0 % errores, p95 ≤ 300 ms).');
  return met ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
