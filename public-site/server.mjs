// Starts the built public site. The node adapter's standalone server listens on PORT and HOST,
// but in this repository those variables belong to Strapi, so the public site has its own.
// It runs the adapter's request handler in its own server so that, before Astro sees a
// request, the visitor's address is the one the trusted proxies saw (TRUST_PROXY) and every
// answer carries the security headers.
import { existsSync } from 'node:fs';
import http from 'node:http';
import compression from 'compression';
import { SECURITY_HEADERS } from './security-headers.mjs';

const entry = new URL('./dist/server/entry.mjs', import.meta.url);

const port = process.env.PUBLIC_PORT || '4321';
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`PUBLIC_PORT must be a port number (1-65535), got "${port}".`);
  process.exit(1);
}
if (process.env.CMS_URL && !URL.canParse(process.env.CMS_URL)) {
  console.error(`CMS_URL must be a URL such as http://127.0.0.1:1337, got "${process.env.CMS_URL}".`);
  process.exit(1);
}
// The address citizens use (canonical links, feeds, Open Graph): the same variable as the CMS's.
if (process.env.PUBLIC_SITE_URL && !URL.canParse(process.env.PUBLIC_SITE_URL)) {
  console.error(`PUBLIC_SITE_URL must be a URL such as https://transparencia.example.gob.pa, got "${process.env.PUBLIC_SITE_URL}".`);
  process.exit(1);
}
// Same meaning as for the CMS (config/src/env.ts): how many reverse proxies stand in front.
const trustProxy = (process.env.TRUST_PROXY ?? '').trim().toLowerCase();
if (trustProxy && !/^(true|false|yes|no|\d{1,2})$/.test(trustProxy)) {
  console.error(`TRUST_PROXY must be the number of reverse proxies in front (0, 1, 2…), got "${process.env.TRUST_PROXY}".`);
  process.exit(1);
}
// How long the site keeps the CMS's answers and its pages (src/lib/swr.ts): whole seconds.
for (const name of ['PUBLIC_CACHE_FRESH_SECONDS', 'PUBLIC_CACHE_STALE_SECONDS']) {
  const value = process.env[name];
  if (value !== undefined && value.trim() !== '' && !/^\d{1,6}$/.test(value.trim())) {
    console.error(`${name} must be a whole number of seconds (0 or more), got "${value}".`);
    process.exit(1);
  }
}
const hops =
  trustProxy === '' ? (process.env.NODE_ENV === 'production' ? 1 : 0) : trustProxy === 'true' || trustProxy === 'yes' ? 1 : trustProxy === 'false' || trustProxy === 'no' ? 0 : Number(trustProxy);
if (!existsSync(entry)) {
  console.error('The public site is not built: run `npm run build -w @sigobito/public-site` first.');
  process.exit(1);
}
if (!process.env.SITE_RELAY_SECRET) {
  console.warn('SITE_RELAY_SECRET is not set: the CMS will count every request sent from this site as one visitor.');
}

/**
 * The visitor's address: the socket's peer, or with `hops` proxies in front the address the
 * farthest trusted proxy saw (X-Forwarded-For, counted from the right); what a visitor wrote
 * further left is ignored.
 */
function clientAddress(req) {
  const chain = String(req.headers['x-forwarded-for'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  chain.push(req.socket.remoteAddress ?? '');
  return chain[Math.max(0, chain.length - 1 - hops)];
}

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import(entry.href);

// Pages, feeds, JSON, CSS and SVG leave compressed (gzip, or brotli when the browser takes it),
// with `Vary: Accept-Encoding` so that proxies keep one copy per encoding; images and other
// already-compressed files as they are (the package's defaults; brotli at quality 4, most of
// its gain at gzip's cost).
const compress = compression();

const server = http.createServer((req, res) => {
  // Astro.clientAddress reads the first X-Forwarded-For entry: leave only the real address.
  const address = clientAddress(req);
  if (address) req.headers['x-forwarded-for'] = address;
  else delete req.headers['x-forwarded-for'];
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
  compress(req, res, () => handler(req, res));
});
// Same default as the CMS's HOST (config/src/env.ts): in production only this machine, behind the proxy.
const host = process.env.PUBLIC_HOST || (process.env.NODE_ENV === 'production' ? '127.0.0.1' : '0.0.0.0');
server.listen(Number(port), host, () => {
  console.log(`Sitio público en http://${host}:${port}/`);
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
