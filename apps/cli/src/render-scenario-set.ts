import type { Notice } from '@leaseback/domain';
import type { ScenarioSetWithComparison } from '@leaseback/service';
import { formatBasisPoints, formatMoney, formatRate, formatRatio, formatTimestamp } from './format-values.js';
import { renderNotices } from './render-notices.js';
import { colorOutcome } from './render-run.js';
import { renderTable } from './render-table.js';
import type { TextStyle } from './text-style.js';

/**
 * A scenario set: its id and brief, the side-by-side comparison (label, kind,
 * status, target, proceeds, shortfall, leverage and coverage after, assets
 * sold, how many warnings), what each program costs (implied cost of capital,
 * spread to debt, NPV cost, rent added, net leverage after on both bases), each run's notices under its label (warnings first,
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
  // What each program costs, side by side: what a "short leases" or "cheapest capital" what-if changes.
  const economics = renderTable(
    style,
    [
      { heading: 'Scenario' },
      { heading: 'Implied cost', align: 'right' },
      { heading: 'Spread to debt', align: 'right' },
      { heading: 'NPV cost', align: 'right' },
      { heading: 'Rent added', align: 'right' },
      { heading: 'Leverage US GAAP', align: 'right' },
      { heading: 'Leverage IFRS 16', align: 'right' },
    ],
    set.comparison.map((row) => [
      row.label,
      formatRate(row.implied_cost_of_capital),
      formatBasisPoints(row.spread_to_cost_of_debt),
      formatMoney(row.npv_cost),
      formatMoney(row.annual_rent_added),
      formatRatio(row.net_leverage_after_us_gaap),
      formatRatio(row.net_leverage_after_ifrs16),
    ]),
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
    `${style.bold('Economics')}\n${economics}`,
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
