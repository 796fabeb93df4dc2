import type { APIRoute } from 'astro';

// Says the site itself is up; it does not ask the CMS, which the start script polls on its own.
export const GET: APIRoute = () =>
  new Response('ok', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
