import type { Notice } from '@leaseback/domain';
import type { ScenarioSetWithComparison } from '@leaseback/service';
import { formatMoney, formatRatio, formatTimestamp } from './format-values.js';
import { renderNotices } from './render-notices.js';
import { colorOutcome } from './render-run.js';
import { renderTable } from './render-table.js';
import type { TextStyle } from './text-style.js';

/**
 * A scenario set: its id and brief, the side-by-side comparison (label, kind,
 * status, target, proceeds, shortfall, leverage and coverage after, assets
 * sold, how many warnings), each run's notices under its label (warnings first,
 * as a single run prints them), each run's id, and the errors of failed runs.
 */
export function renderScenarioSet(set: ScenarioSetWithComparison, style: TextStyle): string {
  const header = [
    `${style.bold('Scenario set')} ${set.scenario_set.id}  (${set.comparison.length} scenario${set.comparison.length === 1 ? '' : 's'})`,
    `Brief     ${set.scenario_set.brief}`,
    ...(set.scenario_set.fund_id ? [`Fund      ${set.scenario_set.fund_id}`] : []),
    `Created   ${formatTimestamp(set.scenario_set.created_at)}`,
  ];
  const rows = set.comparison.map((row) => [
    row.label,
    row.kind,
    row.run_status === 'failed' ? style.red('failed') : colorOutcome(row.outcome_status ?? 'n/a', style),
    formatMoney(row.target_amount),
    formatMoney(row.proceeds),
    formatMoney(row.shortfall),
    formatRatio(row.net_leverage_after),
    formatRatio(row.fixed_charge_coverage_after),
    row.assets_sold === null ? 'n/a' : String(row.assets_sold),
    warningCount(row.notices, style),
  ]);
  const table = renderTable(
    style,
    [
      { heading: 'Scenario' },
      { heading: 'Kind' },
      { heading: 'Status' },
      { heading: 'Target', align: 'right' },
      { heading: 'Proceeds', align: 'right' },
      { heading: 'Shortfall', align: 'right' },
      { heading: 'Leverage after', align: 'right' },
      { heading: 'Coverage after', align: 'right' },
      { heading: 'Assets sold', align: 'right' },
      { heading: 'Warnings', align: 'right' },
    ],
    rows,
  );
  const width = Math.max(0, ...set.comparison.map((row) => row.label.length));
  const runs = set.comparison.map((row) => `  ${row.label.padEnd(width)}  ${row.run_id}`);
  // Each scenario answers a different question; what it assumed or relaxed is part of its answer, so it is printed with it.
  const notices = set.comparison.flatMap((row) => {
    const rendered = renderNotices(row.notices, style);
    return rendered === '' ? [] : [`${style.bold(row.label)}: ${rendered}`];
  });
  const failures = set.comparison.filter((row) => row.error !== null).map((row) => `  ${row.label}: ${style.red(row.error ?? '')}`);
  const sections = [
    header.join('\n'),
    table,
    ...notices,
    `${style.bold('Runs')} (leaseback runs show <id>)\n${runs.join('\n')}`,
    ...(failures.length > 0 ? [`${style.bold('Failed')}\n${failures.join('\n')}`] : []),
  ];
  return `${sections.join('\n\n')}\n`;
}

function warningCount(notices: readonly Notice[], style: TextStyle): string {
  const warnings = notices.filter((notice) => notice.severity === 'warning').length;
  return warnings === 0 ? '0' : style.yellow(String(warnings));
}
