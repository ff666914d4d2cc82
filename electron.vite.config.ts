import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * main: the Electron bootstrap plus the bundled job-worker entry (out/main/worker.js) and the
 * inference-server worker entries (out/main/server-worker.js and its request-log writer,
 * out/main/log-writer.js); every
 * dependency stays external (better-sqlite3 and tfjs-node are native; the wasm backend finds
 * its .wasm files beside its package). Chunks sit beside index.js so the worker is found.
 * preload: CommonJS, because a sandboxed renderer cannot load an ES-module preload.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          worker: resolve(__dirname, 'src/main/engine/jobs/worker-entry.ts'),
          'server-worker': resolve(__dirname, 'src/main/engine/serve/worker/server-worker.ts'),
          'log-writer': resolve(__dirname, 'src/main/engine/serve/worker/log-writer.ts'),
        },
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 1000,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
    plugins: [react()],
  },
});
