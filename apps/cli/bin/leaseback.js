#!/usr/bin/env node
// The installed `leaseback` command. It lives outside dist/ so that npm can link it at
// install time, before the first build; it runs the built CLI, or says how to build it.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('leaseback is not built yet: run `npm run build` at the repository root first.\n');
  process.exit(1);
}
await import(built.href);
