import type { APIRoute } from 'astro';
import { openDataFile } from '@sigobito/config/contracts';
import { CmsUnavailableError, fetchOpenData } from '../../lib/cms';
import { filterCode } from '../../lib/goals';

/**
 * The CMS's open-data files on the site's own address (as /agenda.ics does for the calendar):
 * the links on /datos-abiertos work wherever the site is published.
 */
/** An endpoint's empty 404 reaches the visitor empty (404.astro is for pages): say something. */
const notFound = () =>
  new Response('No existe ese archivo de datos abiertos. La lista de archivos está en /datos-abiertos.\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });

export const GET: APIRoute = async ({ params, url }) => {
  const file = openDataFile(params.file ?? '');
  if (!file) return notFound();
  // ?tema=&lugar=, as on the site's pages: a district's file includes its corregimientos.
  const filter = {
    theme: file.dataset.filters.theme ? filterCode(url.searchParams.get('tema')) : undefined,
    place: file.dataset.filters.place ? filterCode(url.searchParams.get('lugar')) : undefined,
  };
  let upstream: Response | null;
  try {
    upstream = await fetchOpenData(file.file, filter);
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    console.error(error.message);
    return new Response('Los datos abiertos no están disponibles en este momento. Inténtelo de nuevo en unos minutos.\n', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '60' },
    });
  }
  if (!upstream) return notFound();
  const headers = new Headers({
    'Content-Type': upstream.headers.get('Content-Type') ?? `${file.mediaType}; charset=utf-8`,
    'Content-Disposition': upstream.headers.get('Content-Disposition') ?? `inline; filename="${file.file}"`,
    'Cache-Control': upstream.headers.get('Cache-Control') ?? 'public, max-age=300',
    // Open data: any page may read it, as it may from the CMS.
    'Access-Control-Allow-Origin': '*',
  });
  return new Response(upstream.body, { status: 200, headers });
};
