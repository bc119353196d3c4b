import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // A plan's first reading compiles the offline reader's patterns, which takes
    // seconds of CPU when the machine is busy with other suites (the default is 5 s).
    testTimeout: 30_000,
  },
});
