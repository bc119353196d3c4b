import type { Asset, CreateRunResponse, Portfolio } from '@leaseback/domain';
import type { CommandContext, CliCommand } from '../command-context.js';
import { EXIT_CODES } from '../exit-codes.js';
import { formatMoney } from '../format-values.js';
import { addProgramRequestOptions, buildProgramRequest, type ProgramRequestOptions } from '../program-request-options.js';
import { readPortfolio } from '../read-portfolio.js';
import { renderRun, type RunReport } from '../render-run.js';

/**
 * `leaseback plan <portfolio.json> --brief "..."`: plans one program and stores
 * the run. Exit status 0 when the run completed (an infeasible outcome
 * included), 1 when it failed. `--json` prints the `CreateRunResponse`.
 */
export const planCommand: CliCommand = {
  register(program, environment) {
    const command = program
      .command('plan')
      .summary('plan a sale-leaseback program and store the run')
      .description('Plan a sale-leaseback program for a portfolio file and a brief, and store the run.')
      .argument('<portfolio>', 'portfolio file: JSON, .xlsx (Assets and Company sheets) or .csv (with --company)');
    addProgramRequestOptions(command).action((file: string, options: ProgramRequestOptions) =>
      environment.execute(command, async (context) => {
        const portfolio = await readPortfolio(file, options.company === undefined ? {} : { company: options.company });
        const request = buildProgramRequest(portfolio, options);
        // The run is journaled when nobody holds the store: the command does not wait for PGlite to start.
        const service = await context.service({ journalRuns: true });
        const created = await context.output.progress('planning the program', (update) =>
          service.createRun(request, { signal: context.signal, onProgress: update }),
        );
        if (context.output.json) context.output.result(created, () => '');
        else await printCreatedRun(context, created, portfolio, options);
        return created.status === 'failed' ? EXIT_CODES.failure : EXIT_CODES.success;
      }),
    );
  },
};

async function printCreatedRun(
  context: CommandContext,
  created: CreateRunResponse,
  portfolio: Portfolio,
  options: ProgramRequestOptions,
): Promise<void> {
  // A failed run's trace (up to the failure) is kept with the stored run, not in the answer.
  const stored = created.status === 'failed' ? await (await context.service()).getRun(created.run_id).catch(() => null) : null;
  const report: RunReport = stored ?? { ...created, program_description: options.brief, fund_id: options.fund ?? null };
  context.output.result(
    created,
    () => renderRun(report, { style: context.output.style, width: context.output.width, assets: assetsById(portfolio.assets) }),
    () => quietRunLine(created),
  );
}

/** `<run id> completed ok $151.2M of $150M`: one line for `--quiet`. */
export function quietRunLine(run: Pick<CreateRunResponse, 'run_id' | 'status' | 'response' | 'error_code'>): string {
  const outcome = run.response?.outcome;
  const detail = outcome
    ? `${outcome.status} ${formatMoney(outcome.proceeds)} of ${formatMoney(outcome.target_amount)}`
    : (run.error_code ?? '');
  return `${run.run_id} ${run.status} ${detail}`.trimEnd();
}

/** The portfolio's assets by id. */
export function assetsById(assets: readonly Asset[]): Map<string, Asset> {
  return new Map(assets.map((asset) => [asset.asset_id, asset]));
}
