// Builds the command (`dist/bin.js`) as one bundle with esbuild: the CLI's sources and the
// workspace packages and small libraries it loads, as a few ES modules instead of about
// 400. Why: a short command such as `plan` spent most of its start resolving, reading and
// linking modules one by one. Run by `npm run build` after `tsc -b`, which still emits
// the library entry (`dist/index.js`) and its types; `src/bin.ts` is left to this script.
//
// What stays as it was:
// - every import reached only through `import()` is a chunk of its own, loaded when the
//   command needs it (the service, the API, the sessions, the provider adapters);
// - every other package is left external and loads from node_modules as before: the
//   provider SDKs, PGlite and its WebAssembly, pg, exceljs, highs, piscina, pino, express,
//   prom-client (one copy, shared with the API's metrics registry), and anything added
//   later, unless it is named in BUNDLED_PACKAGES;
// - `import.meta.url` in each bundled module is the address of the file it was built from,
//   so what a package finds beside itself (a worker thread's script, its package.json, the
//   web console's files) is found where it always was.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDirectory = fileURLToPath(new URL('..', import.meta.url));
const outputDirectory = fileURLToPath(new URL('../dist', import.meta.url));
// The files the last bundle wrote, so that a new one leaves no stale chunk behind.
const outputList = join(outputDirectory, 'bin.outputs.json');

/** Libraries bundled with the command; their own dependencies come with them. */
const BUNDLED_PACKAGES = new Set([
  'cli-table3',
  'commander',
  'csv-parse',
  'csv-stringify',
  'smol-toml',
  'yocto-spinner',
  'yoctocolors',
  'zod',
]);

/** The package a bare import names: `zod/v4` → `zod`, `@leaseback/store/pending-runs` → `@leaseback/store`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Workspace packages and BUNDLED_PACKAGES are bundled; any other package imported by workspace code stays external. */
const chooseExternals = {
  name: 'leaseback-externals',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, ({ path, importer }) => {
      if (path.startsWith('node:')) return { path, external: true };
      // A bundled library's own imports are bundled with it.
      if (importer.includes(`${sep}node_modules${sep}`)) return undefined;
      const name = packageName(path);
      if (name.startsWith('@leaseback/') || BUNDLED_PACKAGES.has(name)) return undefined;
      return { path, external: true };
    });
  },
};

/** Gives each bundled workspace module the `import.meta.url` of its own file (see the top of this file). */
const keepModuleAddresses = {
  name: 'leaseback-module-addresses',
  setup(builder) {
    builder.onLoad({ filter: /\.[jt]s$/ }, async ({ path }) => {
      if (path.includes(`${sep}node_modules${sep}`)) return undefined;
      const source = await readFile(path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      // Every chunk sits in dist/, so the original file's address is fixed relative to it.
      const fromOutput = relative(outputDirectory, path).split(sep).join('/');
      return {
        contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(fromOutput)}, import.meta.url).href`),
        loader: path.endsWith('.ts') ? 'ts' : 'js',
        resolveDir: dirname(path),
      };
    });
  },
};

const previousOutputs = await readFile(outputList, 'utf8').then(JSON.parse, () => []);
await Promise.all(previousOutputs.map((file) => rm(join(packageDirectory, file), { force: true })));

const { metafile } = await build({
  absWorkingDir: packageDirectory,
  entryPoints: { bin: 'src/bin.ts' },
  outdir: 'dist',
  // Chunks sit beside bin.js (the addresses above rely on it); their hashes keep them apart from tsc's files.
  chunkNames: '[name]-[hash]',
  entryNames: '[name]',
  metafile: true,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Node runs every module it imports; the bundle keeps every statement whose removal esbuild
  // cannot prove harmless, rather than trusting `sideEffects: false` and `@__PURE__` notes.
  ignoreAnnotations: true,
  // The libraries written as CommonJS (commander, cli-table3) call `require` for Node's modules.
  banner: {
    js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);",
  },
  // Stack traces name the original files with `node --enable-source-maps` (LEASEBACK_DEBUG=1 prints them).
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [chooseExternals, keepModuleAddresses],
});
await writeFile(outputList, `${JSON.stringify(Object.keys(metafile.outputs), null, 2)}\n`);
