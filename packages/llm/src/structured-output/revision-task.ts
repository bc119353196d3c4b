import { SelectorSpecSchema, type ProgramOutcome, type SelectorSpec } from '@leaseback/domain';
import type { RevisionContext } from '../llm-client.js';
import { ANSWER_FORMAT_RULES, formatUsd, jsonBlock } from './prompt-formatting.js';
import { defineStructuredTask, type StructuredTask } from './structured-task.js';

/** The floor the revision loop works to: the spec's, else the original's, else the policy's share of the first target. */
function effectiveFloor(spec: SelectorSpec, context: RevisionContext): number {
  return spec.floor_amount ?? context.original.floor_amount ?? context.original.target_amount * context.policy.default_floor_fraction;
}

/** The policy bounds for this iteration, with the numbers worked out. */
function describePolicyBounds(spec: SelectorSpec, context: RevisionContext): string {
  const { policy } = context;
  const floor = effectiveFloor(spec, context);
  const lowestTarget = Math.max(floor, spec.target_amount * (1 - policy.max_target_step_fraction));
  const lines = [
    'program_type, strategy and floor_amount must stay as they are.',
    'Hard constraints must not loosen: max_* limits may only go down and min_* limits only up (you may keep them unchanged).',
    `target_amount may only fall, by at most ${policy.max_target_step_fraction * 100}% per iteration and never below the floor: this iteration between ${formatUsd(lowestTarget)} and ${formatUsd(spec.target_amount)}.`,
  ];
  const filters = spec.asset_filters;
  if (filters.max_criticality !== undefined) {
    const highest = Math.min(policy.max_criticality_ceiling, filters.max_criticality + policy.max_filter_step);
    lines.push(
      `asset_filters.max_criticality may rise by at most ${policy.max_filter_step} per iteration and never above ${policy.max_criticality_ceiling}: this iteration at most ${Number(highest.toFixed(6))}.`,
    );
  } else {
    lines.push('asset_filters.max_criticality is not set; leave it null.');
  }
  if (filters.min_leaseability !== undefined) {
    const lowest = Math.max(policy.min_leaseability_floor, filters.min_leaseability - policy.max_filter_step);
    lines.push(
      `asset_filters.min_leaseability may fall by at most ${policy.max_filter_step} per iteration and never below ${policy.min_leaseability_floor}: this iteration at least ${Number(lowest.toFixed(6))}.`,
    );
  } else {
    lines.push('asset_filters.min_leaseability is not set; leave it null.');
  }
  lines.push('exclude_markets and exclude_asset_ids may only grow; asset_types and include_markets may only shrink (or stay).');
  return lines.join('\n- ');
}

/** The parts of an outcome the reviser needs: verdict, shortfall, reasons, covenants, exclusions. */
function describeOutcome(outcome: ProgramOutcome): string {
  const exclusions = new Map<string, number>();
  for (const excluded of outcome.excluded_assets) exclusions.set(excluded.reason, (exclusions.get(excluded.reason) ?? 0) + 1);
  return jsonBlock({
    status: outcome.status,
    target_amount: outcome.target_amount,
    proceeds: outcome.proceeds,
    shortfall: outcome.shortfall,
    selected_asset_count: outcome.selected_asset_ids.length,
    reasons: outcome.reasons.map((reason) => ({
      code: reason.code,
      message: reason.message,
      constraint: reason.constraint,
      amount: reason.amount,
    })),
    constraint_checks: outcome.constraint_checks.map((check) => ({
      name: check.name,
      limit: check.limit,
      before: check.before,
      after: check.after,
      passed: check.passed,
      binding: check.binding,
    })),
    excluded_assets_by_reason: Object.fromEntries(exclusions),
  });
}

/**
 * The `reviseSelectorSpec` task: after an infeasible outcome, propose the next
 * spec within the revision policy's bounds (worked out for this iteration),
 * guided by the outcome's reasons and the portfolio's capacity.
 */
export function revisionTask(
  spec: SelectorSpec,
  outcome: ProgramOutcome,
  context: RevisionContext,
): StructuredTask<SelectorSpec, SelectorSpec> {
  const capacity =
    context.capacity === null
      ? 'Capacity under the current spec: unknown.'
      : `Capacity under the current spec: at most ${formatUsd(context.capacity.max_proceeds)} can be raised (${context.capacity.asset_ids.length} assets${context.capacity.proven_optimal ? ', proven' : ''}).`;
  return defineStructuredTask({
    method: 'reviseSelectorSpec',
    name: 'revised_selector_spec',
    description: 'The revised selector spec for the next engine run.',
    schema: SelectorSpecSchema,
    toValue: (answer) => answer,
    // Stable instructions first (cacheable); this iteration's bounds, with their numbers, go with the inputs.
    system: [
      "A sale-leaseback selection came back infeasible. Propose the revised selector spec for the next run: the smallest change that gives the engine a real chance of success while keeping to the brief's intent.",
      "Use the outcome's reasons: a covenant that binds cannot be loosened, so lower the target (toward the capacity when it is known) or widen the asset filters within their bounds; when filters excluded many assets, loosening them may help more than cutting the target.",
      'A revision policy enforces the bounds given with the inputs; anything beyond them is cut back or rejected.',
      'Return the complete spec, repeating the fields you do not change.',
      ANSWER_FORMAT_RULES,
    ].join('\n\n'),
    user: [
      `Iteration ${context.iteration} of at most ${context.max_iterations}.`,
      `Current spec:\n${jsonBlock(spec)}`,
      `Original spec (the run started from it):\n${jsonBlock(context.original)}`,
      `Outcome of the current spec:\n${describeOutcome(outcome)}`,
      capacity,
      `Bounds for this iteration:\n- ${describePolicyBounds(spec, context)}`,
    ].join('\n\n'),
  });
}
