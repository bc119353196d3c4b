import type {
  Capacity,
  ConstraintCheck,
  ConstraintName,
  ExcludedAsset,
  ExclusionReason,
  ExplanationNode,
  OutcomeReason,
  ProgramOutcome,
  SelectionStrategy,
  SelectorSpec,
  SolverReport,
} from '@leaseback/domain';
import type { AssetFigures } from './asset-figures.js';
import { toProgramMetrics } from './compute-metrics.js';
import { covenantLabel, covenantValue, formatCovenantLimit, formatCovenantValue, meetsLimit } from './covenants.js';
import { capitalCostNodes, computeProgramEconomics } from './economics/program-economics.js';
import { FILTER_ORDER } from './eligibility.js';
import { formatMoney, formatPercent, pluralize } from './format-numbers.js';
import type { ProForma } from './pro-forma.js';
import { meetsTarget, withinMarketCap, withinRentCap, type SelectionContext } from './selection-context.js';

/** Why an asset was rejected in a walk: a covenant, or EBITDA' falling to zero or below. */
export type RejectionCause = ConstraintName | 'ebitda';

/** What a strategy produced, for `buildOutcome` to turn into a `ProgramOutcome`. */
export interface SelectionResult {
  /** Selected assets in selection order. */
  readonly selected: readonly AssetFigures[];
  /** The pro-forma of the selected set, summed in selection order. */
  readonly final: ProForma;
  /** `asset_selected` / `asset_rejected` nodes in the order they happened. */
  readonly stepNodes: readonly ExplanationNode[];
  /** How many assets each cause rejected (greedy); empty for the exact strategy. */
  readonly rejectionCounts: ReadonlyMap<RejectionCause, number>;
  /** Covenants that bind (see each strategy for the definition). */
  readonly binding: ReadonlySet<ConstraintName>;
  /** Eligible assets not considered or not chosen because the target was already met. */
  readonly notNeededCount: number;
  /**
   * Strategy-specific reasons (e.g. `solver_time_limit`). Unlike the derived
   * reasons they are kept on an `ok` outcome too, so a set found before a time
   * limit says that its optimality was not proven.
   */
  readonly extraReasons?: readonly OutcomeReason[];
  /** Strategy-specific nodes appended at the end (optimality, capacity). */
  readonly extraNodes?: readonly ExplanationNode[];
  readonly solver: SolverReport | null;
  readonly capacity: Capacity | null;
}

const EXCLUSION_WORDS: Record<ExclusionReason, string> = {
  excluded_asset_id: 'excluded by id',
  asset_type: 'of a type not allowed',
  market_not_included: 'in a market not included',
  market_excluded: 'in an excluded market',
  mortgaged: 'mortgaged',
  criticality: 'too critical',
  leaseability: 'not leaseable enough',
  underwater: 'underwater',
};

/** Cash per market key of a set, in selection order. */
export function marketCashOf(selected: readonly AssetFigures[]): Map<string, number> {
  const cashByMarket = new Map<string, number>();
  for (const figures of selected) cashByMarket.set(figures.marketKey, (cashByMarket.get(figures.marketKey) ?? 0) + figures.cash);
  return cashByMarket;
}

/** Appends the `max_rent_added` check (rent the sold assets add against the cap) and returns whether it holds. */
function rentCapCheck(context: SelectionContext, result: SelectionResult, checks: ConstraintCheck[]): boolean {
  const cap = context.rentCap ?? Number.POSITIVE_INFINITY;
  const passed = withinRentCap(result.final.sums.rent, cap, context.tolerance);
  checks.push({
    name: 'max_rent_added',
    limit: cap,
    before: 0,
    after: result.final.sums.rent,
    passed,
    binding: result.binding.has('max_rent_added'),
    note: 'annual rent added by the assets sold (USD)',
  });
  return passed;
}

