import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

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
    chunkSizeWarningLimit: 2500,
    sourcemap: false,
  },
});
