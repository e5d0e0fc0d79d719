import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const nodeModule = (names: string) => new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);

// The renderer is served from app://kemitraan/ in Electron and from the loopback adapter in a
// browser; relative asset paths work under both.
export default defineConfig({
  root: path.resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    // RENDERER_OUT: a build of one's own, so two working copies' e2e runs do not overwrite each other's.
    outDir: process.env.RENDERER_OUT ?? path.resolve(__dirname, 'dist', 'renderer'),
    emptyOutDir: true,
    sourcemap: false,
    // Pages are split (renderer/src/pages/lazyPages.ts); a chunk over this is worth a look.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The query cache without React: main.tsx fills it before React has loaded.
            { name: 'query', test: nodeModule('@tanstack[\\\\/]query-core'), priority: 4 },
            // React, the router and the query hooks: every screen needs them, first of all. With them
            // the small helpers antd shares with recharts, so the first screen never loads the charts.
            { name: 'react', test: nodeModule('react|react-dom|scheduler|react-router|@tanstack[\\\\/]react-query|react-is|use-sync-external-store|clsx'), priority: 3 },
            // The charts and what only they use: loaded with the dashboard, naik kelas, a UMKM's history.
            {
              name: 'charts',
              test: nodeModule('recharts|victory-vendor|d3-[^\\\\/]+|internmap|@reduxjs|react-redux|redux|redux-thunk|immer|reselect|decimal\\.js-light|es-toolkit|eventemitter3|tiny-invariant'),
              priority: 2,
            },
          ],
        },
      },
    },
  },
});
