import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const fromRoot = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url));

/**
 * `electron-vite dev` only: React refresh needs an inline script, which the page's strict meta
 * CSP forbids. The main process then sets a dev CSP header instead (electron/security.ts), so
 * the page still has a policy. Built output keeps the meta tag untouched.
 */
const devWithoutMetaCsp: Plugin = {
  name: 'qcd:dev-without-meta-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i, ''),
};

/**
 * Three builds:
 * - main: the lifecycle (out/main/index.js), the backend's utilityProcess (out/main/backend.js)
 *   and the worker threads: the announcement PDF's (out/main/pdf-worker.js) and an exchange
 *   snapshot's record checks (out/main/check-worker.js; unused where SM3 is missing, as in Electron),
 *   ESM like the package; package.json dependencies (better-sqlite3, drizzle-orm, zod, …) stay
 *   external and load from node_modules, native addons included.
 * - preload: one CommonJS file, out/preload/index.cjs. A sandboxed preload can be neither ESM nor
 *   require anything but `electron`, so dependencies (the contract and zod) are bundled in.
 * - renderer: src/renderer → out/renderer with relative asset URLs, so it loads from file://.
 */
export default defineConfig({
  main: {
    build: {
      outDir: fromRoot('out/main'),
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: fromRoot('electron/main.ts'),
          backend: fromRoot('electron/backend-process.ts'),
          // Worker threads: src/backend/built-worker.ts looks for them here.
          'pdf-worker': fromRoot('src/backend/pdf/pdf-worker.ts'),
          'check-worker': fromRoot('src/backend/services/exchange/in/check-worker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: fromRoot('src/renderer'),
    base: './',
    plugins: [react(), devWithoutMetaCsp],
    build: {
      outDir: fromRoot('out/renderer'),
      rolldownOptions: {
        input: fromRoot('src/renderer/index.html'),
      },
    },
  },
});
