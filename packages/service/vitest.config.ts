import { defineConfig } from 'vitest/config';

// Each service test opens its own in-memory PGlite database (about a second to
// start and migrate) and plans real programs, so the default 5 s is too tight on
// a busy machine.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
