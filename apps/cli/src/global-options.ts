import { Option, type Command } from 'commander';
import type { ProviderName } from '@leaseback/service';

/** The options every command accepts. */
export interface GlobalOptions {
  /** Machine output only on stdout: the service's result as JSON (errors as `{ "error": ... }`). */
  readonly json: boolean;
  readonly provider?: ProviderName;
  /** A TOML configuration file (else `LEASEBACK_CONFIG`). */
  readonly config?: string;
  /** The embedded store's directory; wins over `DATABASE_URL`. */
  readonly dataDir?: string;
  /** `false` after `--no-color`. */
  readonly color: boolean;
  /** Only the essential result; no progress or notes. */
  readonly quiet: boolean;
}

/** The provider names `--provider` accepts. */
export const PROVIDER_CHOICES: readonly ProviderName[] = ['offline', 'openai', 'anthropic'];

/** Adds the global options to the root command (commander accepts them after any subcommand too). */
export function addGlobalOptions(program: Command): Command {
  return program
    .option('--json', 'machine output only: the result as JSON on stdout')
    .addOption(new Option('--provider <name>', 'LLM provider (default: offline, or LEASEBACK_PROVIDER)').choices(PROVIDER_CHOICES))
    .option('--config <file>', 'TOML configuration file (default: LEASEBACK_CONFIG)')
    .option('--data-dir <dir>', 'embedded store directory (default: .leaseback/data; wins over DATABASE_URL)')
    .option('--no-color', 'no colours (also NO_COLOR)')
    .option('-q, --quiet', 'print only the essential result: no progress, no notes');
}

/** The global options as given to `command` or any of its ancestors. */
export function readGlobalOptions(command: Command): GlobalOptions {
  const options = command.optsWithGlobals<Record<string, unknown>>();
  return {
    json: options['json'] === true,
    color: options['color'] !== false,
    quiet: options['quiet'] === true,
    ...(typeof options['provider'] === 'string' ? { provider: options['provider'] as ProviderName } : {}),
    ...(typeof options['config'] === 'string' ? { config: options['config'] } : {}),
    ...(typeof options['dataDir'] === 'string' ? { dataDir: options['dataDir'] } : {}),
  };
}
