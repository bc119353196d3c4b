import { CommanderError } from 'commander';
import { LeasebackError } from '@leaseback/domain';
import type { LeasebackService, LeasebackServiceHandle } from '@leaseback/service';
import type { LeasebackStore } from '@leaseback/store';
import { UsageError } from './cli-errors.js';
import type { CliIo } from './cli-io.js';
import { createCliOutput } from './cli-output.js';
import { createCliProgram, CLI_COMMANDS } from './cli-program.js';
import type { CliCommand, CommandContext, CommandEnvironment, CommandWork, ServiceOpenOptions, ServiceUse } from './command-context.js';
import { describeError, renderErrorText } from './describe-error.js';
import { EXIT_CODES, exitCodeFor } from './exit-codes.js';
import { readGlobalOptions, type GlobalOptions } from './global-options.js';
import { loadCliConfigWithLocation, type CliConfig } from './load-cli-config.js';
import { createRemoteService } from './remote-service.js';
import { findRunningServer, storeHolder } from './running-server-file.js';
import type { StoreHeadStart } from './store-head-start.js';
import { createTextStyle, supportsColor } from './text-style.js';

/** What `runCli` runs against. */
export interface RunCliOptions {
  /** The commands to offer (default: every command of `leaseback`). */
  readonly commands?: readonly CliCommand[];
  /** Ends the process at once: used on a second Ctrl-C while the first is still stopping work. */
  readonly exit?: (code: number) => void;
  /**
   * The embedded store, opening since the process started (see
   * `startStoreEarly`): used when the configuration names it, and closed
   * before this resolves when it does not.
   */
  readonly storeHeadStart?: StoreHeadStart;
}

/**
 * Runs `leaseback` with the arguments after the program name and resolves to
 * the exit status: 0 success (an infeasible program included), 1 failure,
 * 2 bad input, 130 interrupted. Errors are printed without stack traces
 * (`LEASEBACK_DEBUG=1` adds them, on stderr); with `--json` they are printed
 * as `{ "error": { code, message, problems? } }` on stdout. The store is
 * closed before this resolves.
 */
export async function runCli(argv: readonly string[], io: CliIo, options: RunCliOptions = {}): Promise<number> {
  let exitCode: number = EXIT_CODES.success;
  const environment: CommandEnvironment = {
    execute: async (command, work) => {
      exitCode = await executeCommand(readGlobalOptions(command), io, work, options);
    },
  };
  const program = createCliProgram(io, environment, options.commands ?? CLI_COMMANDS);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    await options.storeHeadStart?.release();
    return exitCode;
  } catch (thrown) {
    await options.storeHeadStart?.release();
    let failure = thrown;
    if (thrown instanceof CommanderError) {
      // Help asked for (`--help`, `help <command>`) and the version end with status 0; help shown for an error does not.
      if (
        thrown.code === 'commander.helpDisplayed' ||
        thrown.code === 'commander.version' ||
        (thrown.code === 'commander.help' && thrown.exitCode === 0)
      ) {
        return EXIT_CODES.success;
      }
      // A command group run without a subcommand has printed its help already.
      const message =
        thrown.code === 'commander.help' ? 'a command is required (see the help above)' : thrown.message.replace(/^error: /, '');
      failure = new UsageError(message, { cause: thrown });
    }
    // Parsing stopped before the options were read, so --json is looked for in the arguments themselves.
    const json = argv.includes('--json');
    return reportError(failure, { json, color: !argv.includes('--no-color') }, io);
  }
}

/**
 * Opens the store, or goes through the `leaseback serve` that holds it: the
 * embedded store admits one process, so a command beside a running server
 * talks to that server. Held by anything else, it says in one line what to do.
 */
async function openService(
  loadConfig: () => Promise<CliConfig>,
  openLocal: (options: LocalOpenOptions) => Promise<LeasebackServiceHandle>,
  io: CliIo,
  output: ReturnType<typeof createCliOutput>,
  use: ServiceUse,
): Promise<LeasebackService> {
  const { location } = await loadConfig();
  if (location.kind === 'embedded' && !location.dataDir.startsWith('memory://')) {
    const server = await findRunningServer(location.dataDir);
    if (server) {
      output.note(`(through the leaseback serve at ${server.url}, which holds the store ${location.dataDir})`);
      const { parsePortfolioFile } = await import('@leaseback/service');
      const apiKey = io.env['LEASEBACK_API_KEY'];
      return createRemoteService(server.url, { localParse: (input) => parsePortfolioFile(input), ...(apiKey ? { apiKey } : {}) });
    }
    const holder = await storeHolder(location.dataDir);
    if (holder !== undefined) {
      throw new LeasebackError(
        'store_unavailable',
        `the store ${location.dataDir} is in use by process ${holder}: let it finish or stop it, or run \`leaseback serve\` instead so that other commands go through it`,
      );
    }
    // Nobody holds the store: the runs go to its journal, and PGlite starts only if asked for more.
    if (use.journalRuns === true) {
      const { pendingRunStore } = await import('./pending-run-store.js');
      return openLocal({ store: pendingRunStore(location.dataDir) });
    }
  }
  return openLocal({});
}

