import type { ConstraintName, ExplanationNode, OutcomeReason } from '@leaseback/domain';
import type { Highs } from 'highs';
import type { AssetFigures } from './asset-figures.js';
import { checkSelection } from './check-selection.js';
import { covenantValue } from './covenants.js';
import { fillToTarget, improveByExchanges } from './exchange-search.js';
import { formatMoney, pluralize } from './format-numbers.js';
import { runGreedy, selectedNode } from './greedy-selection.js';
import type { SelectionResult } from './outcome-builder.js';
import type { ProForma } from './pro-forma.js';
import type { SelectionContext } from './selection-context.js';
import { buildSelectionModel, type SelectionModel } from './selection-model.js';
import { solveMilp } from './solve-milp.js';
import { SolverBudget, selectedFigures, solveVerified, sumOver, type VerifiedSolve } from './verified-solve.js';
import { capacityNode, computeCapacity } from './capacity.js';
import { searchCombinatorially } from './combinatorial-selection.js';
import { npvObjectiveNode, objectiveOf, objectiveWeights } from './economics/selection-objective.js';
import { breakTies, preferAmongInterchangeable, smallestProceedsAtOptimum, type TieBreak } from './exact-tie-break.js';

/** A covenant is reported binding at the chosen set when within this relative distance of its limit. */
const TIGHT_RELATIVE = 1e-6;
/** Exchange-search iterations when proposing a start. */
const EXCHANGE_ITERATIONS = 200;
/** Nodes of the quick first solve that looks for a start when the greedy set is not valid. */
const FIRST_INCUMBENT_NODES = 50;

/**
 * A valid greedy set as a start, improved by exchanges toward the target. A
 * greedy set that keeps every covenant but falls short of the target (a
 * covenant stopped the walk) is first filled up to the target by `fillToTarget`
 * (from the greedy set, else from none): on large portfolios that is
 * milliseconds, where asking HiGHS for a first set cost seconds.
 */
function proposeStart(context: SelectionContext, model: SelectionModel): Uint8Array | null {
  const walk = runGreedy(context);
  if (!walk.ok) return null;
  const check = checkSelection(context, walk.result.selected);
  if (!check.ok || check.failing.length > 0) return null;
  const indexById = new Map(model.columns.map((figures, index) => [figures.assetId, index]));
  let start: Uint8Array = new Uint8Array(model.columns.length);
  for (const figures of walk.result.selected) start[indexById.get(figures.assetId) as number] = 1;
  if (!check.meetsTarget) {
    const filled = fillToTarget(model, start) ?? fillToTarget(model, new Uint8Array(model.columns.length));
    if (filled === null) return null;
    start = filled;
  }
  return improveByExchanges(model, start, {
    direction: 'minimize',
    stopWithin: context.config.exact.absolute_gap / 2,
    maxIterations: EXCHANGE_ITERATIONS,
  });
}

/** Covenants within `TIGHT_RELATIVE` of their limit at the chosen set. */
function tightCovenants(context: SelectionContext, proForma: ProForma, selected: readonly AssetFigures[]): Set<ConstraintName> {
  const tight = new Set<ConstraintName>();
  for (const covenant of context.covenants) {
    const value = covenantValue(covenant.name, proForma);
    if (value !== null && Number.isFinite(value) && Math.abs(value - covenant.limit) <= TIGHT_RELATIVE * Math.abs(covenant.limit)) {
      tight.add(covenant.name);
    }
  }
  if (context.marketShare !== null) {
    const cashByMarket = new Map<string, number>();
    for (const figures of selected) cashByMarket.set(figures.marketKey, (cashByMarket.get(figures.marketKey) ?? 0) + figures.cash);
    for (const cash of cashByMarket.values()) {
      if (Math.abs(cash - context.marketShare.cap) <= TIGHT_RELATIVE * context.marketShare.cap) tight.add('max_market_share');
    }
  }
  if (context.rentCap !== null) {
    let rent = 0;
    for (const figures of selected) rent += figures.rent;
    if (Math.abs(rent - context.rentCap) <= TIGHT_RELATIVE * context.rentCap) tight.add('max_rent_added');
  }
  return tight;
}

