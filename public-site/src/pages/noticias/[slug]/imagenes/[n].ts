import type { APIRoute } from 'astro';
import { CmsUnavailableError, fetchNewsImage } from '../../../../lib/cms';

/**
 * An image of a public news item on the site's own address (the page's CSP allows only the
 * site's images): the CMS answers it only while the news is public.
 */
export const GET: APIRoute = async ({ params }) => {
  let upstream: Response | null;
  try {
    upstream = await fetchNewsImage(params.slug ?? '', params.n ?? '');
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    console.error(error.message);
    return new Response(null, { status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '60' } });
  }
  if (!upstream) return new Response('No existe esa imagen.\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' } });
  const headers = new Headers({ 'Cache-Control': upstream.headers.get('Cache-Control') ?? 'public, max-age=60' });
  for (const name of ['Content-Type', 'Content-Length', 'Content-Disposition', 'Last-Modified']) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: 200, headers });
};
