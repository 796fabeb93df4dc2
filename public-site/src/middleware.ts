import { defineMiddleware } from 'astro:middleware';
import { cspWithMapTiles } from '@sigobito/config/contracts';
import { SECURITY_HEADERS } from '../security-headers.mjs';

const CSP = 'Content-Security-Policy';

/** A page with a tiled map may load images from the tile host and run the site's own map script; nothing else. */
const secure = (headers: Headers, mapTileSource: string | undefined) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  headers.set(CSP, cspWithMapTiles(SECURITY_HEADERS[CSP]!, mapTileSource ?? null, { scripts: true }));
};

// Every page carries the security headers (server.mjs also sets them on static files).
// Astro always answers 500 with the page 500.astro renders; when that page finds the CMS
// unreachable it asks for 503, so that clients and proxies know to come back later.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const status = context.locals.errorStatus;
  let answer = status === undefined ? response : new Response(response.body, { status, headers: response.headers });
  const tiles = context.locals.mapTileSource;
  try {
    secure(answer.headers, tiles);
  } catch {
    // The headers of some responses (a redirect, a fetched one) cannot be changed: a copy.
    answer = new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: new Headers(answer.headers) });
    secure(answer.headers, tiles);
  }
  return answer;
});