/** Which covenants, dropped one at a time, would make a proven-infeasible program feasible. */
function infeasibilityCauses(highs: Highs, context: SelectionContext, model: SelectionModel, budget: SolverBudget): Set<ConstraintName> {
  const causes = new Set<ConstraintName>();
  const names: ConstraintName[] = context.covenants.map((covenant) => covenant.name);
  if (context.marketShare !== null) names.push('max_market_share');
  if (context.rentCap !== null) names.push('max_rent_added');
  for (const name of names) {
    if (budget.remaining() <= 0) break;
    const relaxed: SelectionModel = { ...model, rows: model.rows.filter((row) => row.cause !== name) };
    const result = budget.record(
      solveMilp(
        highs,
        { model: relaxed, objective: new Float64Array(model.columns.length), sense: 'minimize', includeTarget: true },
        { timeLimitSeconds: budget.remaining(), absoluteGap: 1e-9, maxNodes: context.config.exact.tie_break_max_nodes },
      ),
    );
    if (result.selection !== null) causes.add(name);
  }
  return causes;
}

/**
 * The exact strategy: the 0-1 program of `docs/domain.md` solved with HiGHS.
 * Stage 1 minimises proceeds (zero relative gap, absolute gap
 * `exact.absolute_gap` x target), starting from the greedy set improved by
 * exchanges; ties are then broken by criticality and ids (`breakTies`). Every
 * set is re-verified with the engine's own formulas. A proven-infeasible
 * program reports its capacity set instead, so the shortfall is the real gap.
 */
