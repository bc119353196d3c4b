import { capacityCoversTarget, type Capacity, type ExplanationNode } from '@leaseback/domain';
import type { Highs } from 'highs';
import { improveByExchanges } from './exchange-search.js';
import { formatMoney, pluralize } from './format-numbers.js';
import { compareCodeUnits } from './ranking.js';
import type { SelectionContext } from './selection-context.js';
import type { SelectionModel } from './selection-model.js';
import { type SolverBudget, selectedFigures, solveVerified } from './verified-solve.js';

/** Exchange-search iterations when proposing a start for the capacity program. */
const EXCHANGE_ITERATIONS = 200;

/** The capacity set and figure, as used inside `maxProceeds` and infeasible exact outcomes. */
export interface CapacityResult {
  readonly capacity: Capacity;
  readonly selection: Uint8Array | null;
  readonly timeLimited: boolean;
}

/**
 * The largest proceeds any set of eligible assets reaches while keeping every
 * covenant (the target row left out). The market-share cap stays relative to
 * the spec's target (`max_market_share x target_amount` per market), because
 * that is how the spec states it. When no set, not even the empty one, keeps
 * every covenant, capacity is 0 with no assets.
 */
export function computeCapacity(highs: Highs, context: SelectionContext, model: SelectionModel, budget: SolverBudget): CapacityResult {
  const count = model.columns.length;
  const empty = new Uint8Array(count);
  const emptyValid = model.rows.every((row) => row.upper >= 0);
  const start = emptyValid
    ? improveByExchanges(model, empty, { direction: 'maximize', stopWithin: 0, maxIterations: EXCHANGE_ITERATIONS })
    : null;
  const solved =
    count === 0
      ? null
      : solveVerified(highs, context, { model, objective: model.cash, sense: 'maximize', includeTarget: false, start }, budget, {
          absoluteGap: context.config.exact.absolute_gap,
        });
  if (solved === null || solved.result.status === 'infeasible' || solved.selection === null) {
    const proven = solved === null || solved.result.status === 'infeasible';
    return {
      capacity: { max_proceeds: 0, asset_ids: [], proven_optimal: proven },
      selection: null,
      timeLimited: solved?.result.timeLimited ?? false,
    };
  }
  const selected = selectedFigures(model, solved.selection);
  let proceeds = 0;
  for (const figures of selected) proceeds += figures.cash;
  return {
    capacity: {
      max_proceeds: proceeds,
      asset_ids: selected.map((figures) => figures.assetId).sort(compareCodeUnits),
      proven_optimal: solved.result.status === 'optimal',
    },
    selection: solved.selection,
    timeLimited: solved.result.timeLimited,
  };
}

/** The `capacity` explanation node. */
export function capacityNode(capacity: Capacity, targetAmount: number): ExplanationNode {
  return {
    kind: 'capacity',
    asset_id: null,
    constraint: null,
    message:
      `Capacity: the most the eligible assets can raise while keeping every covenant is ${formatMoney(capacity.max_proceeds)} ` +
      `with ${pluralize(capacity.asset_ids.length, 'sale')}` +
      (capacity.proven_optimal ? ' (proven)' : ' (best found within the time limit)') +
      (!capacityCoversTarget(capacity, targetAmount) ? `, short of the ${formatMoney(targetAmount)} target.` : '.'),
    values: { max_proceeds: capacity.max_proceeds, sales: capacity.asset_ids.length, proven: capacity.proven_optimal ? 'yes' : 'no' },
  };
}
