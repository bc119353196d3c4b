import type { ProgramRequest, ScenarioDefinition } from '@leaseback/domain';

/** Share of a variant's target its revision loop may fall to. */
export const VARIANT_FLOOR_FRACTION = 0.9;

const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/**
 * Turns one what-if definition into a program request on the same portfolio.
 * Assets and corporate state are shared, never modified; the label is appended
 * to the description. The base scenario's floor is its target (it runs once,
 * no revision: "can we raise exactly this?"); a variant's floor is 90 % of its
 * target so its loop may explore. Overrides are held to the seed's bounds
 * (leverage in (0, 10), coverage in (0, 20), filters in [0, 1], floor <= target).
 */
export function buildScenarioRequest(base: ProgramRequest, definition: ScenarioDefinition): ProgramRequest {
  const target = definition.target_amount;
  const floor = definition.kind === 'base' ? target : target * VARIANT_FLOOR_FRACTION;
  const request: ProgramRequest = {
    ...base,
    program_description: `${base.program_description} [${definition.label}]`,
    target_override: target,
    floor_override: Math.min(floor, target),
  };
  if (definition.max_leverage !== null && definition.max_leverage !== undefined)
    request.max_leverage_override = clamp(definition.max_leverage, Number.EPSILON, 10 - 1e-9);
  if (definition.min_coverage !== null && definition.min_coverage !== undefined)
    request.min_coverage_override = clamp(definition.min_coverage, Number.EPSILON, 20 - 1e-9);
  if (definition.max_criticality !== null && definition.max_criticality !== undefined)
    request.max_criticality_override = clamp(definition.max_criticality, 0, 1);
  if (definition.min_leaseability !== null && definition.min_leaseability !== undefined)
    request.min_leaseability_override = clamp(definition.min_leaseability, 0, 1);
  if (definition.exclude_markets && definition.exclude_markets.length > 0)
    request.exclude_markets_override = [...(base.exclude_markets_override ?? []), ...definition.exclude_markets];
  // A scenario's lease terms (a "short leases" what-if) apply to every sale in it.
  if (definition.lease_term_years !== null && definition.lease_term_years !== undefined)
    request.lease_term_override = definition.lease_term_years;
  if (definition.rent_escalator !== null && definition.rent_escalator !== undefined)
    request.rent_escalator_override = definition.rent_escalator;
  return request;
}