/** Counts excluded assets by reason, in `FILTER_ORDER`. */
function exclusionCounts(context: SelectionContext): Array<[ExclusionReason, number]> {
  const counts = new Map<ExclusionReason, number>();
  for (const excluded of context.excluded) counts.set(excluded.reason, (counts.get(excluded.reason) ?? 0) + 1);
  return FILTER_ORDER.filter((reason) => counts.has(reason)).map((reason) => [reason, counts.get(reason) ?? 0]);
}

/**
 * Assembles the `ProgramOutcome` from a strategy's result: status, constraint
 * checks, reasons and explanation nodes. Shared by both strategies so their
 * outcomes have the same shape and wording.
 */
export function buildOutcome(context: SelectionContext, strategy: SelectionStrategy, result: SelectionResult): ProgramOutcome {
  const { tolerance, targetAmount, baseline, covenants } = context;
  const final = result.final;
  const proceeds = final.sums.cash;
  const targetMet = meetsTarget(proceeds, targetAmount, tolerance);
  const shortfall = targetMet ? 0 : Math.max(0, targetAmount - proceeds);

  const checks: ConstraintCheck[] = [];
  const finalHolds: boolean[] = [];
  for (const covenant of covenants) {
    const before = covenantValue(covenant.name, baseline);
    const after = final.ebitda > 0 ? covenantValue(covenant.name, final) : null;
    const passed = meetsLimit(after, covenant.limit, covenant.direction, tolerance);
    finalHolds.push(passed);
    const notes: string[] = [];
    if (before === Number.POSITIVE_INFINITY) notes.push('before: unbounded, there are no fixed charges');
    if (after === Number.POSITIVE_INFINITY) notes.push('after: unbounded, there are no fixed charges');
    if (after === null) notes.push('after: undefined, EBITDA after the program is at or below zero');
    checks.push({
      name: covenant.name,
      limit: covenant.limit,
      before: before !== null && Number.isFinite(before) ? before : null,
      after: after !== null && Number.isFinite(after) ? after : null,
      passed,
      binding: result.binding.has(covenant.name),
      note: notes.length === 0 ? null : notes.join('; '),
    });
  }
  let marketShareHolds = true;
  if (context.marketShare !== null) {
    let largestCash = 0;
    for (const cash of marketCashOf(result.selected).values()) largestCash = Math.max(largestCash, cash);
    const afterShare = largestCash / targetAmount;
    marketShareHolds = withinMarketCap(largestCash, context.marketShare.cap, tolerance);
    checks.push({
      name: 'max_market_share',
      limit: context.marketShare.share,
      before: 0,
      after: afterShare,
      passed: marketShareHolds,
      binding: result.binding.has('max_market_share'),
      note: 'largest share of the target amount provided by one market',
    });
  }
  const rentCapHolds = context.rentCap === null || rentCapCheck(context, result, checks);
  const everyCovenantHolds = marketShareHolds && rentCapHolds && finalHolds.every(Boolean);
  const extraReasons = result.extraReasons ?? [];
  const status = targetMet && everyCovenantHolds ? 'ok' : 'infeasible';

  const nodes: ExplanationNode[] = [];
  const counts = exclusionCounts(context);
  if (context.excluded.length > 0) {
    const values: Record<string, number> = { count: context.excluded.length };
    for (const [reason, count] of counts) values[reason] = count;
    nodes.push({
      kind: 'asset_excluded',
      asset_id: null,
      constraint: null,
      message:
        `${pluralize(context.excluded.length, 'asset was', 'assets were')} filtered out before ranking: ` +
        counts.map(([reason, count]) => `${count} ${EXCLUSION_WORDS[reason]}`).join(', ') +
        '.',
      values,
    });
  }
  covenants.forEach((covenant, index) => {
    if (context.baselineHolds[index]) return;
    const before = covenantValue(covenant.name, baseline);
    const check = checks[index];
    nodes.push({
      kind: 'covenant_violated_at_baseline',
      asset_id: null,
      constraint: covenant.name,
      message:
        `Before the program ${covenantLabel(covenant.name)} is ${formatCovenantValue(covenant.name, before)}, ` +
        `breaking the covenant of ${formatCovenantLimit(covenant.name, covenant.limit)}; ` +
        `only sales that do not make it worse were allowed` +
        (check === undefined
          ? '.'
          : `; after the program it is ${formatCovenantValue(covenant.name, check.after)}` +
            (check.passed ? ', within the covenant.' : ', still in breach.')),
      values: { before: check?.before ?? null, after: check?.after ?? null, limit: covenant.limit },
    });
  });
  // A loop, not a spread: a long walk's nodes would overflow the argument stack.
  for (const node of result.stepNodes) nodes.push(node);
  if (result.notNeededCount > 0) {
    nodes.push({
      kind: 'asset_not_needed',
      asset_id: null,
      constraint: null,
      message:
        `${pluralize(result.notNeededCount, 'eligible asset was', 'eligible assets were')} not needed: ` +
        `the target was met with ${pluralize(result.selected.length, 'sale')}.`,
      values: { count: result.notNeededCount },
    });
  }
  for (const check of checks) {
    if (!check.binding) continue;
    const rejected = result.rejectionCounts.get(check.name) ?? 0;
    nodes.push({
      kind: 'covenant_binding',
      asset_id: null,
      constraint: check.name,
      message:
        `${capitalize(covenantLabel(check.name))} binds (${formatCovenantLimit(check.name, check.limit)})` +
        (rejected > 0 ? `: it ruled out ${pluralize(rejected, 'asset')}` : '') +
        `; after the program it is ${formatCovenantValue(check.name, check.after)}.`,
      values: { limit: check.limit, after: check.after, rejected_assets: rejected },
    });
  }
  const economics = computeProgramEconomics(context.terms, result.selected);
  nodes.push(...capitalCostNodes(economics));
  if (targetMet) {
    const overshoot = proceeds - targetAmount;
    nodes.push({
      kind: 'target_met',
      asset_id: null,
      constraint: null,
      message:
        `Raised ${formatMoney(proceeds)} against the ${formatMoney(targetAmount)} target ` +
        `with ${pluralize(result.selected.length, 'sale')}` +
        (overshoot > 0 ? ` (over by ${formatMoney(overshoot)}, ${formatPercent(overshoot / targetAmount)}).` : '.'),
      values: { proceeds, target_amount: targetAmount, overshoot: Math.max(0, overshoot), sales: result.selected.length },
    });
  } else {
    nodes.push({
      kind: 'target_shortfall',
      asset_id: null,
      constraint: null,
      message: `Raised ${formatMoney(proceeds)} of the ${formatMoney(targetAmount)} target: short by ${formatMoney(shortfall)}.`,
      values: { proceeds, target_amount: targetAmount, shortfall, sales: result.selected.length },
    });
  }
  for (const node of result.extraNodes ?? []) nodes.push(node);

  const reasons: OutcomeReason[] = [];
  if (status !== 'ok') {
    if (context.ranked.length === 0) {
      reasons.push({
        code: 'no_eligible_assets',
        message: `No asset is eligible: all ${pluralize(context.excluded.length, 'asset was', 'assets were')} filtered out.`,
        constraint: null,
        amount: 0,
      });
    }
    if (!targetMet) {
      reasons.push({
        code: 'target_shortfall',
        message: `Raised ${formatMoney(proceeds)} of the ${formatMoney(targetAmount)} target: short by ${formatMoney(shortfall)}.`,
        constraint: null,
        amount: shortfall,
      });
    }
    covenants.forEach((covenant, index) => {
      if (context.baselineHolds[index]) return;
      const check = checks[index];
      const rejected = result.rejectionCounts.get(covenant.name) ?? 0;
      if (check?.passed && rejected === 0) return;
      reasons.push({
        code: 'covenant_violated_at_baseline',
        message:
          `${capitalize(covenantLabel(covenant.name))} is ${formatCovenantValue(covenant.name, check?.before ?? null)} before the program, ` +
          `breaking the covenant of ${formatCovenantLimit(covenant.name, covenant.limit)}` +
          (check?.passed ? '.' : `; after the selection it is ${formatCovenantValue(covenant.name, check?.after ?? null)}.`),
        constraint: covenant.name,
        amount: check?.before ?? null,
      });
    });
    for (const check of checks) {
      if (!check.binding) continue;
      const rejected = result.rejectionCounts.get(check.name) ?? 0;
      reasons.push({
        code: 'covenant_binding',
        message:
          `${capitalize(covenantLabel(check.name))} binds (${formatCovenantLimit(check.name, check.limit)})` +
          (rejected > 0 ? `: it ruled out ${pluralize(rejected, 'eligible asset')}.` : '.'),
        constraint: check.name,
        amount: rejected,
      });
    }
    const ebitdaRejections = result.rejectionCounts.get('ebitda') ?? 0;
    if (ebitdaRejections > 0) {
      reasons.push({
        code: 'covenant_binding',
        message: `${pluralize(ebitdaRejections, 'asset was', 'assets were')} ruled out because the new rent would bring EBITDA to zero or below.`,
        constraint: null,
        amount: ebitdaRejections,
      });
    }
    if (context.excluded.length > 0) {
      reasons.push({
        code: 'assets_filtered',
        message:
          `${pluralize(context.excluded.length, 'asset was', 'assets were')} filtered out: ` +
          counts.map(([reason, count]) => `${count} ${EXCLUSION_WORDS[reason]}`).join(', ') +
          '.',
        constraint: null,
        amount: context.excluded.length,
      });
    }
  }
  reasons.push(...extraReasons);

  return {
    status,
    strategy,
    selected_asset_ids: result.selected.map((figures) => figures.assetId),
    proceeds,
    shortfall,
    target_amount: targetAmount,
    metrics_before: toProgramMetrics(baseline),
    metrics_after: toProgramMetrics(final),
    constraint_checks: checks,
    excluded_assets: [...context.excluded],
    reasons,
    explanation_nodes: nodes,
    solver: result.solver,
    capacity: result.capacity,
    economics,
  };
}

