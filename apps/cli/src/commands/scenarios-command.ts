import type { CliCommand } from '../command-context.js';
import { EXIT_CODES } from '../exit-codes.js';
import { parseWholeNumber } from '../parse-option-values.js';
import { addProgramRequestOptions, buildProgramRequest, type ProgramRequestOptions } from '../program-request-options.js';
import { readPortfolio } from '../read-portfolio.js';
import { renderScenarioSet } from '../render-scenario-set.js';

interface ScenariosOptions extends ProgramRequestOptions {
  readonly scenarios: number;
}

/**
 * `leaseback scenarios <portfolio.json> --brief "..." -n 3`: runs a what-if set
 * (the base case first, then variants) and stores it with its runs; prints the
 * side-by-side comparison. Exit status 1 when any of its runs failed.
 * `--json` prints `{ scenario_set, runs, comparison }`.
 */
export const scenariosCommand: CliCommand = {
  register(program, environment) {
    const command = program
      .command('scenarios')
      .summary('run a what-if scenario set and compare it side by side')
      .description(
        'Run a set of what-if scenarios (the base case first) for a portfolio file and a brief, store them, and compare them side by side.',
      )
      .argument('<portfolio>', 'portfolio file: JSON, .xlsx (Assets and Company sheets) or .csv (with --company)')
      .option('-n, --scenarios <count>', 'how many scenarios, 1 to 5', (value) => parseWholeNumber(value, '--scenarios'), 3);
    addProgramRequestOptions(command).action((file: string, options: ScenariosOptions) =>
      environment.execute(command, async (context) => {
        const portfolio = await readPortfolio(file, options.company === undefined ? {} : { company: options.company });
        const baseRequest = buildProgramRequest(portfolio, options);
        const service = await context.service();
        const set = await context.output.progress('running the scenario set', (update) =>
          service.createScenarioSet(
            {
              brief: options.brief,
              base_request: baseRequest,
              num_scenarios: options.scenarios,
              ...(options.fund !== undefined ? { fund_id: options.fund } : {}),
            },
            { signal: context.signal, onProgress: update },
          ),
        );
        context.output.result(
          set,
          () => renderScenarioSet(set, context.output.style),
          () =>
            `${set.scenario_set.id}\n${set.comparison.map((row) => `${row.run_id} ${row.kind} ${row.run_status} ${row.outcome_status ?? ''}`.trimEnd()).join('\n')}`,
        );
        return set.runs.some((run) => run.status === 'failed') ? EXIT_CODES.failure : EXIT_CODES.success;
      }),
    );
  },
};
