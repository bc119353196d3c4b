import {
  ProgramOutcomeSchema,
  SelectorSpecSchema,
  type ProgramOutcome,
  type SelectorSpec,
  type SelectorSpecInput,
} from '@leaseback/domain';

/** A spec with the covenants every test uses unless it says otherwise. */
export function specFixture(overrides: Partial<SelectorSpecInput> = {}): SelectorSpec {
  return SelectorSpecSchema.parse({
    program_type: 'slb',
    target_amount: 100_000_000,
    hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 },
    ...overrides,
  });
}

/** The company before the program: net leverage 3.00x, coverage 4.57x. */
export const METRICS_BEFORE = {
  net_leverage: 3,
  fixed_charge_coverage: 4.565,
  lease_adjusted_leverage: 3.238,
  ebitda: 100_000_000,
  ebitdar: 105_000_000,
  net_debt: 300_000_000,
  interest_expense: 18_000_000,
  rent_expense: 5_000_000,
};

/**
 * An infeasible outcome: $60M raised against $100M, net leverage binding,
 * three assets excluded (two for criticality, one for leaseability).
 */
export function infeasibleOutcome(overrides: Partial<ProgramOutcome> = {}): ProgramOutcome {
  return ProgramOutcomeSchema.parse({
    status: 'infeasible',
    strategy: 'greedy',
    selected_asset_ids: ['WH-01', 'WH-02'],
    proceeds: 60_000_000,
    shortfall: 40_000_000,
    target_amount: 100_000_000,
    metrics_before: METRICS_BEFORE,
    metrics_after: { ...METRICS_BEFORE, net_leverage: 2.85, fixed_charge_coverage: 3.9, ebitda: 91_000_000, net_debt: 240_000_000 },
    constraint_checks: [
      { name: 'max_net_leverage', limit: 3.5, before: 3, after: 2.85, passed: true, binding: true },
      { name: 'min_fixed_charge_coverage', limit: 1.5, before: 4.565, after: 3.9, passed: true, binding: false },
    ],
    excluded_assets: [
      { asset_id: 'HQ-01', reason: 'criticality', detail: 'criticality 0.95 > max 0.7' },
      { asset_id: 'PL-01', reason: 'criticality', detail: 'criticality 0.8 > max 0.7' },
      { asset_id: 'LAB-01', reason: 'leaseability', detail: 'leaseability 0.3 < min 0.5' },
    ],
    reasons: [
      { code: 'target_shortfall', message: 'proceeds $60M fall short of the $100M target by $40M', amount: 40_000_000 },
      { code: 'covenant_binding', message: 'net leverage would exceed 3.50x with DC-01', constraint: 'max_net_leverage' },
    ],
    explanation_nodes: [],
    ...overrides,
  });
}

/** An ok outcome: $52.3M raised against $50M from two assets, nothing binding. */
export function okOutcome(overrides: Partial<ProgramOutcome> = {}): ProgramOutcome {
  return ProgramOutcomeSchema.parse({
    status: 'ok',
    strategy: 'greedy',
    selected_asset_ids: ['DAL-02', 'ATL-01'],
    proceeds: 52_300_000,
    shortfall: 0,
    target_amount: 50_000_000,
    metrics_before: METRICS_BEFORE,
    metrics_after: { ...METRICS_BEFORE, net_leverage: 2.5177, fixed_charge_coverage: 4.4356 },
    constraint_checks: [
      { name: 'max_net_leverage', limit: 3.5, before: 3, after: 2.5177, passed: true, binding: false },
      { name: 'min_fixed_charge_coverage', limit: 1.5, before: 4.5652, after: 4.4356, passed: true, binding: false },
    ],
    excluded_assets: [],
    reasons: [],
    explanation_nodes: [],
    ...overrides,
  });
}
