import type { RunListItem, RunRecord, ScenarioSetSummary } from '@leaseback/domain';
import { readNotices } from '@leaseback/workbook';
import { formatMoney, formatTimestamp, truncate } from './format-values.js';
import { renderTable } from './render-table.js';
import type { TextStyle } from './text-style.js';

/**
 * Stored runs as a table, in the order given (the service lists newest first).
 * With the runs' records at hand, each row also shows the outcome, the proceeds
 * against the target and how many notices the run carries.
 */
export function renderRunList(runs: readonly RunListItem[], style: TextStyle, records?: ReadonlyMap<string, RunRecord>): string {
  if (runs.length === 0) return 'No runs.\n';
  const rows = runs.map((run) => {
    const record = records?.get(run.run_id);
    const outcome = record?.response?.outcome;
    const outcomeText =
      run.status === 'failed'
        ? style.red('failed')
        : outcome
          ? outcome.status === 'ok'
            ? style.green('ok')
            : style.yellow(outcome.status)
          : run.status;
    return [
      run.run_id,
      formatTimestamp(run.created_at),
      ...(records
        ? [
            outcomeText,
            outcome ? `${formatMoney(outcome.proceeds)} / ${formatMoney(outcome.target_amount)}` : '',
            String(readNotices(record?.response ?? null).length),
          ]
        : [run.status === 'failed' ? style.red(run.status) : run.status]),
      run.fund_id ?? '',
      run.scenario_set_id ? `${run.scenario_label ?? ''} (${run.scenario_kind ?? 'custom'})` : '',
      truncate(run.program_description, records ? 40 : 48),
    ];
  });
  const middle = records
    ? [{ heading: 'Outcome' }, { heading: 'Proceeds / target', align: 'right' as const }, { heading: 'Notices', align: 'right' as const }]
    : [{ heading: 'Status' }];
  return `${renderTable(style, [{ heading: 'Run' }, { heading: 'Created' }, ...middle, { heading: 'Fund' }, { heading: 'Scenario' }, { heading: 'Brief' }], rows)}\n`;
}

/** Stored scenario sets as a table, in the order given (newest first). */
export function renderScenarioSetList(sets: readonly ScenarioSetSummary[], style: TextStyle): string {
  if (sets.length === 0) return 'No scenario sets.\n';
  const rows = sets.map((set) => [
    set.id,
    formatTimestamp(set.created_at),
    set.fund_id ?? '',
    String(set.run_ids.length),
    truncate(set.brief, 56),
  ]);
  return `${renderTable(
    style,
    [{ heading: 'Scenario set' }, { heading: 'Created' }, { heading: 'Fund' }, { heading: 'Runs', align: 'right' }, { heading: 'Brief' }],
    rows,
  )}\n`;
}