export function runExact(highs: Highs, context: SelectionContext): SelectionResult {
  const exact = context.config.exact;
  const budget = new SolverBudget(exact.time_limit_ms / 1000);
  const model = buildSelectionModel(context);
  const count = model.columns.length;
  const targetText = formatMoney(context.targetAmount);
  const objective = objectiveWeights(context, model);

  let start: Uint8Array | null = null;
  let stage: VerifiedSolve | null = null;
  // Small programs: the combinatorial search proves the optimum (and breaks ties) without HiGHS or a start.
  let searchedTieBreak: TieBreak | null = null;
  const byNpvCost = objectiveOf(context) === 'min_npv_cost';
  // Neither method needs a start: the target bounds the proceeds search, the relaxation bounds the branch and bound.
  const bySize = exact.method === 'by_size';
  const searched = bySize ? searchCombinatorially(context, model, objective, null) : null;
  if (searched !== null && searched.status === 'infeasible') {
    stage = {
      result: { status: 'infeasible', selection: null, objective: null, bound: null, timeLimited: false, runSeconds: 0 },
      selection: null,
    };
  } else if (searched !== null && searched.selection !== null) {
    const check = checkSelection(context, selectedFigures(model, searched.selection));
    const valid = check.ok && check.failing.length === 0 && check.meetsTarget;
    // NPV cost is proven only by an exhaustive search (there is no bound to stop at); otherwise HiGHS goes on.
    if (valid && searched.status === 'optimal' && (searched.exhaustive || !byNpvCost)) {
      const selection = searched.exhaustive ? searched.selection : preferAmongInterchangeable(model, searched.selection);
      stage = {
        result: {
          status: 'optimal',
          selection,
          objective: searched.objective,
          bound: searched.exhaustive ? searched.objective : model.targetLower,
          timeLimited: false,
          runSeconds: 0,
        },
        selection,
      };
      searchedTieBreak = { selection, status: searched.exhaustive ? 'proven' : 'interchangeable_only' };
    } else if (valid) start = searched.selection; // cut by its step limit: HiGHS goes on from its best set
  }
  if (count > 0 && stage === null && start === null) start = proposeStart(context, model);
  if (count > 0 && stage === null && start === null) {
    // No valid greedy set: a short node-limited solve finds an incumbent to improve by exchanges.
    stage = solveVerified(highs, context, { model, objective, sense: 'minimize', includeTarget: true }, budget, {
      absoluteGap: exact.absolute_gap,
      maxNodes: FIRST_INCUMBENT_NODES,
    });
    if (stage.selection !== null && stage.result.status !== 'optimal') {
      start = improveByExchanges(model, stage.selection, {
        direction: 'minimize',
        stopWithin: exact.absolute_gap / 2,
        maxIterations: EXCHANGE_ITERATIONS,
      });
      stage = null;
    } else if (stage.result.status === 'limited') stage = null;
  }
  if (bySize && count > 0 && stage === null && start !== null && !byNpvCost) stage = provenByTarget(context, model, start);
  if (count > 0 && stage === null) {
    const improve = (selection: Uint8Array): Uint8Array =>
      improveByExchanges(model, selection, {
        direction: 'minimize',
        stopWithin: exact.absolute_gap / 2,
        maxIterations: EXCHANGE_ITERATIONS,
      });
    stage = solveVerified(highs, context, { model, objective, sense: 'minimize', includeTarget: true, start, improve }, budget, {
      absoluteGap: exact.absolute_gap,
    });
  }

  if (stage !== null && stage.selection === null && stage.result.status === 'limited' && start !== null) {
    // The limit struck before the solver adopted the start: the verified start is still the best set known.
    const check = checkSelection(context, selectedFigures(model, start));
    if (check.ok && check.failing.length === 0 && check.meetsTarget) stage = { result: stage.result, selection: start };
  }

  const extraNodes: ExplanationNode[] = [];
  const extraReasons: OutcomeReason[] = [];
  const infeasibleProven = count === 0 || stage?.result.status === 'infeasible';
  const timeLimited = stage !== null && stage.result.status === 'limited';

  if (stage === null || stage.selection === null) {
    // No set meets the target: report the capacity set (when time allows) so the shortfall is the true gap.
    const capacity = infeasibleProven && budget.remaining() > 0 ? computeCapacity(highs, context, model, budget) : null;
    const binding = infeasibleProven && count > 0 ? infeasibilityCauses(highs, context, model, budget) : new Set<ConstraintName>();
    const selection = capacity?.selection ?? new Uint8Array(count);
    const selected = selectedFigures(model, selection);
    const check = checkSelection(context, selected);
    const final = check.ok ? check.proForma : context.baseline;
    const stepNodes = selectionNodes(
      model,
      selection,
      targetText,
      final,
      'part of the largest-proceeds set that keeps every covenant (exact)',
    );
    if (infeasibleProven) {
      extraNodes.push({
        kind: 'optimality',
        asset_id: null,
        constraint: null,
        message: `Proven infeasible: no set of the ${pluralize(count, 'eligible asset')} meets the ${targetText} target and every covenant.`,
        values: { eligible_assets: count, proven: 'infeasible' },
      });
    } else {
      extraNodes.push({
        kind: 'optimality',
        asset_id: null,
        constraint: null,
        message: `The ${exact.time_limit_ms} ms time limit stopped the search before any set meeting the target was found; infeasibility is not proven.`,
        values: { eligible_assets: count, proven: 'unknown', time_limit_ms: exact.time_limit_ms },
      });
      extraReasons.push({
        code: 'solver_time_limit',
        message: `The solver's ${exact.time_limit_ms} ms time limit was reached before a set meeting the target was found; a valid set may still exist.`,
        constraint: null,
        amount: exact.time_limit_ms,
      });
    }
    if (capacity !== null) extraNodes.push(capacityNode(capacity.capacity, context.targetAmount));
    return {
      selected,
      final,
      stepNodes,
      rejectionCounts: new Map(),
      binding,
      notNeededCount: 0,
      extraReasons,
      extraNodes,
      solver: {
        proven_optimal: infeasibleProven,
        time_limited: timeLimited || (capacity?.timeLimited ?? false),
        bound: null,
      },
      capacity: capacity?.capacity ?? null,
    };
  }

  const proven = stage.result.status === 'optimal';
  // The search already broke ties in the documented order (proceeds first); HiGHS's optimum needs narrowing.
  const narrowed =
    proven && byNpvCost && searchedTieBreak === null
      ? smallestProceedsAtOptimum(highs, context, model, objective, stage.selection, budget)
      : null;
  const tieBreak: TieBreak =
    searchedTieBreak ??
    (narrowed !== null && narrowed.selection === null
      ? { selection: stage.selection, status: 'not_proven' }
      : proven
        ? breakTies(highs, context, model, narrowed?.selection ?? stage.selection, budget, narrowed === null ? [] : [narrowed.band])
        : { selection: stage.selection, status: 'not_run' });
  const selected = selectedFigures(model, tieBreak.selection);
  const check = checkSelection(context, selected);
  const final = check.ok ? check.proForma : context.baseline;
  const proceeds = sumOver(model.cash, tieBreak.selection) * model.scale;
  // The solver's bound is on the objective: proceeds, or the NPV cost (which may be negative).
  const boundMoney =
    stage.result.bound === null ? null : byNpvCost ? stage.result.bound * model.scale : Math.max(stage.result.bound * model.scale, 0);
  const stepNodes = selectionNodes(
    model,
    tieBreak.selection,
    targetText,
    final,
    byNpvCost
      ? 'part of the smallest-NPV-cost set that meets the target and every covenant (exact)'
      : 'part of the smallest-proceeds set that meets the target and every covenant (exact)',
  );
  // The documented tie order: equal NPV cost goes to smaller proceeds first; equal proceeds to criticality.
  const tiesBrokenBy = byNpvCost
    ? 'ties on NPV cost were broken by smaller proceeds, then total criticality, then asset ids'
    : 'ties on proceeds were broken by total criticality, then asset ids';
  const tieText =
    tieBreak.status === 'proven'
      ? `${tiesBrokenBy}, and the tie-break is proven`
      : tieBreak.status === 'interchangeable_only'
        ? `${tiesBrokenBy.replace('total criticality', 'criticality')}, among interchangeable assets (identical figures)`
        : tieBreak.status === 'not_proven'
          ? `the tie-break by ${byNpvCost ? 'proceeds, criticality' : 'criticality'} and ids stopped at its node limit, so a set with equal ${byNpvCost ? 'NPV cost' : 'proceeds'} and a better tie-break is not ruled out`
          : 'no tie-break was attempted because optimality was not proven';
  if (byNpvCost) extraNodes.push(npvObjectiveNode(context, selected, proceeds, proven));
  extraNodes.push({
    kind: 'optimality',
    asset_id: null,
    constraint: null,
    message: byNpvCost
      ? proven
        ? `Proven optimal: no set meeting the target and every covenant has a smaller NPV cost ` +
          `(within ${formatMoney(exact.absolute_gap * context.targetAmount)}); ${tieText}.`
        : `The ${exact.time_limit_ms} ms time limit stopped the search: this is the cheapest set found; ${tieText}.`
      : proven
        ? `Proven optimal: no set meeting the target and every covenant raises less than ${formatMoney(proceeds)} ` +
          `(within ${formatMoney(exact.absolute_gap * context.targetAmount)}); ${tieText}.`
        : `The ${exact.time_limit_ms} ms time limit stopped the search: this is the best set found, and no valid set raises less than ` +
          `${formatMoney(boundMoney ?? context.targetAmount)}; ${tieText}.`,
    values: {
      proven: proven ? 'optimal' : 'not_proven',
      proceeds,
      bound: boundMoney,
      tie_break: tieBreak.status,
      eligible_assets: count,
    },
  });
  if (!proven) {
    extraReasons.push({
      code: 'solver_time_limit',
      message:
        `The solver's ${exact.time_limit_ms} ms time limit was reached: the set is valid but not proven to have the smallest proceeds ` +
        `(proceeds ${formatMoney(proceeds)}, bound ${formatMoney(boundMoney ?? context.targetAmount)}).`,
      constraint: null,
      amount: boundMoney,
    });
  }
  return {
    selected,
    final,
    stepNodes,
    rejectionCounts: new Map(),
    binding: check.ok ? tightCovenants(context, final, selected) : new Set(),
    notNeededCount: count - selected.length,
    extraReasons,
    extraNodes,
    solver: {
      proven_optimal: proven,
      time_limited: stage.result.timeLimited,
      bound: boundMoney,
    },
    capacity: null,
  };
}

