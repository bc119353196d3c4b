import {
  COVENANTS,
  capacityCoversTarget,
  covenantComparator,
  type Asset,
  type AuditTrace,
  type ConstraintCheck,
  type ProgramOutcome,
  type ProgramResponse,
  type RunStatus,
  type ScenarioKind,
} from '@leaseback/domain';
import { describeSpec } from './describe-spec.js';
import { formatMoney, formatPercent, formatRate, formatRatio, formatTimestamp, pluralize, wrapText } from './format-values.js';
import { renderAuditTrail } from './render-audit-trail.js';
import { impliedCostByAsset, renderEconomics } from './render-economics.js';
import { outcomeHeadline, renderNotices } from './render-notices.js';
import { renderTable } from './render-table.js';
import type { TextStyle } from './text-style.js';

/**
 * What the run report prints: a stored `RunRecord` (`runs show`) or the answer
 * of `createRun` with what the caller knows about the request (`plan`).
 */
export interface RunReport {
  readonly run_id: string;
  readonly status: RunStatus;
  readonly response: ProgramResponse | null;
  readonly error: string | null;
  readonly error_code: string | null;
  /** A failed run's trace up to the failure (a completed run's is in `response`). */
  readonly audit_trace?: AuditTrace | null;
  readonly program_description?: string;
  readonly fund_id?: string | null;
  readonly created_at?: string;
  readonly scenario_set_id?: string | null;
  readonly scenario_kind?: ScenarioKind | null;
  readonly scenario_label?: string | null;
}

/** What the report can add when the portfolio is at hand. */
export interface RenderRunOptions {
  readonly style: TextStyle;
  /** The portfolio's assets by id: names, types and markets of the selected assets. */
  readonly assets?: ReadonlyMap<string, Asset>;
  /** Where prose is wrapped (default 100 columns). */
  readonly width?: number;
}

/**
 * The full report of one run: header, summary, spec, selected assets, proceeds
 * against the target, covenants before → after, exclusions, reasons, capacity
 * and the audit trail.
 */
export function renderRun(run: RunReport, options: RenderRunOptions): string {
  const { style } = options;
  const sections: string[] = [];
  const outcome = run.response?.outcome ?? null;
  const statusText = run.status === 'failed' ? style.red('failed') : style.green('completed');
  const headline = run.response ? outcomeHeadline(run.response) : '';
  const outcomeText = outcome
    ? `, outcome ${colorOutcome(outcome.status, style)}${headline.slice(outcome.status.length)} (${outcome.strategy})`
    : '';
  const header = [`${style.bold('Run')} ${run.run_id}  ${statusText}${outcomeText}`];
  if (run.program_description !== undefined) header.push(`Brief     ${run.program_description}`);
  if (run.fund_id) header.push(`Fund      ${run.fund_id}`);
  if (run.created_at) header.push(`Created   ${formatTimestamp(run.created_at)}`);
  if (run.scenario_set_id)
    header.push(`Scenario  ${run.scenario_label ?? ''} (${run.scenario_kind ?? 'custom'}) of set ${run.scenario_set_id}`);
  sections.push(header.join('\n'));

  if (run.status === 'failed') {
    sections.push(style.red(`Error     ${run.error_code ?? 'error'}: ${run.error ?? 'the run failed'}`));
  }
  const response = run.response;
  if (response) {
    const width = Math.max(40, (options.width ?? 100) - 2);
    const notices = renderNotices(response.notices ?? [], style, options.width ?? 100);
    if (notices !== '') sections.push(notices);
    sections.push(
      `${style.bold('Summary')}\n${wrapText(response.explanation.summary, width)
        .map((line) => `  ${line}`)
        .join('\n')}`,
    );
    const spec = describeSpec(response.spec);
    sections.push(
      `${style.bold('Spec')}\n  ${spec.amounts}\n  Covenants: ${spec.covenants}\n  Filters: ${spec.filters}\n  Lease terms: ${spec.terms}`,
    );
    sections.push(renderSelection(response.outcome, options));
    sections.push(renderProceeds(response.outcome, style));
    if (response.outcome.economics) sections.push(renderEconomics(response.outcome, style));
    if (response.outcome.constraint_checks.length > 0) sections.push(renderCovenants(response.outcome.constraint_checks, style));
    if (response.outcome.excluded_assets.length > 0) sections.push(renderExclusions(response.outcome, style));
    if (response.outcome.reasons.length > 0) {
      const title = response.outcome.status === 'ok' ? 'Notes' : `Why ${response.outcome.status}`;
      sections.push(
        `${style.bold(title)}\n${response.outcome.reasons.map((reason) => `  - ${reason.code}: ${reason.message}`).join('\n')}`,
      );
    }
    if (response.outcome.capacity) sections.push(renderCapacityLine(response.outcome, options));
    if (response.outcome.solver) {
      const solver = response.outcome.solver;
      sections.push(
        `${style.bold('Solver')}  ${solver.proven_optimal ? 'proven optimal' : 'not proven optimal'}` +
          `${solver.time_limited ? ', stopped by the time limit' : ''}${solver.bound !== null ? `, bound ${formatMoney(solver.bound)}` : ''}`,
      );
    }
  }
  const trace = response?.audit_trace ?? run.audit_trace ?? null;
  if (trace && trace.entries.length > 0) {
    sections.push(
      `${style.bold('Audit trail')}\n${renderAuditTrail(trace, style)
        .map((line) => `  ${line}`)
        .join('\n')}`,
    );
  }
  return `${sections.join('\n\n')}\n`;
}

