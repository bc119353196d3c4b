import type { Command } from 'commander';
import type { CreateLeasebackServiceOptions, LeasebackService, LeasebackServiceHandle, ServiceConfig } from '@leaseback/service';
import type { CliIo } from './cli-io.js';
import type { CliOutput } from './cli-output.js';
import type { ExitCode } from './exit-codes.js';
import type { GlobalOptions } from './global-options.js';

/** What a command's work gets: the options, the output, cancellation and the service. */
export interface CommandContext {
  readonly options: GlobalOptions;
  readonly io: CliIo;
  readonly output: CliOutput;
  /** Aborted on Ctrl-C (SIGINT): long work stops and the command ends with status 130. */
  readonly signal: AbortSignal;
  /** Ends the process at once, for when a graceful end is no longer wanted (a second signal). */
  exitNow(code: number): void;
  /** The configuration (environment, `--config`, flags); loaded on first use. */
  config(): Promise<ServiceConfig>;
  /**
   * The service, opened on first use (the store's migrations run then) and
   * closed by the runner when the command ends, whatever happens. When a
   * `leaseback serve` holds the embedded store, this is that server's API
   * instead; when another process holds it, it throws one line saying what to do.
   */
  service(options?: ServiceUse): Promise<LeasebackService>;
  /**
   * The service on the store itself, never through a server (`serve` uses it).
   * `options` (another configuration, a logger, a metrics registry) apply to the
   * first call only.
   */
  localService(options?: ServiceOpenOptions): Promise<LeasebackServiceHandle>;
}

/** How a command uses the service, so that it is opened no more than that needs. */
export interface ServiceUse {
  /**
   * The command stores the runs it plans and may read them back (`plan`). On the
   * embedded store with no process holding it, the service's runs are then
   * written to the store's pending-runs journal, taken in by the next process
   * that opens the store, and PGlite starts only if something else is asked for.
   * Given on the call that opens the service (the first).
   */
  readonly journalRuns?: boolean;
}

/** What a command may add when it opens the service (`serve` adds its logger and metrics). */
export type ServiceOpenOptions = Pick<CreateLeasebackServiceOptions, 'config' | 'logger' | 'metricsRegistry'>;

/** A command's work: resolves to its exit status (success when nothing is returned). */
// biome-ignore lint/suspicious/noConfusingVoidType: a command that succeeds may end without returning a status.
export type CommandWork = (context: CommandContext) => Promise<ExitCode | void>;

/** What each command module is given to register itself. */
export interface CommandEnvironment {
  /** Runs a command's work with a fresh context and records its exit status. */
  execute(command: Command, work: CommandWork): Promise<void>;
}

/**
 * One top-level command of `leaseback`. Each lives in its own module under
 * `commands/` and is listed in `cli-program.ts`.
 */
export interface CliCommand {
  /** Adds the command (and its subcommands) to the program. */
  register(program: Command, environment: CommandEnvironment): void;
}
