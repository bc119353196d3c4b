import { createRequire } from 'node:module';
import { Command } from 'commander';
import type { CliCommand, CommandEnvironment } from './command-context.js';
import { capacityCommand } from './commands/capacity-command.js';
import { chatCommand } from './commands/chat-command.js';
import { planCommand } from './commands/plan-command.js';
import { runsCommand } from './commands/runs-command.js';
import { scenariosCommand } from './commands/scenarios-command.js';
import { serveCommand } from './commands/serve-command.js';
import { setsCommand } from './commands/sets-command.js';
import { templateCommand } from './commands/template-command.js';
import { whereCommand } from './commands/where-command.js';
import type { CliIo } from './cli-io.js';
import { addGlobalOptions } from './global-options.js';

/**
 * The commands of `leaseback`, in the order `--help` lists them. A command is
 * one module under `commands/` implementing `CliCommand`; the guided planning
 * conversation (`leaseback chat <portfolio.json>`) joins this list the same way.
 */
export const CLI_COMMANDS: readonly CliCommand[] = [
  planCommand,
  scenariosCommand,
  capacityCommand,
  chatCommand,
  runsCommand,
  setsCommand,
  templateCommand,
  whereCommand,
  serveCommand,
];

const packageJson = createRequire(import.meta.url)('../package.json') as { version: string };

/** The `leaseback` command tree with the global options, writing help to the given streams. */
export function createCliProgram(io: CliIo, environment: CommandEnvironment, commands: readonly CliCommand[] = CLI_COMMANDS): Command {
  const program = new Command('leaseback')
    .description('Plan corporate sale-leaseback programs: which assets to sell to raise a target without breaking loan covenants.')
    .version(packageJson.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    // Errors are reported by the runner (as text or, with --json, as JSON); help goes where it was asked for.
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => undefined,
    });
  addGlobalOptions(program);
  // Commands created from here on inherit the error handling, output and help settings above.
  for (const command of commands) command.register(program, environment);
  return program;
}
