import type { HardConstraints, PolicyViolation } from '@leaseback/domain';
import { describeValue, policyViolation } from './policy-violation.js';

/** Covenants whose limit is a ceiling: a relaxation raises them. */
const CEILING_COVENANTS = ['max_net_leverage', 'max_lease_adjusted_leverage', 'max_market_share', 'max_rent_added'] as const;
/** Covenants whose limit is a floor: a relaxation lowers them. */
const FLOOR_COVENANTS = ['min_fixed_charge_coverage'] as const;

type CovenantName = (typeof CEILING_COVENANTS)[number] | (typeof FLOOR_COVENANTS)[number];

/** The covenant names in the order the schema lists them, so output key order is stable. */
const COVENANT_ORDER: readonly CovenantName[] = [
  'max_net_leverage',
  'min_fixed_charge_coverage',
  'max_lease_adjusted_leverage',
  'max_market_share',
  'max_rent_added',
];

/**
 * Applies "hard constraints cannot relax" against the ORIGINAL spec: every
 * covenant the original had keeps a limit at least as tight (a ceiling only
 * goes down, a floor only up), and one the proposal dropped is restored.
 * Covenants the original did not have are the proposal's to set: adding one is
 * a tightening.
 */
export function enforceHardConstraints(
  original: HardConstraints,
  proposed: HardConstraints,
): { readonly hardConstraints: HardConstraints; readonly violations: PolicyViolation[] } {
  const violations: PolicyViolation[] = [];
  const applied: Partial<Record<CovenantName, number>> = {};
  for (const name of COVENANT_ORDER) {
    const originalLimit = original[name];
    const proposedLimit = proposed[name];
    const isCeiling = (CEILING_COVENANTS as readonly string[]).includes(name);
    let appliedLimit = proposedLimit;
    if (originalLimit !== undefined) {
      if (proposedLimit === undefined) appliedLimit = originalLimit;
      else appliedLimit = isCeiling ? Math.min(proposedLimit, originalLimit) : Math.max(proposedLimit, originalLimit);
    }
    if (appliedLimit !== proposedLimit) {
      violations.push(
        policyViolation(
          'hard_constraint_relaxed',
          `hard_constraints.${name}`,
          proposedLimit,
          appliedLimit,
          proposedLimit === undefined
            ? `the covenant ${name} may not be dropped: restored at ${describeValue(appliedLimit)}`
            : `the covenant ${name} may not be relaxed beyond the original ${describeValue(originalLimit)}: proposed ${proposedLimit}, ${isCeiling ? 'lowered' : 'raised'} to ${describeValue(appliedLimit)}`,
        ),
      );
    }
    if (appliedLimit !== undefined) applied[name] = appliedLimit;
  }
  // The two required covenants are always present: the proposal is a valid spec.
  const { max_net_leverage: maxNetLeverage, min_fixed_charge_coverage: minFixedChargeCoverage, ...optional } = applied;
  return {
    hardConstraints: {
      max_net_leverage: maxNetLeverage ?? proposed.max_net_leverage,
      min_fixed_charge_coverage: minFixedChargeCoverage ?? proposed.min_fixed_charge_coverage,
      ...optional,
    },
    violations,
  };
}
