import { defineConfig } from 'vitest/config';
import viteConfig from './vite.config.js';

// Unit tests of the console's pure helpers; the browser tests have their own config.
export default defineConfig({
  ...viteConfig,
  test: { include: ['src/**/*.test.ts'] },
});
