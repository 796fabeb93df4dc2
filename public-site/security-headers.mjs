// The security headers of every answer of the public site: server.mjs sets them on everything
// it serves (pages and files), src/middleware.ts on the pages Astro renders (also `astro dev`).
// The site runs no JavaScript in the browser; it needs its own stylesheet (inlined in a
// <style> element), style attributes (bars and colour swatches), its own images and forms
// posted to itself.

/** @type {Readonly<Record<string, string>>} */
export const SECURITY_HEADERS = Object.freeze({
  'Content-Security-Policy': [
    "default-src 'none'",
    "img-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
});
