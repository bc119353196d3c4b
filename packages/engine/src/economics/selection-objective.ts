import type { ExplanationNode, SelectionObjective } from '@leaseback/domain';
import type { AssetFigures } from '../asset-figures.js';
import { formatMoney, pluralize } from '../format-numbers.js';
import type { SelectionContext } from '../selection-context.js';
import type { SelectionModel } from '../selection-model.js';
import { npvCostOf } from './asset-economics.js';

/** The objective in force: `min_proceeds` unless the spec names another. */
export function objectiveOf(context: SelectionContext): SelectionObjective {
  return context.spec.objective ?? 'min_proceeds';
}

/**
 * The exact strategy's objective as linear per-asset weights, in model units
 * (money / scale), one per column: the one place an objective becomes
 * coefficients, read by the MILP and by any other exact method.
 *
 * - `min_proceeds`: each asset's cash (the proceeds C);
 * - `min_npv_cost`: each asset's NPV cost against borrowing at the cost of
 *   debt, so that the sum over a set is the program's NPV cost.
 */
export function objectiveWeights(context: SelectionContext, model: SelectionModel): Float64Array {
  if (objectiveOf(context) === 'min_proceeds') return model.cash;
  const weights = new Float64Array(model.columns.length);
  model.columns.forEach((figures: AssetFigures, index) => {
    weights[index] = npvCostOf(figures, context.terms) / model.scale;
  });
  return weights;
}

/**
 * The `objective` node of a `min_npv_cost` outcome: the NPV cost minimised, and
 * whether the cheapest program sells more than the target because some of its
 * leasebacks cost less than debt (negative NPV cost).
 */
export function npvObjectiveNode(
  context: SelectionContext,
  selected: readonly AssetFigures[],
  proceeds: number,
  proven: boolean,
): ExplanationNode {
  let npvCost = 0;
  let cheaperThanDebt = 0;
  for (const figures of selected) {
    const cost = npvCostOf(figures, context.terms);
    npvCost += cost;
    if (cost < 0) cheaperThanDebt += 1;
  }
  const overshoot = proceeds - context.targetAmount;
  const sellsMore = overshoot > context.tolerance * context.targetAmount && cheaperThanDebt > 0;
  return {
    kind: 'objective',
    asset_id: null,
    constraint: null,
    message:
      `Objective min_npv_cost: ${proven ? 'the cheapest' : 'the cheapest found'} program that meets the target and every covenant costs ` +
      `${formatMoney(npvCost)} more than borrowing at the cost of debt, in today's money` +
      (sellsMore
        ? `; it sells ${formatMoney(overshoot)} more than the target because ${pluralize(cheaperThanDebt, 'of its leasebacks costs', 'of its leasebacks cost')} less than debt.`
        : '.') +
      ' Ties in NPV cost go to the smaller proceeds, then the lower total criticality, then the smallest asset ids.',
    values: {
      npv_cost: npvCost,
      proceeds,
      overshoot: Math.max(0, overshoot),
      cheaper_than_debt: cheaperThanDebt,
      sells_more_than_target: sellsMore ? 'yes' : 'no',
    },
  };
}
