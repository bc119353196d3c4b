#!/usr/bin/env -S node --no-regexp-tier-up
// The installed `leaseback-api` command. It lives outside dist/ so that npm can link it at
// install time, before the first build; it starts the built API, or says how to build it.
//
// `--no-regexp-tier-up`: V8 first runs a regular expression in its interpreter and compiles
// it to machine code later. Every write reads its brief through the offline reader's few
// hundred large patterns, and with the flag they run compiled from the start: a write cost
// 17 % less CPU in steady state, measured (README, "The reader's patterns compiled at once").
// It is given on the command line because setting it from inside the process
// (`v8.setFlagsFromString`) is unsafe once worker threads run. `env -S` splits the line
// into words (GNU coreutils 8.30+, macOS, the BSDs; npm's Windows shims read it).
import { existsSync } from 'node:fs';

const built = new URL('../dist/main.js', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('leaseback-api is not built yet: run `npm run build` at the repository root first.\n');
  process.exit(1);
}
const { main } = await import(built.href);
const { toLeasebackError } = await import('@leaseback/domain');
main().catch((thrown) => {
  const error = toLeasebackError(thrown);
  process.stderr.write(`leaseback-api: ${error.message}\n`);
  process.exit(error.code === 'invalid_config' ? 2 : 1);
});
