export { runCli, type RunCliOptions } from './run-cli.js';
export { CLI_COMMANDS, createCliProgram } from './cli-program.js';
export type { CliCommand, CommandContext, CommandEnvironment, CommandWork, ServiceOpenOptions } from './command-context.js';
export { processIo, type CliIo, type CliStream } from './cli-io.js';
export { createCliOutput, type CliOutput } from './cli-output.js';
export { EXIT_CODES, exitCodeFor, type ExitCode } from './exit-codes.js';
export { InputFileError, UsageError, type InputFileErrorCode } from './cli-errors.js';
export { addGlobalOptions, readGlobalOptions, PROVIDER_CHOICES, type GlobalOptions } from './global-options.js';
export { loadCliConfig } from './load-cli-config.js';
export { readPortfolio, type ReadBytes, type ReadPortfolioOptions } from './read-portfolio.js';
export {
  addProgramRequestOptions,
  buildProgramRequest,
  describeInputPath,
  type ProgramRequestOptions,
} from './program-request-options.js';
export { describeError, renderErrorText, type ErrorProblem, type ErrorReport } from './describe-error.js';