/** The outcome status in its colour: ok green, infeasible yellow, anything else red. */
export function colorOutcome(status: string, style: TextStyle): string {
  if (status === 'ok') return style.green(status);
  if (status === 'infeasible') return style.yellow(status);
  return style.red(status);
}

function renderSelection(outcome: ProgramOutcome, options: RenderRunOptions): string {
  const { style } = options;
  const title = `${style.bold('Selected assets')} (${outcome.selected_asset_ids.length})`;
  if (outcome.selected_asset_ids.length === 0) return `${title}\n  none`;
  const cash = cashByAsset(outcome);
  const proceedsOf = (assetId: string): string => {
    const proceeds = cash.get(assetId);
    return proceeds === undefined ? 'n/a' : formatMoney(proceeds);
  };
  const total = style.bold(formatMoney(outcome.proceeds));
  const impliedCost = impliedCostByAsset(outcome);
  const costOf = (assetId: string): string => formatRate(impliedCost.get(assetId) ?? null);
  const programCost = formatRate(outcome.economics?.implied_cost_of_capital ?? null);
  const assets = options.assets;
  // Names, types and markets are in the portfolio, not in the stored run.
  const table = assets
    ? renderTable(
        style,
        [
          { heading: 'Asset' },
          { heading: 'Name' },
          { heading: 'Type' },
          { heading: 'Market' },
          { heading: 'Cash proceeds', align: 'right' },
          { heading: 'Implied cost', align: 'right' },
        ],
        [
          ...outcome.selected_asset_ids.map((assetId) => {
            const asset = assets.get(assetId);
            return [assetId, asset?.name ?? '', asset?.asset_type ?? '', asset?.market ?? '', proceedsOf(assetId), costOf(assetId)];
          }),
          ['', style.bold('Total'), '', '', total, programCost],
        ],
      )
    : renderTable(
        style,
        [{ heading: 'Asset' }, { heading: 'Cash proceeds', align: 'right' }, { heading: 'Implied cost', align: 'right' }],
        [
          ...outcome.selected_asset_ids.map((assetId) => [assetId, proceedsOf(assetId), costOf(assetId)]),
          [style.bold('Total'), total, programCost],
        ],
      );
  const hint = assets ? '' : `\n${style.dim('  (add --portfolio <file> to show names, types and markets)')}`;
  return `${title}\n${table}${hint}`;
}

// Each selected asset's cash, from the outcome's economics (absent on runs stored before it was recorded).
function cashByAsset(outcome: ProgramOutcome): Map<string, number> {
  const cash = new Map<string, number>();
  for (const asset of outcome.economics?.assets ?? []) if (asset.cash_proceeds !== undefined) cash.set(asset.asset_id, asset.cash_proceeds);
  return cash;
}

