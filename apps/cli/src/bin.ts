#!/usr/bin/env node
// `--no-color` must be known before the spinner's colour library loads (it reads
// NO_COLOR once, at import), so the CLI itself is imported after this line.
if (process.argv.includes('--no-color')) process.env['NO_COLOR'] = '1';

const debug = process.env['LEASEBACK_DEBUG'] === '1';

/** Last resort for what the CLI's own error handling cannot see: one line, no stack trace. */
function fail(thrown: unknown, what: string): never {
  const detail = thrown instanceof Error ? thrown.message.split('\n')[0] : String(thrown);
  process.stderr.write(`error: ${what}: ${detail}\n`);
  if (debug) process.stderr.write(`${thrown instanceof Error ? (thrown.stack ?? '') : ''}\n`);
  process.exit(1);
}

process.on('uncaughtException', (thrown) => fail(thrown, 'internal error'));
process.on('unhandledRejection', (thrown) => fail(thrown, 'internal error'));

// `leaseback --version` answers before anything else loads: the full program
// (commander, the domain schemas, the service on demand) costs several times a
// bare Node start, and the version is one field of package.json.
const argumentsGiven = process.argv.slice(2);
if (argumentsGiven.length === 1 && (argumentsGiven[0] === '--version' || argumentsGiven[0] === '-V')) {
  const { createRequire } = await import('node:module');
  const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
  process.stdout.write(`${version}\n`);
  process.exit(0);
}

let cli: { runCli: typeof import('./run-cli.js').runCli; processIo: typeof import('./cli-io.js').processIo };
let storeHeadStart: import('./store-head-start.js').StoreHeadStart | undefined;
try {
  // The embedded store starts opening now, in a thread of its own, while the program loads.
  const { startStoreEarly } = await import('./store-head-start.js');
  storeHeadStart = await startStoreEarly(argumentsGiven, process.env, process.cwd());
  const [{ runCli }, { processIo }] = await Promise.all([import('./run-cli.js'), import('./cli-io.js')]);
  cli = { runCli, processIo };
} catch (thrown) {
  fail(thrown, 'leaseback could not start (is every package built? run `npm run build`)');
}

const exitCode = await cli.runCli(argumentsGiven, cli.processIo(), {
  exit: (code) => process.exit(code),
  ...(storeHeadStart === undefined ? {} : { storeHeadStart }),
});
// The work is done and the store closed; a provider SDK's keep-alive socket or a
// stray timer must not keep the command from ending. Exit once stdout has drained.
process.stdout.write('', () => process.exit(exitCode));
