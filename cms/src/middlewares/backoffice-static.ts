import fs from 'node:fs';
import path from 'node:path';
import serve from 'koa-static';
import type { Core } from '@strapi/strapi';
import { getEnv, repoRoot } from '@sigobito/config';
import { cspWithMapTiles, mapTileSource } from '@sigobito/config/contracts';

const PREFIX = '/backoffice';

/**
 * Serves the built back office (admin-ui/dist) at /backoffice/ from the CMS, same origin as
 * the API, so no CORS is needed in production. Unknown paths under it get index.html (the
 * single-page app routes them).
 */
/** The tile host the settings name, if any: the back office's maps may load images from it. */
async function tileSource(strapi: Core.Strapi): Promise<string | null> {
  const row = (await strapi.db.query('api::setting.setting').findOne({ select: ['mapTileUrl'] })) as { mapTileUrl?: string | null } | null;
  return mapTileSource(row?.mapTileUrl);
}

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const dist = path.join(repoRoot, 'admin-ui', 'dist');
  const index = path.join(dist, 'index.html');
  const files = serve(dist, { index: false, maxage: 0, gzip: false, brotli: false });
  const enabled = getEnv().SERVE_BACKOFFICE;
  return async (
    ctx: { path: string; status: number; body: unknown; type: string; redirect: (u: string) => void; set: (k: string, v: string) => void; response: { get: (k: string) => string } },
    next: () => Promise<void>,
  ) => {
    if (!enabled || (ctx.path !== PREFIX && !ctx.path.startsWith(`${PREFIX}/`))) return next();
    if (ctx.path === PREFIX) return ctx.redirect(`${PREFIX}/`);
    if (!fs.existsSync(index)) {
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = 'El back office no está compilado: ejecute `npm run build`.';
      return;
    }
    const original = ctx.path;
    ctx.path = original.slice(PREFIX.length) || '/';
    const isAsset = ctx.path.startsWith('/assets/');
    await files(ctx as never, async () => undefined);
    ctx.path = original;
    if (ctx.body) {
      if (isAsset) ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
      return;
    }
    if (isAsset) return next();
    ctx.type = 'text/html; charset=utf-8';
    ctx.set('Cache-Control', 'no-cache');
    // The policy is the page's: with map tiles configured, its images may also come from their host.
    const csp = ctx.response.get('Content-Security-Policy');
    if (csp) ctx.set('Content-Security-Policy', cspWithMapTiles(csp, await tileSource(strapi)));
    ctx.body = fs.createReadStream(index);
  };
};
