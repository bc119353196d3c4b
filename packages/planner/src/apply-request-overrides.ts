import { InvalidInputError, type Notice, type ProgramRequest, type SelectorSpec } from '@leaseback/domain';
import { floorNotice } from './plan-notices.js';
import { formatMoney } from '@leaseback/engine';

/** The spec after caller overrides, and a plain-English note of each override applied. */
export interface OverriddenSpec {
  readonly spec: SelectorSpec;
  readonly notes: readonly string[];
  /** The floor defaulted, or a brief's floor above the target capped. */
  readonly notices: readonly Notice[];
}

/**
 * Applies the caller's overrides over the spec read from the brief: they win over
 * what the model inferred and become the original constraints the revision
 * policy holds the loop to. Also fixes the floor (default `defaultFloorFraction`
 * of the target, with a notice) so that every later step sees the same one. A
 * floor override above the target is bad input (`request.floor_override`); a
 * floor read from the brief above its target is capped at the target, with a notice.
 */
export function applyRequestOverrides(
  inferred: SelectorSpec,
  request: ProgramRequest,
  defaultFloorFraction: number,
): OverriddenSpec {
  const spec: SelectorSpec = structuredClone(inferred);
  const notes: string[] = [];
  const notices: Notice[] = [];
  const set = <T>(value: T | null | undefined, apply: (value: T) => void, note: (value: T) => string): void => {
    if (value === null || value === undefined) return;
    apply(value);
    notes.push(note(value));
  };

  set(request.target_override, (value) => (spec.target_amount = value), (value) => `target_amount set to ${value} by the request`);
  set(
    request.max_leverage_override,
    (value) => (spec.hard_constraints.max_net_leverage = value),
    (value) => `max_net_leverage set to ${value} by the request`,
  );
  set(
    request.min_coverage_override,
    (value) => (spec.hard_constraints.min_fixed_charge_coverage = value),
    (value) => `min_fixed_charge_coverage set to ${value} by the request`,
  );
  set(
    request.max_criticality_override,
    (value) => (spec.asset_filters.max_criticality = value),
    (value) => `max_criticality set to ${value} by the request`,
  );
  set(
    request.min_leaseability_override,
    (value) => (spec.asset_filters.min_leaseability = value),
    (value) => `min_leaseability set to ${value} by the request`,
  );
  set(
    request.exclude_markets_override,
    (markets) => {
      // Union, case-insensitively: an override adds exclusions, it never re-admits a market the brief excluded.
      const merged = [...(spec.asset_filters.exclude_markets ?? [])];
      for (const market of markets)
        if (!merged.some((existing) => existing.toLowerCase() === market.toLowerCase())) merged.push(market);
      spec.asset_filters.exclude_markets = merged;
    },
    (markets) => `exclude_markets extended with ${markets.join(', ')} by the request`,
  );
  set(request.strategy, (value) => (spec.strategy = value), (value) => `strategy set to ${value} by the request`);

  if (request.floor_override !== null && request.floor_override !== undefined) {
    if (request.floor_override > spec.target_amount) {
      // The caller said both figures (or the floor against the brief's target): guessing which one they meant is worse than asking.
      throw new InvalidInputError([
        { path: 'request.floor_override', message: `the floor ${formatMoney(request.floor_override)} is above the target ${formatMoney(spec.target_amount)}; a floor must be at most the target` },
      ]);
    }
    spec.floor_amount = request.floor_override;
    notes.push(`floor_amount set to ${request.floor_override} by the request`);
  } else if (spec.floor_amount === undefined) {
    spec.floor_amount = spec.target_amount * defaultFloorFraction;
    notes.push(`floor_amount defaulted to ${Math.round(defaultFloorFraction * 100)} % of the target`);
    notices.push(floorNotice('defaulted', spec, { fraction: defaultFloorFraction }));
  }
  if (spec.floor_amount > spec.target_amount) {
    // A brief's floor above its target (or a target override below it) would forbid every revision and mean nothing; cap it and say so.
    notes.push(`floor_amount ${spec.floor_amount} capped at the target ${spec.target_amount}`);
    notices.push(floorNotice('capped', spec, { stated: spec.floor_amount }));
    spec.floor_amount = spec.target_amount;
  }
  return { spec, notes, notices };
}
