import type { CliCommand } from '../command-context.js';
import { parseWholeNumber } from '../parse-option-values.js';
import { registerSetExport } from './export-commands.js';
import { renderScenarioSetList } from '../render-run-list.js';
import { renderScenarioSet } from '../render-scenario-set.js';

/**
 * `leaseback sets list [--fund <id>] [--limit <n>]` and `leaseback sets show
 * <id>`: stored scenario sets and their comparison tables. `--json` prints
 * `ScenarioSetSummary[]` and `{ scenario_set, runs, comparison }`.
 */
export const setsCommand: CliCommand = {
  register(program, environment) {
    const sets = program.command('sets').summary('list and show stored scenario sets').description('List and show stored scenario sets.');

    const list = sets
      .command('list')
      .summary('stored scenario sets, newest first')
      .description('List stored scenario sets, newest first.')
      .option('--fund <id>', 'only the sets of this fund')
      .option('--limit <n>', 'how many sets (default 10, at most 100)', (value) => parseWholeNumber(value, '--limit'));
    list.action((options: { fund?: string; limit?: number }) =>
      environment.execute(list, async (context) => {
        const service = await context.service();
        const items = await service.listScenarioSets({ fund_id: options.fund ?? null, limit: options.limit ?? null });
        context.output.result(
          items,
          () => renderScenarioSetList(items, context.output.style),
          () => items.map((item) => item.id).join('\n'),
        );
      }),
    );

    const show = sets
      .command('show')
      .summary('one stored scenario set with its comparison')
      .description('Show one stored scenario set with its side-by-side comparison.')
      .argument('<id>', 'the scenario set id');
    show.action((id: string) =>
      environment.execute(show, async (context) => {
        const service = await context.service();
        const set = await service.getScenarioSet(id);
        context.output.result(
          set,
          () => renderScenarioSet(set, context.output.style),
          () => set.scenario_set.id,
        );
      }),
    );

    registerSetExport(sets, environment);
  },
};
