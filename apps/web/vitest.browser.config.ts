import { defineConfig } from 'vitest/config';

// End-to-end tests: a real API process serving the built console, driven through Chromium.
export default defineConfig({
  test: {
    include: ['browser-tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
