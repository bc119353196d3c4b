import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The command tests run the built binary; each run starts an embedded PostgreSQL (PGlite),
    // which takes seconds, and a fresh data directory takes longer still.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
