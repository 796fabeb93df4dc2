import type { APIRoute } from 'astro';
import { dcatCatalog } from '@sigobito/config/contracts';
import { getSettings } from '../../lib/cms';
import { siteOrigin } from '../../lib/news';

/**
 * The machine-readable catalogue of the open data (DCAT-US 1.1 / Project Open Data `data.json`):
 * every dataset with its files' absolute addresses. The files are made when downloaded, so the
 * catalogue says they are as new as today.
 */
export const GET: APIRoute = async ({ url }) => {
  const settings = await getSettings().catch(() => null);
  const catalog = dcatCatalog({
    siteUrl: siteOrigin(process.env.PUBLIC_SITE_URL, url),
    publisher: settings?.municipalityName || 'Municipio',
    contactEmail: settings?.contactEmail,
    modified: new Date().toISOString().slice(0, 10),
  });
  return new Response(JSON.stringify(catalog, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300', 'Access-Control-Allow-Origin': '*' },
  });
};
