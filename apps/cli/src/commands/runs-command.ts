import type { Asset, RunListItem, RunRecord } from '@leaseback/domain';
import type { LeasebackService } from '@leaseback/service';
import type { CliCommand } from '../command-context.js';
import { EXIT_CODES } from '../exit-codes.js';
import { registerRunExport } from './export-commands.js';
import { parseWholeNumber } from '../parse-option-values.js';
import { readPortfolio } from '../read-portfolio.js';
import { renderRunList } from '../render-run-list.js';
import { renderRun } from '../render-run.js';
import { assetsById, quietRunLine } from './plan-command.js';

/**
 * `leaseback runs list [--fund <id>] [--limit <n>]` (newest first) and
 * `leaseback runs show <run-id> [--portfolio <file>]` (the report `plan`
 * prints). `--json` prints `RunListItem[]` and the `RunRecord`. An unknown id
 * is exit status 2. `leaseback runs replay <run-id>` replays a stored run from its
 * audit trace and says whether the result is identical (exit status 1 when not).
 */
/** The stored records of listed runs, by id; a run that cannot be read is left out (its row shows the status only). */
async function readRunRecords(service: LeasebackService, items: readonly RunListItem[]): Promise<Map<string, RunRecord>> {
  const records = await Promise.all(items.map((item) => service.getRun(item.run_id).catch(() => null)));
  return new Map(records.filter((record): record is RunRecord => record !== null).map((record) => [record.run_id, record]));
}

export const runsCommand: CliCommand = {
  register(program, environment) {
    const runs = program.command('runs').summary('list and show stored runs').description('List and show stored runs.');

    const list = runs
      .command('list')
      .summary('stored runs, newest first')
      .description('List stored runs, newest first.')
      .option('--fund <id>', 'only the runs of this fund')
      .option('--limit <n>', 'how many runs (default 20, at most 100)', (value) => parseWholeNumber(value, '--limit'));
    list.action((options: { fund?: string; limit?: number }) =>
      environment.execute(list, async (context) => {
        const service = await context.service();
        const items = await service.listRuns({ fund_id: options.fund ?? null, limit: options.limit ?? null });
        // The table shows each run's outcome, proceeds and notices, which live on the stored record.
        const records = context.output.json || context.output.quiet ? undefined : await readRunRecords(service, items);
        context.output.result(
          items,
          () => renderRunList(items, context.output.style, records),
          () => items.map((item) => item.run_id).join('\n'),
        );
      }),
    );

    const show = runs
      .command('show')
      .summary('one stored run, as plan prints it')
      .description('Show one stored run: summary, selected assets, covenants, exclusions, capacity and audit trail.')
      .argument('<run-id>', 'the run id')
      .option('--portfolio <file>', "the run's portfolio file, to show asset names, types and markets");
    show.action((runId: string, options: { portfolio?: string }) =>
      environment.execute(show, async (context) => {
        const service = await context.service();
        const run = await service.getRun(runId);
        // A stored run keeps its request, so its assets are known; --portfolio is for runs stored without it.
        const portfolioAssets = options.portfolio ? (await readPortfolio(options.portfolio)).assets : run.request?.assets;
        const assets: Map<string, Asset> | undefined = portfolioAssets ? assetsById(portfolioAssets) : undefined;
        context.output.result(
          run,
          () => renderRun(run, { style: context.output.style, width: context.output.width, ...(assets ? { assets } : {}) }),
          () => quietRunLine(run),
        );
      }),
    );

    const replay = runs
      .command('replay')
      .summary('replay a stored run from its audit trace')
      .description(
        "Run the stored request again with every model call answered from the run's audit trace and the clock set to its timestamps, " +
          'and say whether the result is identical to what was stored. Exit status 1 when it differs.',
      )
      .argument('<run-id>', 'the run id');
    replay.action((runId: string) =>
      environment.execute(replay, async (context) => {
        const service = await context.service();
        const report = await service.replayRun(runId);
        context.output.result(
          report,
          () =>
            report.identical
              ? `Run ${report.run_id} replays identically (${report.llm_calls_replayed} model calls answered from its audit trace).`
              : `Run ${report.run_id} does NOT replay identically; it differs at:\n${report.differences.map((path) => `  ${path}`).join('\n')}`,
          () => (report.identical ? 'identical' : 'different'),
        );
        return report.identical ? EXIT_CODES.success : EXIT_CODES.failure;
      }),
    );

    registerRunExport(runs, environment);
  },
};