/**
 * Minimising proceeds, a valid set within `absolute_gap` of the target row is
 * proven optimal by the target row itself (every valid set raises at least
 * `targetLower`), exactly as HiGHS would prove it from the same start with its
 * bound at the target, but without building and solving the program: on large
 * portfolios the exchange search reaches such a set in milliseconds and the
 * solver's presolve and root LP cost the rest of the second. Null when `start`
 * is not such a set (re-verified with the engine's formulas).
 */
function provenByTarget(context: SelectionContext, model: SelectionModel, start: Uint8Array): VerifiedSolve | null {
  const proceeds = sumOver(model.cash, start);
  if (proceeds > model.targetLower + context.config.exact.absolute_gap) return null;
  const check = checkSelection(context, selectedFigures(model, start));
  if (!check.ok || check.failing.length > 0 || !check.meetsTarget) return null;
  return {
    result: { status: 'optimal', selection: start, objective: proceeds, bound: model.targetLower, timeLimited: false, runSeconds: 0 },
    selection: start,
  };
}

/** One `asset_selected` node per selected column, in rank order, with the running total. */
function selectionNodes(model: SelectionModel, selection: Uint8Array, targetText: string, final: ProForma, why: string): ExplanationNode[] {
  const nodes: ExplanationNode[] = [];
  let running = 0;
  for (let index = 0; index < selection.length; index += 1) {
    if (selection[index] !== 1) continue;
    const figures = model.columns[index] as AssetFigures;
    running += figures.cash;
    nodes.push(selectedNode(figures, index + 1, running, targetText, final, why));
  }
  return nodes;
}
