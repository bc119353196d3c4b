import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The first reading in each test file compiles the offline reader's patterns,
    // which takes seconds of CPU when the machine is busy with other suites.
    testTimeout: 30_000,
  },
});
