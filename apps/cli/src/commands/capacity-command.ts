import type { CliCommand } from '../command-context.js';
import { formatMoney } from '../format-values.js';
import { addProgramRequestOptions, buildProgramRequest, type ProgramRequestOptions } from '../program-request-options.js';
import { readPortfolio } from '../read-portfolio.js';
import { renderCapacity } from '../render-capacity.js';
import { assetsById } from './plan-command.js';

/**
 * `leaseback capacity <portfolio.json> --brief "..."`: the most the portfolio
 * can raise under the brief's covenants and filters, and the assets that reach
 * it. Nothing is stored. `--json` prints `{ spec, capacity }`.
 */
export const capacityCommand: CliCommand = {
  register(program, environment) {
    const command = program
      .command('capacity')
      .summary("the most a portfolio can raise under a brief's covenants and filters")
      .description(
        "Compute the most the portfolio can raise under the brief's covenants and filters (the target itself is ignored), with the assets that reach it.",
      )
      .argument('<portfolio>', 'portfolio file: JSON, .xlsx (Assets and Company sheets) or .csv (with --company)');
    addProgramRequestOptions(command).action((file: string, options: ProgramRequestOptions) =>
      environment.execute(command, async (context) => {
        const portfolio = await readPortfolio(file, options.company === undefined ? {} : { company: options.company });
        const request = buildProgramRequest(portfolio, options);
        const service = await context.service();
        const report = await context.output.progress('computing capacity', () => service.capacity(request, { signal: context.signal }));
        context.output.result(
          report,
          () => renderCapacity(report, assetsById(portfolio.assets), context.output.style),
          () => `${formatMoney(report.capacity.max_proceeds)} ${report.capacity.asset_ids.join(',')}`,
        );
      }),
    );
  },
};
