/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Recharts with its d3 and redux dependencies is ~125 KB gzip: one
            // shared chunk that only the lazily loaded chart modules import, so
            // text and headline numbers never wait for it.
            {
              name: 'recharts',
              test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|@reduxjs|redux|reselect|immer|use-sync-external-store|decimal\.js-light|es-toolkit|eventemitter3|tiny-invariant|clsx|react-redux)[\\/]/,
            },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            },
          ],
        },
      },
    },
  },
  preview: {
    port: 4173,
    strictPort: false,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    css: false,
  },
});
