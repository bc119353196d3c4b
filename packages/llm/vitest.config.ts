import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The first reading in each test file compiles the offline reader's patterns,
    // which takes seconds of CPU when the machine is busy with other suites.
    testTimeout: 30_000,
    // The reader is pure and keeps no state between readings beyond its compiled
    // patterns, so the test files of a worker share one module graph: each worker
    // compiles the patterns once instead of once per file (the suite's CPU time
    // fell about fifteenfold). No test here mocks a module or stubs a global.
    isolate: false,
  },
});
