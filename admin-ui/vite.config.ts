import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * twitter-text (the X character count of a piece, in @sigobito/config/contracts) imports core-js
 * polyfills of ES2015, which every browser the back office supports has built in. Said to have no
 * side effects, they are left out of the bundle; the login's chunk had 30 KB of them, as every
 * screen that shows a label from the contracts has twitter-text.
 */
const noEs2015Polyfills: Plugin = {
  name: 'sigobito:no-es2015-polyfills',
  transform: (code, id) => (id.includes('/node_modules/core-js/') ? { code, moduleSideEffects: false } : null),
};

export default defineConfig({
  root,
  base: '/backoffice/',
  plugins: [react(), noEs2015Polyfills],
  resolve: {
    // The workspace root hoists React 19 and react-router 7 for other packages, while this
    // app pins React 18 and react-router 6 in admin-ui/node_modules. Without deduping,
    // react-admin (hoisted to the root) would load a second React and break every hook.
    dedupe: ['react', 'react-dom', 'react-router', 'react-router-dom', '@emotion/react', '@emotion/styled'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    // No manualChunks: Rollup splits by route (each view and page is a dynamic import, see
    // src/common/lazyView.ts) and puts what several of them share in chunks of their own; vendor
    // groups of our own pulled React into the calendar's chunk and that into the login's.
  },
  server: {
    proxy: {
      '/api': {
        target: process.env.CMS_URL || 'http://127.0.0.1:1337',
        changeOrigin: true,
        // The CMS refuses session writes from another origin; through this proxy the page's
        // origin (the dev server) stands for the CMS's own.
        configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
      },
    },
  },
});
