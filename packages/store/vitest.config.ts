import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Starting PGlite (a WebAssembly PostgreSQL) takes a few seconds per instance.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
