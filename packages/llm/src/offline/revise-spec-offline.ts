import { SelectorSpecSchema, type ProgramOutcome, type SelectorSpec } from '@leaseback/domain';
import type { RevisionContext } from '../llm-client.js';
import { formatMoney, formatScore } from './format-figures.js';

/** A revised spec and, in plain English, what changed and why. */
export interface OfflineRevision {
  readonly spec: SelectorSpec;
  readonly assumptions: string[];
}

/**
 * Proposes the next spec after an infeasible outcome, staying inside the
 * revision policy so that the policy has nothing to clamp:
 *
 * - filters first: `max_criticality` rises by `max_filter_step` (at most to the
 *   ceiling) when assets were excluded for criticality; `min_leaseability` falls
 *   likewise (at least to the policy floor) when assets were excluded for
 *   leaseability. When a filter was relaxed the target is kept (a wider pool may
 *   reach the ask the user made), except on the last revision the loop allows.
 * - otherwise the target: the largest of the floor, one full policy step down
 *   (`previous x (1 - max_target_step_fraction)`) and the known capacity when it
 *   is at or above the floor (aim straight at what is reachable), never above the
 *   previous target. The floor is the original spec's `floor_amount`, else
 *   `default_floor_fraction` x the original target.
 * - Covenants, program type, strategy, floor and list filters are never touched.
 */
export function reviseSpecOffline(spec: SelectorSpec, outcome: ProgramOutcome, context: RevisionContext): OfflineRevision {
  const assumptions: string[] = [];
  if (outcome.status !== 'infeasible') {
    assumptions.push(`the outcome is ${outcome.status}, not infeasible: nothing to revise`);
    return { spec, assumptions };
  }
  const policy = context.policy;
  const original = context.original;
  // The same floor and step the policy computes, so a proposal at them is accepted as is.
  const floor = Math.min(
    original.floor_amount ?? roundBound(policy.default_floor_fraction * original.target_amount),
    original.target_amount,
  );
  // The planner fixes a default floor before the first run, so a floor equal to the default share is called what it most likely is.
  const defaultFloor = roundBound(policy.default_floor_fraction * original.target_amount);
  const floorIsDefault =
    original.floor_amount === undefined || Math.abs(original.floor_amount - defaultFloor) <= 1e-9 * Math.max(1, defaultFloor);
  const floorSource = floorIsDefault
    ? `the default floor, ${Math.round(policy.default_floor_fraction * 100)}% of the original target`
    : 'the stated floor';
  const excludedFor = (reason: string): number => outcome.excluded_assets.filter((asset) => asset.reason === reason).length;
  const filters = { ...spec.asset_filters };

  const criticality = filters.max_criticality;
  const criticalityExcluded = excludedFor('criticality');
  if (criticality !== undefined && criticalityExcluded > 0) {
    const relaxed = stepToward(criticality, policy.max_filter_step, Math.max(criticality, policy.max_criticality_ceiling));
    if (relaxed > criticality) {
      filters.max_criticality = relaxed;
      assumptions.push(
        `max criticality raised from ${formatScore(criticality)} to ${formatScore(relaxed)}: ${criticalityExcluded} asset${criticalityExcluded === 1 ? ' was' : 's were'} excluded for criticality`,
      );
    } else {
      assumptions.push(
        `max criticality kept at ${formatScore(criticality)}: already at the ceiling of ${formatScore(policy.max_criticality_ceiling)}`,
      );
    }
  }

  const leaseability = filters.min_leaseability;
  const leaseabilityExcluded = excludedFor('leaseability');
  if (leaseability !== undefined && leaseabilityExcluded > 0) {
    const relaxed = stepToward(leaseability, -policy.max_filter_step, Math.min(leaseability, policy.min_leaseability_floor));
    if (relaxed < leaseability) {
      filters.min_leaseability = relaxed;
      assumptions.push(
        `min leaseability lowered from ${formatScore(leaseability)} to ${formatScore(relaxed)}: ${leaseabilityExcluded} asset${leaseabilityExcluded === 1 ? ' was' : 's were'} excluded for leaseability`,
      );
    } else {
      assumptions.push(
        `min leaseability kept at ${formatScore(leaseability)}: already at the floor of ${formatScore(policy.min_leaseability_floor)}`,
      );
    }
  }

  const filterRelaxed =
    filters.max_criticality !== spec.asset_filters.max_criticality || filters.min_leaseability !== spec.asset_filters.min_leaseability;
  const lastRevision = context.iteration >= context.max_iterations - 1;
  const previous = spec.target_amount;
  if (filterRelaxed && !lastRevision) {
    assumptions.push(`target kept at ${formatMoney(previous)}: relaxing the filters may reach it`);
    const revisedFilters = SelectorSpecSchema.parse({ ...spec, asset_filters: filters });
    return { spec: revisedFilters, assumptions };
  }
  const stepped = Math.min(previous, roundBound(previous * (1 - policy.max_target_step_fraction)));
  const capacity = context.capacity?.max_proceeds;
  const capacityUsable = capacity !== undefined && Number.isFinite(capacity) && capacity >= floor;
  let target = Math.max(floor, stepped, capacityUsable ? capacity : -Infinity);
  target = Math.min(target, previous);

  if (target < previous) {
    let why: string;
    if (capacityUsable && target === capacity) why = `the most the portfolio can raise under this spec is ${formatMoney(capacity)}`;
    else if (target === floor) why = `the floor is ${formatMoney(floor)} (${floorSource})`;
    else why = `a policy step of ${Math.round(policy.max_target_step_fraction * 100)}% down`;
    assumptions.push(`target lowered from ${formatMoney(previous)} to ${formatMoney(target)}: ${why}`);
  } else {
    assumptions.push(
      `target kept at ${formatMoney(previous)}: ${previous <= floor ? `already at the floor of ${formatMoney(floor)} (${floorSource})` : 'the portfolio can reach it'}`,
    );
  }

  const revised = SelectorSpecSchema.parse({ ...spec, target_amount: target, asset_filters: filters });
  return { spec: revised, assumptions };
}

/**
 * Rounds a computed bound to 12 significant digits, as the revision policy
 * does, so that 0.7 + 0.1 proposes 0.8 (not 0.7999999999999999) and a step of
 * exactly the allowed size is never judged a hair too large or too small.
 */
function roundBound(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(12));
}

/** Moves `value` by `step` (negative: downwards), rounded like the policy, never past `bound` nor backwards. */
function stepToward(value: number, step: number, bound: number): number {
  if (step >= 0) return Math.max(value, Math.min(roundBound(value + step), bound));
  return Math.min(value, Math.max(roundBound(value + step), bound));
}
