import type { PolicyViolation, RevisionPolicyConfig } from '@leaseback/domain';
import { roundBound } from './policy-bound.js';
import { describeValue, policyViolation } from './policy-violation.js';

/** The numeric filters and which direction loosens each. */
export type NumericFilterName = 'max_criticality' | 'min_leaseability';

/** The loosest value a proposal may set for a numeric filter, and which bound sets it. */
export interface NumericFilterLimit {
  /** The loosest allowed value (highest for `max_criticality`, lowest for `min_leaseability`). */
  readonly loosest: number;
  /** `step` when the per-iteration step binds, `bound` when the ceiling/floor (or the previous value beyond it) binds. */
  readonly boundBy: 'step' | 'bound';
}

/**
 * The loosest value allowed after `previousValue`: one step looser, but never
 * past the configured ceiling (`max_criticality`) or floor (`min_leaseability`).
 * A previous value already past that bound may stay but not loosen further.
 */
export function numericFilterLimit(name: NumericFilterName, previousValue: number, config: RevisionPolicyConfig): NumericFilterLimit {
  if (name === 'max_criticality') {
    // Rounding must never make the limit tighter than the previous value itself.
    const stepped = Math.max(previousValue, roundBound(previousValue + config.max_filter_step));
    if (stepped <= config.max_criticality_ceiling) return { loosest: stepped, boundBy: 'step' };
    return { loosest: Math.max(previousValue, config.max_criticality_ceiling), boundBy: 'bound' };
  }
  const stepped = Math.min(previousValue, roundBound(previousValue - config.max_filter_step));
  if (stepped >= config.min_leaseability_floor) return { loosest: stepped, boundBy: 'step' };
  return { loosest: Math.min(previousValue, config.min_leaseability_floor), boundBy: 'bound' };
}

/**
 * Applies the bounded-relaxation rule to one numeric filter, against the
 * PREVIOUS spec. Tightening is always allowed; loosening is cut back to the
 * limit above; dropping a filter the previous spec had counts as loosening it
 * to the extreme, so it is restored at the limit. A filter the previous spec
 * did not have may be added at any value (that is a tightening).
 */
export function enforceNumericFilter(
  name: NumericFilterName,
  previousValue: number | undefined,
  proposedValue: number | undefined,
  config: RevisionPolicyConfig,
): { readonly value: number | undefined; readonly violation: PolicyViolation | undefined } {
  if (previousValue === undefined) return { value: proposedValue, violation: undefined };
  const limit = numericFilterLimit(name, previousValue, config);
  const loosensPastLimit =
    proposedValue === undefined || (name === 'max_criticality' ? proposedValue > limit.loosest : proposedValue < limit.loosest);
  if (!loosensPastLimit) return { value: proposedValue, violation: undefined };
  const field = `asset_filters.${name}`;
  const bound = name === 'max_criticality' ? config.max_criticality_ceiling : config.min_leaseability_floor;
  const what = proposedValue === undefined ? 'dropping the filter' : `proposed ${proposedValue}`;
  const message =
    limit.boundBy === 'step'
      ? `${name} may loosen by at most ${config.max_filter_step} per iteration (from ${previousValue}): ${what}, applied ${limit.loosest}`
      : `${name} may not loosen past ${bound} (previous ${describeValue(previousValue)}): ${what}, applied ${limit.loosest}`;
  return {
    value: limit.loosest,
    violation: policyViolation(
      limit.boundBy === 'step' ? 'filter_step_exceeded' : 'filter_bound_exceeded',
      field,
      proposedValue,
      limit.loosest,
      message,
    ),
  };
}
