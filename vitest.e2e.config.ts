import { defineConfig } from 'vitest/config';

// Browser tests: playwright-core drives Debian's Chromium against the built
// app, served by vite preview from tests/e2e/global-setup.ts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