/** How the command's own service is opened: a command's options, or (inside the runner) the store to use. */
type LocalOpenOptions = ServiceOpenOptions & { readonly store?: LeasebackStore };

async function executeCommand(globalOptions: GlobalOptions, io: CliIo, work: CommandWork, options: RunCliOptions): Promise<number> {
  const { exit, storeHeadStart } = options;
  const output = createCliOutput(globalOptions, io);
  const abort = new AbortController();
  const onInterrupt = (): void => {
    if (abort.signal.aborted) exit?.(EXIT_CODES.interrupted);
    else abort.abort();
  };
  io.signals.on('SIGINT', onInterrupt);

  let config: Promise<CliConfig> | undefined;
  let opening: Promise<LeasebackService> | undefined;
  const loadConfig = (): Promise<CliConfig> => (config ??= loadCliConfigWithLocation(globalOptions, io.env));
  const openLocal = (openOptions: LocalOpenOptions): Promise<LeasebackServiceHandle> =>
    output.progress('opening the store', async () => {
      const { createLeasebackService } = await import('@leaseback/service');
      const config = openOptions.config ?? (await loadConfig()).config;
      // A configuration given by the command (`serve`'s) is its own: the early store is for the invocation's.
      const store =
        openOptions.store ?? (openOptions.config === undefined ? storeHeadStart?.claim((await loadConfig()).config.store) : undefined);
      return createLeasebackService({ ...openOptions, config, ...(store === undefined ? {} : { store }) });
    });
  const context: CommandContext = {
    options: globalOptions,
    io,
    output,
    signal: abort.signal,
    exitNow: (code) => exit?.(code),
    config: async () => (await loadConfig()).config,
    service: (use: ServiceUse = {}) => (opening ??= openService(loadConfig, openLocal, io, output, use)),
    localService: (openOptions: ServiceOpenOptions = {}) => {
      const local = openLocal(openOptions);
      opening ??= local;
      return local;
    },
  };

  let exitCode: number;
  try {
    exitCode = (await work(context)) ?? EXIT_CODES.success;
  } catch (thrown) {
    exitCode = reportError(thrown, globalOptions, io);
  } finally {
    io.signals.off('SIGINT', onInterrupt);
  }
  if (opening) {
    try {
      const service = await opening.catch(() => undefined);
      await service?.close();
    } catch (thrown) {
      // The command's own result stands; a store that fails to close is still worth saying.
      const closeCode = reportError(thrown, globalOptions, io);
      if (exitCode === EXIT_CODES.success) exitCode = closeCode;
    }
  }
  return exitCode;
}

function reportError(thrown: unknown, options: Pick<GlobalOptions, 'json' | 'color'>, io: CliIo): number {
  const { error, report } = describeError(thrown);
  if (options.json) io.stdout.write(`${JSON.stringify({ error: report }, null, 2)}\n`);
  else
    io.stderr.write(
      renderErrorText(report, createTextStyle(supportsColor({ colorOption: options.color, env: io.env, isTty: io.stderr.isTTY === true }))),
    );
  if (error.code === 'usage_error' && !options.json) io.stderr.write("Run 'leaseback --help' for usage.\n");
  if (io.env['LEASEBACK_DEBUG'] === '1') io.stderr.write(`${debugDetail(thrown)}\n`);
  return exitCodeFor(error);
}

// The stack and every cause, for LEASEBACK_DEBUG=1 only.
function debugDetail(thrown: unknown): string {
  const lines: string[] = [];
  let current: unknown = thrown;
  for (let depth = 0; current !== undefined && depth < 10; depth += 1) {
    lines.push(`${depth === 0 ? '' : 'caused by: '}${current instanceof Error ? (current.stack ?? current.message) : String(current)}`);
    current = current instanceof Error ? current.cause : undefined;
  }
  return lines.join('\n');
}
