import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/backoffice/',
  plugins: [react()],
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
    rollupOptions: {
      output: {
        // The calendar, the charts and the news editor are large and change rarely: their own cached files.
        manualChunks: (id: string) => {
          if (id.includes('node_modules/@fullcalendar/')) return 'calendar';
          if (id.includes('node_modules/@tiptap/') || id.includes('node_modules/prosemirror-')) return 'editor';
          if (id.includes('node_modules/recharts/') || id.includes('node_modules/d3-') || id.includes('node_modules/victory-vendor/')) return 'charts';
          return undefined;
        },
      },
    },
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
