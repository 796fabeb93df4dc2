import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// JavaScript, not TypeScript: the root tsconfig (CommonJS) cannot resolve Vite's plugin types.
const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = path.resolve(here, '../../..');
const adminModules = path.join(repoRoot, 'admin-ui', 'node_modules');

/**
 * Built the way admin-ui/vite.config.ts builds the back office, with the same packages: the
 * back office pins react-router 6 in its own node_modules (the workspace root hoists 7), so
 * this app takes it from there too.
 */
export default defineConfig({
  root: here,
  base: '/',
  logLevel: 'warn',
  plugins: [react()],
  resolve: {
    alias: [{ find: /^react-router$/, replacement: path.join(adminModules, 'react-router') }],
    dedupe: ['react', 'react-dom', 'react-router', 'react-router-dom', '@emotion/react', '@emotion/styled'],
  },
  build: {
    outDir: path.join(repoRoot, '.tmp', 'blank-admin'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