function renderProceeds(outcome: ProgramOutcome, style: TextStyle): string {
  const asked = outcome.requested_target_amount;
  if (asked !== undefined && asked !== outcome.target_amount) {
    const againstAsk = outcome.shortfall_against_request ?? Math.max(0, asked - outcome.proceeds);
    const verdict = againstAsk > 0 ? style.yellow(`short by ${formatMoney(againstAsk)}`) : style.green('met');
    const revised = outcome.shortfall > 0 ? style.yellow(`short by ${formatMoney(outcome.shortfall)}`) : style.green('met');
    return (
      `${style.bold('Proceeds')}  ${formatMoney(outcome.proceeds)} against the ${formatMoney(asked)} asked: ${verdict}` +
      `
          against the revised target of ${formatMoney(outcome.target_amount)}: ${revised}`
    );
  }
  const verdict =
    outcome.shortfall > 0
      ? style.yellow(`short by ${formatMoney(outcome.shortfall)}`)
      : style.green(
          `target met${outcome.proceeds > outcome.target_amount ? `, over by ${formatMoney(outcome.proceeds - outcome.target_amount)}` : ''}`,
        );
  return `${style.bold('Proceeds')}  ${formatMoney(outcome.proceeds)} against a target of ${formatMoney(outcome.target_amount)}: ${verdict} (shortfall ${formatMoney(outcome.shortfall)})`;
}

// A covenant's figures in its unit, from the domain's covenant table.
const FORMAT_BY_UNIT = { ratio: formatRatio, share: formatPercent, money: formatMoney } as const;

function renderCovenants(checks: readonly ConstraintCheck[], style: TextStyle): string {
  const rows = checks.map((check) => {
    const format = FORMAT_BY_UNIT[COVENANTS[check.name].unit];
    const comparison = covenantComparator(check.name);
    const status = [check.passed ? style.green('pass') : style.red('BREACH'), check.binding ? style.yellow('binding') : '']
      .filter(Boolean)
      .join(', ');
    return [COVENANTS[check.name].title, format(check.before), format(check.after), `${comparison} ${format(check.limit)}`, status];
  });
  const notes = checks.filter((check) => check.note).map((check) => `  ${COVENANTS[check.name].title}: ${check.note}`);
  const table = renderTable(
    style,
    [
      { heading: 'Covenant' },
      { heading: 'Before', align: 'right' },
      { heading: 'After', align: 'right' },
      { heading: 'Limit', align: 'right' },
      { heading: 'Status' },
    ],
    rows,
  );
  return `${style.bold('Covenants')} (before → after)\n${table}${notes.length > 0 ? `\n${notes.join('\n')}` : ''}`;
}

function renderExclusions(outcome: ProgramOutcome, style: TextStyle): string {
  const byReason = new Map<string, string[]>();
  for (const excluded of outcome.excluded_assets)
    byReason.set(excluded.reason, [...(byReason.get(excluded.reason) ?? []), excluded.asset_id]);
  const width = Math.max(...[...byReason.keys()].map((reason) => reason.length));
  const lines = [...byReason].map(([reason, ids]) => `  ${reason.padEnd(width)}  ${String(ids.length).padStart(3)}  ${ids.join(', ')}`);
  return `${style.bold('Excluded assets')} (${outcome.excluded_assets.length}) by reason\n${lines.join('\n')}`;
}

function renderCapacityLine(outcome: ProgramOutcome, options: RenderRunOptions): string {
  const capacity = outcome.capacity;
  if (!capacity) return '';
  const covers = capacityCoversTarget(capacity, outcome.target_amount);
  return (
    `${options.style.bold('Capacity')}  at most ${formatMoney(capacity.max_proceeds)} can be raised under this spec's covenants and filters` +
    ` (${capacity.proven_optimal ? 'proven' : 'not proven'} optimal), ${covers ? 'enough for' : 'short of'} the ${formatMoney(outcome.target_amount)} target,` +
    ` from ${pluralize(capacity.asset_ids.length, 'asset')}${capacity.asset_ids.length > 0 ? `: ${capacity.asset_ids.join(', ')}` : ''}`
  );
}
