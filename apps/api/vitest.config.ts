import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each test server opens PGlite (a WebAssembly PostgreSQL), which takes a few seconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
