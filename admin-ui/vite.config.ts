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
    // react-admin + MUI make one ~1.1 MB bundle (~355 kB gzipped), expected for a back office.
    chunkSizeWarningLimit: 2000,
  },
  server: {
    proxy: {
      '/api': {
        target: process.env.CMS_URL || 'http://127.0.0.1:1337',
        changeOrigin: true,
      },
    },
  },
});
