import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';

/** The repository's example portfolio and briefs, inlined at build time so the console needs no file to start. */
const examples = new URL('../../examples/', import.meta.url);
const readExample = (name: string): unknown => JSON.parse(readFileSync(new URL(name, examples), 'utf8'));

// Static files only: the API serves `dist/` at `/`, so every asset is bundled and nothing is
// fetched from another origin at run time.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: {
    __EXAMPLE_PORTFOLIO__: JSON.stringify(readExample('portfolio.json')),
    __EXAMPLE_BRIEFS__: JSON.stringify(readExample('briefs.json')),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
});
