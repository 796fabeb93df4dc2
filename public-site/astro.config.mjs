// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // One small stylesheet: inlining it saves a round trip on slow mobile networks.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Astro's check compares a form POST's Origin with the address it believes it serves; behind
  // a TLS proxy that only passes Host (README's nginx example) it sees http:// and would refuse
  // every request form with a 403. The site has no sessions or cookies: its only form relays to
  // the CMS's public endpoint, which anyone may call directly and which has its own spam checks.
  security: { checkOrigin: false },
  // The shared contracts (@sigobito/config/contracts) are a workspace link, which Vite would bundle
  // from their CommonJS build and lose the named exports of; the server imports them from Node instead.
  vite: { ssr: { external: ['@sigobito/config'] } },
});
