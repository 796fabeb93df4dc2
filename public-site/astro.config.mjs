// @ts-check
import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  // One small stylesheet: inlining it saves a round trip on slow mobile networks.
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
