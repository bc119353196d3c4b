import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Static files only: the API serves `dist/` at `/`, so every asset is bundled and nothing is
// fetched from another origin at run time.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: {
    alias: {
      // The one home of money and multiple notation (shared with the service's replies and the CLI).
      '#format-figures': fileURLToPath(new URL('../../packages/service/src/sessions/format-figures.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
});
