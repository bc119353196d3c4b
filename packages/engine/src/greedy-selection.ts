import type { ConstraintName, ExplanationNode } from '@leaseback/domain';
import type { AssetFigures } from './asset-figures.js';
import {
  covenantLabel,
  covenantValue,
  formatCovenantLimit,
  formatCovenantValue,
  isWorse,
  meetsLimit,
  type FinancialCovenant,
} from './covenants.js';
import { formatMoney, formatPercent, formatScore } from './format-numbers.js';
import { PER_ASSET_STEP_LIMIT, groupedRejectedNodes, groupedSelectedNode } from './grouped-steps.js';
import type { RejectionCause, SelectionResult } from './outcome-builder.js';
import { EMPTY_SUMS, addToSums, evaluateProForma, type ProForma, type ProgramSums } from './pro-forma.js';
import { meetsTarget, withinMarketCap, withinRentCap, type SelectionContext } from './selection-context.js';

/** The greedy walk's result, or the quantity that overflowed while adding an asset. */
export type GreedyWalkResult = { readonly ok: true; readonly result: SelectionResult } | { readonly ok: false; readonly quantity: string };

interface Failure {
  readonly cause: RejectionCause;
  /** Why, in words; built only when the step gets its own node. */
  readonly describe: () => string;
  readonly value: number | null;
  readonly limit: number | null;
}

/** `Name (ID, Market)` for messages. */
export function describeAsset(figures: AssetFigures): string {
  return `${figures.asset.name} (${figures.assetId}, ${figures.asset.market.trim()})`;
}

/**
 * The greedy strategy of `docs/domain.md`. Walks the ranked eligible assets,
 * accepting one when, with it added, every covenant that held still holds, no
 * violated covenant gets worse, EBITDA' stays above zero and its market stays
 * within the market-share cap; stops as soon as proceeds reach the target.
 *
 * Each step is O(number of covenants): the pro-forma is recomputed from running
 * sums P, C, M, R and per-market cash, so the walk is linear and sorting
 * dominates. A covenant binds when it rejected at least one asset.
 */
export function runGreedy(context: SelectionContext): GreedyWalkResult {
  const { ranked, covenants, terms, tolerance, targetAmount, marketShare } = context;
  let sums: ProgramSums = EMPTY_SUMS;
  let current: ProForma = context.baseline;
  const currentValues = covenants.map((covenant) => covenantValue(covenant.name, current));
  const currentHolds = [...context.baselineHolds];
  const cashByMarket = new Map<string, number>();
  const selected: AssetFigures[] = [];
  const stepNodes: ExplanationNode[] = [];
  const rejectionCounts = new Map<RejectionCause, number>();
  const rejectedByCause = new Map<RejectionCause, AssetFigures[]>();
  let stepCount = 0;
  const binding = new Set<ConstraintName>();
  let targetMet = meetsTarget(0, targetAmount, tolerance);
  let index = 0;
  const targetText = formatMoney(targetAmount);

  for (; index < ranked.length && !targetMet; index += 1) {
    const figures = ranked[index] as AssetFigures;
    const evaluated = evaluateProForma(terms, addToSums(sums, figures));
    if (!evaluated.ok) return { ok: false, quantity: `${evaluated.quantity} after adding asset ${figures.assetId}` };
    const next = evaluated.proForma;
    const failures: Failure[] = [];
    if (next.ebitda <= 0) {
      const ebitda = next.ebitda;
      failures.push({
        cause: 'ebitda',
        describe: () => `its rent would bring EBITDA to ${formatMoney(ebitda)}, at or below zero`,
        value: ebitda,
        limit: 0,
      });
    } else {
      for (let covenantIndex = 0; covenantIndex < covenants.length; covenantIndex += 1) {
        const covenant = covenants[covenantIndex] as FinancialCovenant;
        const value = covenantValue(covenant.name, next);
        const before = currentValues[covenantIndex] ?? null;
        if (currentHolds[covenantIndex]) {
          if (!meetsLimit(value, covenant.limit, covenant.direction, tolerance)) {
            failures.push({
              cause: covenant.name,
              describe: () =>
                `${covenantLabel(covenant.name)} would be ${formatCovenantValue(covenant.name, value)}, ` +
                `breaking the covenant of ${formatCovenantLimit(covenant.name, covenant.limit)}`,
              value,
              limit: covenant.limit,
            });
          }
        } else if (isWorse(value, before, covenant.direction, tolerance)) {
          failures.push({
            cause: covenant.name,
            describe: () =>
              `${covenantLabel(covenant.name)}, already in breach at ${formatCovenantValue(covenant.name, before)}, ` +
              `would worsen to ${formatCovenantValue(covenant.name, value)} ` +
              `(covenant ${formatCovenantLimit(covenant.name, covenant.limit)})`,
            value,
            limit: covenant.limit,
          });
        }
      }
    }
    let marketCash = 0;
    if (marketShare !== null) {
      marketCash = (cashByMarket.get(figures.marketKey) ?? 0) + figures.cash;
      if (!withinMarketCap(marketCash, marketShare.cap, tolerance)) {
        const cash = marketCash;
        failures.push({
          cause: 'max_market_share',
          describe: () =>
            `${figures.asset.market.trim()} would provide ${formatMoney(cash)}, ` +
            `above the cap of ${formatMoney(marketShare.cap)} (${formatPercent(marketShare.share)} of the target)`,
          value: cash / targetAmount,
          limit: marketShare.share,
        });
      }
    }

    if (context.rentCap !== null && !withinRentCap(sums.rent + figures.rent, context.rentCap, tolerance)) {
      const rent = sums.rent + figures.rent;
      const cap = context.rentCap;
      failures.push({
        cause: 'max_rent_added',
        describe: () => `new rent would reach ${formatMoney(rent)} a year, above the cap of ${formatMoney(cap)}`,
        value: rent,
        limit: cap,
      });
    }

    if (failures.length > 0) {
      for (const failure of failures) {
        rejectionCounts.set(failure.cause, (rejectionCounts.get(failure.cause) ?? 0) + 1);
        if (failure.cause !== 'ebitda') binding.add(failure.cause);
      }
      const first = failures[0] as Failure;
      let group = rejectedByCause.get(first.cause);
      if (group === undefined) {
        group = [];
        rejectedByCause.set(first.cause, group);
      }
      group.push(figures);
      stepCount += 1;
      if (stepCount <= PER_ASSET_STEP_LIMIT) stepNodes.push(rejectedNode(figures, index + 1, sums.cash, failures));
      continue;
    }

    sums = next.sums;
    current = next;
    for (let covenantIndex = 0; covenantIndex < covenants.length; covenantIndex += 1) {
      const covenant = covenants[covenantIndex] as FinancialCovenant;
      const value = covenantValue(covenant.name, next);
      currentValues[covenantIndex] = value;
      currentHolds[covenantIndex] = meetsLimit(value, covenant.limit, covenant.direction, tolerance);
    }
    if (marketShare !== null) cashByMarket.set(figures.marketKey, marketCash);
    selected.push(figures);
    targetMet = meetsTarget(sums.cash, targetAmount, tolerance);
    stepCount += 1;
    if (stepCount <= PER_ASSET_STEP_LIMIT) stepNodes.push(selectedNode(figures, index + 1, sums.cash, targetText, next));
  }

  return {
    ok: true,
    result: {
      selected,
      final: current,
      stepNodes:
        stepCount <= PER_ASSET_STEP_LIMIT
          ? stepNodes
          : [
              groupedSelectedNode(selected, sums.cash, targetText),
              ...groupedRejectedNodes(rejectedByCause, [
                { cause: 'ebitda', limit: 0 },
                ...covenants.map((covenant) => ({ cause: covenant.name, limit: covenant.limit })),
                { cause: 'max_market_share', limit: marketShare?.share ?? null },
              ]),
            ],
      rejectionCounts,
      binding,
      notNeededCount: targetMet ? ranked.length - index : 0,
      solver: null,
      capacity: null,
    },
  };
}

