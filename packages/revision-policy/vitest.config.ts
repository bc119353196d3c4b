import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The property tests run hundreds of generated specs through the policy; on a machine busy with other suites that
    // takes more than the default 5 s, and a deadline is no part of what they check.
    testTimeout: 30_000,
  },
});
