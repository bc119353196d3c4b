#!/usr/bin/env -S node --no-regexp-tier-up
// The installed `leaseback` command. It lives outside dist/ so that npm can link it at
// install time, before the first build; it runs the built CLI, or says how to build it.
//
// `--no-regexp-tier-up`: V8 first runs a regular expression in its interpreter and
// compiles it to machine code only once it has run; a command reads one brief, so the
// offline reader's large patterns would mostly run interpreted, about a quarter of a
// `plan`'s main-thread CPU. With the flag they are compiled before their first run.
// It is given here, on the command line, because setting it from inside the process
// (`v8.setFlagsFromString`) is unsafe once worker threads run. `env -S` splits the
// line into words (GNU coreutils 8.30+, macOS, the BSDs; npm's Windows shims read it).
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('leaseback is not built yet: run `npm run build` at the repository root first.\n');
  process.exit(1);
}
await import(built.href);