/** The `asset_rejected` node of one step: every rule the asset failed, the first one named as its constraint. */
function rejectedNode(figures: AssetFigures, rank: number, proceedsSoFar: number, failures: readonly Failure[]): ExplanationNode {
  const first = failures[0] as Failure;
  const values: Record<string, number | string | null> = {
    rank,
    cash: figures.cash,
    value: first.value !== null && Number.isFinite(first.value) ? first.value : null,
    limit: first.limit,
    proceeds_so_far: proceedsSoFar,
  };
  for (const failure of failures.slice(1)) {
    values[`${failure.cause}_value`] = failure.value !== null && Number.isFinite(failure.value) ? failure.value : null;
  }
  return {
    kind: 'asset_rejected',
    asset_id: figures.assetId,
    constraint: first.cause === 'ebitda' ? null : first.cause,
    message:
      `Passed over ${describeAsset(figures)} (rank ${rank}, ${formatMoney(figures.cash)} cash): ` +
      failures.map((failure) => failure.describe()).join('; ') +
      '.',
    values,
  };
}

/** The `asset_selected` node: why the asset was taken, its cash and the running total. */
export function selectedNode(
  figures: AssetFigures,
  rank: number,
  runningTotal: number,
  targetText: string,
  after: ProForma,
  why = 'the next in rank that keeps every covenant',
): ExplanationNode {
  const asset = figures.asset;
  return {
    kind: 'asset_selected',
    asset_id: figures.assetId,
    constraint: null,
    message:
      `Selected ${describeAsset(figures)}: ${why} (rank ${rank}; criticality ${formatScore(asset.criticality)}, ` +
      `leaseability ${formatScore(asset.leaseability)}); adds ${formatMoney(figures.cash)} cash, ` +
      `bringing proceeds to ${formatMoney(runningTotal)} of the ${targetText} target.`,
    values: {
      rank,
      cash: figures.cash,
      running_total: runningTotal,
      criticality: asset.criticality,
      leaseability: asset.leaseability,
      net_leverage_after: after.netLeverage,
      fixed_charge_coverage_after: after.fixedChargeCoverage,
    },
  };
}
