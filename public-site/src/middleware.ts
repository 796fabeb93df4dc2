import { defineMiddleware } from 'astro:middleware';

// Astro always answers 500 with the page 500.astro renders; when that page finds the CMS
// unreachable it asks for 503, so that clients and proxies know to come back later.
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const status = context.locals.errorStatus;
  if (status === undefined) return response;
  return new Response(response.body, { status, headers: response.headers });
});
