import type { RunListItem, ScenarioSetSummary } from '@leaseback/domain';
import { formatTimestamp, truncate } from './format-values.js';
import { renderTable } from './render-table.js';
import type { TextStyle } from './text-style.js';

/** Stored runs as a table, in the order given (the service lists newest first). */
export function renderRunList(runs: readonly RunListItem[], style: TextStyle): string {
  if (runs.length === 0) return 'No runs.\n';
  const rows = runs.map((run) => [
    run.run_id,
    formatTimestamp(run.created_at),
    run.status === 'failed' ? style.red(run.status) : run.status,
    run.fund_id ?? '',
    run.scenario_set_id ? `${run.scenario_label ?? ''} (${run.scenario_kind ?? 'custom'})` : '',
    truncate(run.program_description, 48),
  ]);
  return `${renderTable(
    style,
    [{ heading: 'Run' }, { heading: 'Created' }, { heading: 'Status' }, { heading: 'Fund' }, { heading: 'Scenario' }, { heading: 'Brief' }],
    rows,
  )}\n`;
}

/** Stored scenario sets as a table, in the order given (newest first). */
export function renderScenarioSetList(sets: readonly ScenarioSetSummary[], style: TextStyle): string {
  if (sets.length === 0) return 'No scenario sets.\n';
  const rows = sets.map((set) => [set.id, formatTimestamp(set.created_at), set.fund_id ?? '', String(set.run_ids.length), truncate(set.brief, 56)]);
  return `${renderTable(
    style,
    [{ heading: 'Scenario set' }, { heading: 'Created' }, { heading: 'Fund' }, { heading: 'Runs', align: 'right' }, { heading: 'Brief' }],
    rows,
  )}\n`;
}
