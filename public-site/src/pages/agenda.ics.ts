import type { APIRoute } from 'astro';
import { CmsUnavailableError, fetchAgendaIcs } from '../lib/cms';

/**
 * The CMS's public iCal feed on the site's own address, so that the link works wherever the
 * site is published (the CMS may only be reachable from the server).
 */
export const GET: APIRoute = async () => {
  let upstream: Response;
  try {
    upstream = await fetchAgendaIcs();
  } catch (error) {
    if (!(error instanceof CmsUnavailableError)) throw error;
    console.error(error.message);
    return new Response('El calendario no está disponible en este momento. Inténtelo de nuevo en unos minutos.\n', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '60' },
    });
  }
  const headers = new Headers({
    'Content-Type': upstream.headers.get('Content-Type') ?? 'text/calendar; charset=utf-8',
    'Content-Disposition': upstream.headers.get('Content-Disposition') ?? 'inline; filename="agenda-publica.ics"',
    'Cache-Control': upstream.headers.get('Cache-Control') ?? 'public, max-age=300',
  });
  return new Response(upstream.body, { status: 200, headers });
};
