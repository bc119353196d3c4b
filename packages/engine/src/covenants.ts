import { COVENANTS, type ConstraintName, type SelectorSpec } from '@leaseback/domain';
import type { ProForma } from './pro-forma.js';

/** The covenants computed from the pro-forma (every covenant but the market-share cap). */
export type FinancialCovenantName = Exclude<ConstraintName, 'max_market_share' | 'max_rent_added'>;

/** A ratio covenant of the spec: its name, direction and limit. */
export interface FinancialCovenant {
  readonly name: FinancialCovenantName;
  /** `max`: the ratio must stay at or below the limit; `min`: at or above. */
  readonly direction: 'max' | 'min';
  readonly limit: number;
}

/** The ratio covenants present in a spec, in the fixed order of `ConstraintName`. */
export function financialCovenantsOf(spec: SelectorSpec): FinancialCovenant[] {
  const constraints = spec.hard_constraints;
  const covenants: FinancialCovenant[] = [
    { name: 'max_net_leverage', direction: COVENANTS.max_net_leverage.direction, limit: constraints.max_net_leverage },
    {
      name: 'min_fixed_charge_coverage',
      direction: COVENANTS.min_fixed_charge_coverage.direction,
      limit: constraints.min_fixed_charge_coverage,
    },
  ];
  if (constraints.max_lease_adjusted_leverage !== undefined) {
    covenants.push({
      name: 'max_lease_adjusted_leverage',
      direction: COVENANTS.max_lease_adjusted_leverage.direction,
      limit: constraints.max_lease_adjusted_leverage,
    });
  }
  return covenants;
}

/**
 * The value a covenant compares, for arithmetic: unbounded coverage (no fixed
 * charges) is +Infinity, which meets any minimum. Net leverage with EBITDA' <= 0
 * is undefined (`null`); such a set is never allowed.
 */
export function covenantValue(name: FinancialCovenantName, proForma: ProForma): number | null {
  switch (name) {
    case 'max_net_leverage':
      return proForma.netLeverage;
    case 'min_fixed_charge_coverage':
      return proForma.fixedChargeCoverage ?? Number.POSITIVE_INFINITY;
    case 'max_lease_adjusted_leverage':
      return proForma.leaseAdjustedLeverage;
  }
}

/**
 * Whether `value` meets `limit` in `direction`, allowing a relative tolerance so
 * that a covenant met exactly (up to rounding) holds. `null` (undefined ratio) never holds.
 */
export function meetsLimit(value: number | null, limit: number, direction: 'max' | 'min', tolerance: number): boolean {
  if (value === null) return false;
  const slack = tolerance * Math.abs(limit);
  return direction === 'max' ? value <= limit + slack : value >= limit - slack;
}

/**
 * Whether moving from `before` to `after` makes a covenant worse (leverage up,
 * coverage down) by more than the relative tolerance.
 */
export function isWorse(after: number | null, before: number | null, direction: 'max' | 'min', tolerance: number): boolean {
  if (after === null) return true;
  if (before === null) return false;
  if (after === before) return false;
  if (!Number.isFinite(before)) return direction === 'min' ? after < before : after > before;
  const slack = tolerance * Math.abs(before);
  return direction === 'max' ? after > before + slack : after < before - slack;
}

// Labels, units, directions and formats of every covenant have one home: the domain's covenant table.
export { covenantLabel, formatCovenantLimit, formatCovenantValue } from '@leaseback/domain';