/**
 * The outcome when a quantity cannot be computed as a finite number: status
 * `numeric_error`, the quantity named, no selection, no NaN anywhere.
 */
export function buildNumericErrorOutcome(
  spec: SelectorSpec,
  strategy: SelectionStrategy,
  quantity: string,
  baseline: ProForma | null,
  excluded: readonly ExcludedAsset[],
): ProgramOutcome {
  const message = `Could not compute ${quantity}: the figures overflow or are undefined, so no program was selected.`;
  const checks: ConstraintCheck[] = [];
  const hardConstraints = spec.hard_constraints;
  const limits: Array<[ConstraintName, number | undefined]> = [
    ['max_net_leverage', hardConstraints.max_net_leverage],
    ['min_fixed_charge_coverage', hardConstraints.min_fixed_charge_coverage],
    ['max_lease_adjusted_leverage', hardConstraints.max_lease_adjusted_leverage],
    ['max_market_share', hardConstraints.max_market_share],
    ['max_rent_added', hardConstraints.max_rent_added],
  ];
  for (const [name, limit] of limits) {
    if (limit === undefined) continue;
    let before: number | null = null;
    if (baseline !== null) {
      if (name === 'max_market_share' || name === 'max_rent_added') before = 0;
      else {
        const value = covenantValue(name, baseline);
        before = value !== null && Number.isFinite(value) ? value : null;
      }
    }
    checks.push({ name, limit, before, after: null, passed: false, binding: false, note: `after: not computed (${quantity})` });
  }
  return {
    status: 'numeric_error',
    strategy,
    selected_asset_ids: [],
    proceeds: 0,
    shortfall: spec.target_amount,
    target_amount: spec.target_amount,
    metrics_before: baseline === null ? null : toProgramMetrics(baseline),
    metrics_after: null,
    constraint_checks: checks,
    excluded_assets: [...excluded],
    reasons: [{ code: 'numeric_error', message, constraint: null, amount: null }],
    explanation_nodes: [],
    solver: null,
    capacity: null,
    economics: null,
  };
}

function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]?.toUpperCase() + text.slice(1);
}
