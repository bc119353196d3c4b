#!/usr/bin/env node
// The installed `leaseback-api` command. It lives outside dist/ so that npm can link it at
// install time, before the first build; it starts the built API, or says how to build it.
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
