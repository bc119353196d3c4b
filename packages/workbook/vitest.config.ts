import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The first workbook a test file writes or reads loads the spreadsheet library, which takes seconds of CPU
    // when the machine is busy with other suites.
    testTimeout: 30_000,
  },
});
