import { InvalidInputError, type Notice, type ProgramRequest, type SelectorSpec } from '@leaseback/domain';
import { floorNotice } from './plan-notices.js';
import { formatMoney } from '@leaseback/engine';
import { copyPlainData } from './copy-plain-data.js';

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
export function applyRequestOverrides(inferred: SelectorSpec, request: ProgramRequest, defaultFloorFraction: number): OverriddenSpec {
  const spec: SelectorSpec = copyPlainData(inferred);
  const notes: string[] = [];
  const notices: Notice[] = [];
  const set = <T>(value: T | null | undefined, apply: (value: T) => void, note: (value: T) => string): void => {
    if (value === null || value === undefined) return;
    apply(value);
    notes.push(note(value));
  };

  set(
    request.target_override,
    (value) => (spec.target_amount = value),
    (value) => `target_amount set to ${value} by the request`,
  );
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
      for (const market of markets) if (!merged.some((existing) => existing.toLowerCase() === market.toLowerCase())) merged.push(market);
      spec.asset_filters.exclude_markets = merged;
    },
    (markets) => `exclude_markets extended with ${markets.join(', ')} by the request`,
  );
  set(
    request.strategy,
    (value) => (spec.strategy = value),
    (value) => `strategy set to ${value} by the request`,
  );
  set(
    request.objective,
    (value) => (spec.objective = value),
    (value) => `objective set to ${value} by the request`,
  );
  const terms = (): NonNullable<SelectorSpec['program_terms']> => (spec.program_terms ??= {});
  set(
    request.lease_term_override,
    (value) => (terms().lease_term_years = value),
    (value) => `lease_term_years set to ${value} for every sale by the request`,
  );
  set(
    request.rent_escalator_override,
    (value) => (terms().rent_escalator = value),
    (value) => `rent_escalator set to ${value} for every sale by the request`,
  );
  set(
    request.accounting_basis_override,
    (value) => (terms().accounting_basis = value),
    (value) => `accounting_basis set to ${value} by the request`,
  );
  set(
    request.tax_rate_override,
    (value) => (terms().tax_rate = value),
    (value) => `tax_rate set to ${value} by the request`,
  );
  notes.push(...reconcileObjective(spec, request));

  if (request.floor_override !== null && request.floor_override !== undefined) {
    if (request.floor_override > spec.target_amount) {
      // The caller said both figures (or the floor against the brief's target): guessing which one they meant is worse than asking.
      throw new InvalidInputError([
        {
          path: 'request.floor_override',
          message: `the floor ${formatMoney(request.floor_override)} is above the target ${formatMoney(spec.target_amount)}; a floor must be at most the target`,
        },
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

/**
 * `min_npv_cost` needs the exact strategy. A request that names the greedy
 * strategy explicitly wins over an objective read from the brief (the
 * objective falls back to `min_proceeds`); otherwise the objective brings the
 * exact strategy with it. (A request naming both is refused when validated.)
 */
export function reconcileObjective(spec: SelectorSpec, request: Pick<ProgramRequest, 'strategy'>): string[] {
  if (spec.objective !== 'min_npv_cost' || spec.strategy === 'exact') return [];
  if (request.strategy === 'greedy') {
    spec.objective = 'min_proceeds';
    return ['objective min_npv_cost needs the exact strategy; the request asks for greedy, so the objective is min_proceeds'];
  }
  spec.strategy = 'exact';
  return ['strategy set to exact: the objective min_npv_cost needs it'];
}
