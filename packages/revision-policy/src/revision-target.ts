import type { PolicyViolation, RevisionPolicyConfig, SelectorSpec } from '@leaseback/domain';
import { roundBound } from './policy-bound.js';
import { policyViolation } from './policy-violation.js';

/** The targets a revision may propose next, and the floor they come from. */
export interface TargetRange {
  /** The lowest target allowed in this iteration: the larger of the step bound and the floor. */
  readonly lowest: number;
  /** The highest target allowed: the previous target (or the floor, in the degenerate case below). */
  readonly highest: number;
  /** The run's floor: `original.floor_amount`, or the default fraction of the first target. */
  readonly floor: number;
  /** The most the target may fall in one iteration, from the previous target. */
  readonly stepBound: number;
}

/**
 * The floor of a run: `original.floor_amount` when given, else
 * `default_floor_fraction × original.target_amount`. A floor above the first
 * target cannot be honoured without raising the target, so it is capped at the
 * first target (the target then simply cannot fall).
 */
export function revisionFloor(original: SelectorSpec, config: RevisionPolicyConfig): number {
  const floor = original.floor_amount ?? roundBound(config.default_floor_fraction * original.target_amount);
  return Math.min(floor, original.target_amount);
}

/**
 * The range of targets the policy accepts after `previous`: never above the
 * previous target, at most `max_target_step_fraction` below it, never below the
 * floor. When `previous` is already below the floor (it did not come from this
 * policy), the floor wins and the range is the floor alone.
 */
export function allowedTargetRange(original: SelectorSpec, previous: SelectorSpec, config: RevisionPolicyConfig): TargetRange {
  const floor = revisionFloor(original, config);
  // Rounding must never lift the step bound above the previous target itself.
  const stepBound = Math.min(previous.target_amount, roundBound(previous.target_amount * (1 - config.max_target_step_fraction)));
  const lowest = Math.max(stepBound, floor);
  const highest = Math.max(previous.target_amount, lowest);
  return { lowest, highest, floor, stepBound };
}

/** The target to apply and the violation, if the proposal had to be cut back. */
export interface TargetDecision {
  readonly target: number;
  readonly violation: PolicyViolation | undefined;
}

/** Applies the target rules: monotone non-increasing, bounded step, never below the floor. */
export function enforceTarget(
  original: SelectorSpec,
  previous: SelectorSpec,
  proposed: SelectorSpec,
  config: RevisionPolicyConfig,
): TargetDecision {
  const range = allowedTargetRange(original, previous, config);
  const target = proposed.target_amount;
  if (target > range.highest) {
    return {
      target: range.highest,
      violation: policyViolation(
        'target_increased',
        'target_amount',
        target,
        range.highest,
        `the target may not rise during revision: proposed ${target}, kept at ${range.highest}`,
      ),
    };
  }
  if (target < range.lowest) {
    // Name whichever bound actually stopped the proposal, so the message says what to change.
    const floorBinds = range.floor >= range.stepBound;
    return {
      target: range.lowest,
      violation: floorBinds
        ? policyViolation(
            'target_below_floor',
            'target_amount',
            target,
            range.lowest,
            `the target may not fall below the floor of ${range.floor}: proposed ${target}, raised to ${range.lowest}`,
          )
        : policyViolation(
            'target_step_exceeded',
            'target_amount',
            target,
            range.lowest,
            `the target may fall at most ${roundBound(config.max_target_step_fraction * 100)} % per iteration (from ${previous.target_amount}): proposed ${target}, raised to ${range.lowest}`,
          ),
    };
  }
  return { target, violation: undefined };
}

/** Applies the floor rule: `floor_amount` keeps the original's value (or stays absent). */
export function enforceFloor(
  original: SelectorSpec,
  proposed: SelectorSpec,
): { readonly floor: number | undefined; readonly violation: PolicyViolation | undefined } {
  if (proposed.floor_amount === original.floor_amount) return { floor: original.floor_amount, violation: undefined };
  return {
    floor: original.floor_amount,
    violation: policyViolation(
      'floor_changed',
      'floor_amount',
      proposed.floor_amount,
      original.floor_amount,
      original.floor_amount === undefined
        ? 'the floor may not be set during revision; it stays at the default share of the first target'
        : `the floor may not change during revision: it stays at ${original.floor_amount}`,
    ),
  };
}
