import type { JsonValue, ProgramRequest, ProgramResponse, RunRecord, ScenarioKind, ScenarioSetSummary } from '@leaseback/domain';

/** A realistic completed response: two assets sold under two covenants, one LLM call recorded. */
export function buildResponse(rawOutput: unknown = null): ProgramResponse {
  const spec = {
    program_type: 'slb' as const,
    target_amount: 50_000_000,
    floor_amount: 40_000_000,
    hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 },
    asset_filters: { max_criticality: 0.7, exclude_markets: ['Detroit'] },
    strategy: 'greedy' as const,
  };
  const metrics = (netDebt: number, rent: number) => ({
    net_leverage: netDebt / 100_000_000,
    fixed_charge_coverage: 130_000_000 / (20_000_000 + rent),
    lease_adjusted_leverage: null,
    ebitda: 100_000_000,
    ebitdar: 130_000_000,
    net_debt: netDebt,
    interest_expense: 20_000_000,
    rent_expense: rent,
    ratio_notes: { lease_adjusted_leverage: 'not requested' },
  });
  return {
    spec,
    outcome: {
      status: 'ok',
      strategy: 'greedy',
      selected_asset_ids: ['dc-dallas-1', 'office-austin-2'],
      proceeds: 52_400_000,
      shortfall: 0,
      target_amount: 50_000_000,
      metrics_before: metrics(380_000_000, 30_000_000),
      metrics_after: metrics(327_600_000, 33_500_000),
      constraint_checks: [
        { name: 'max_net_leverage', limit: 3.5, before: 3.8, after: 3.276, passed: true, binding: false, note: null },
        { name: 'min_fixed_charge_coverage', limit: 1.5, before: 2.6, after: 2.43, passed: true, binding: true, note: null },
      ],
      excluded_assets: [{ asset_id: 'plant-detroit-3', reason: 'market_excluded', detail: 'market Detroit is excluded' }],
      reasons: [],
      explanation_nodes: [
        {
          kind: 'asset_selected',
          asset_id: 'dc-dallas-1',
          constraint: null,
          message: 'Selected dc-dallas-1: $31.0M at a 6.5% cap rate',
          values: { proceeds: 31_000_000, cap_rate: 0.065, market: 'Dallas' },
        },
        {
          kind: 'target_met',
          asset_id: null,
          constraint: null,
          message: 'Raised $52.4M against a $50.0M target',
          values: { proceeds: 52_400_000, target: 50_000_000, note: null },
        },
      ],
      solver: null,
      capacity: null,
      // A service writes complete typed records (defaults applied): the store keeps them as written.
      economics: null,
    },
    audit_trace: {
      entries: [
        {
          step: 'spec_generated',
          timestamp: '2021-03-04T05:06:07.089Z',
          iteration: 0,
          spec,
          outcome: null,
          policy_status: null,
          violations: [],
          llm_call: {
            method: 'generateSelectorSpec',
            provider: 'offline',
            model: 'offline-v1',
            latency_ms: 1.25,
            usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
            attempts: 1,
            raw_output: (rawOutput ?? { target_amount: 50_000_000 }) as JsonValue,
            unrecognized: ['by the end of Q3'],
            assumptions: ['strategy greedy'],
          },
          message: null,
          error: null,
        },
      ],
    },
    explanation: { summary: 'Sell two assets to raise $52.4M; coverage binds.', nodes: [] },
    notices: [],
  };
}

/** Options of `buildRun`. */
export interface BuildRunOptions {
  readonly runId: string;
  readonly fundId?: string | null;
  readonly createdAt?: string;
  readonly status?: 'completed' | 'failed';
  readonly scenarioSetId?: string | null;
  readonly scenarioKind?: ScenarioKind | null;
  readonly scenarioLabel?: string | null;
  readonly rawOutput?: unknown;
  readonly description?: string;
}

/** A valid run record: completed with a response, or failed with an error and a partial trace. */
export function buildRun(options: BuildRunOptions): RunRecord {
  const status = options.status ?? 'completed';
  const response = buildResponse(options.rawOutput ?? null);
  return {
    run_id: options.runId,
    fund_id: options.fundId === undefined ? 'fund-a' : options.fundId,
    program_description: options.description ?? 'Raise $50M from non-core warehouses; keep net leverage below 3.5x',
    status,
    created_at: options.createdAt ?? '2021-03-04T05:06:07.089Z',
    scenario_set_id: options.scenarioSetId ?? null,
    scenario_kind: options.scenarioKind ?? null,
    scenario_label: options.scenarioLabel ?? null,
    response: status === 'completed' ? response : null,
    error: status === 'failed' ? 'The language model was unavailable after 3 attempts' : null,
    error_code: status === 'failed' ? 'llm_unavailable' : null,
    audit_trace:
      status === 'failed'
        ? {
            entries: [
              {
                step: 'run_failed',
                timestamp: '2021-03-04T05:06:08.000Z',
                iteration: 0,
                spec: null,
                outcome: null,
                policy_status: null,
                violations: [],
                llm_call: null,
                message: 'generateSelectorSpec failed',
                error: { code: 'llm_unavailable', message: 'upstream 503' },
              },
            ],
          }
        : null,
    request: status === 'completed' ? buildRequest() : null,
  };
}

/** The request a completed fixture run answered: one asset, the brief, no overrides. */
export function buildRequest(description = 'Raise $50M from non-core warehouses; keep net leverage below 3.5x'): ProgramRequest {
  return {
    assets: [
      {
        asset_id: 'dc-dallas-1',
        name: 'Dallas DC',
        asset_type: 'distribution_center',
        market: 'Dallas',
        market_rent: 2_015_000,
        cap_rate: 0.065,
        book_value: 18_000_000,
        criticality: 0.3,
        leaseability: 0.8,
        mortgage_balance: 0,
      },
    ],
    corporate_state: {
      ebitda: 100_000_000,
      net_debt: 300_000_000,
      interest_expense: 18_000_000,
      rent_expense: 5_000_000,
      debt_paydown_share: 1,
      transaction_cost_rate: 0.02,
      lease_adjustment_multiple: 8,
    },
    program_type: 'slb',
    program_description: description,
    fund_id: 'fund-a',
  };
}

/** A scenario set of `count` runs (base first) with the matching summary. */
export function buildScenarioSet(options: {
  readonly id: string;
  readonly fundId: string | null;
  readonly createdAt?: string;
  readonly runIds: readonly string[];
}): { summary: ScenarioSetSummary; runs: RunRecord[] } {
  const createdAt = options.createdAt ?? '2022-01-01T00:00:00.000Z';
  const kinds: ScenarioKind[] = ['base', 'risk_off', 'aggressive', 'geo_focus', 'custom'];
  const runs = options.runIds.map((runId, index) =>
    buildRun({
      runId,
      fundId: options.fundId,
      createdAt,
      scenarioSetId: options.id,
      scenarioKind: kinds[index % kinds.length] ?? 'custom',
      scenarioLabel: `Scenario ${index + 1}`,
    }),
  );
  return {
    summary: {
      id: options.id,
      brief: 'Raise $50M; compare a cautious and an aggressive plan',
      created_at: createdAt,
      run_ids: [...options.runIds],
      fund_id: options.fundId,
    },
    runs,
  };
}

/** The same value with every object's keys in reverse order (arrays keep their order). */
export function reverseKeys<Value>(value: Value): Value {
  if (Array.isArray(value)) return value.map((item: unknown) => reverseKeys(item)) as Value;
  if (value !== null && typeof value === 'object') {
    const reversed: Record<string, unknown> = {};
    for (const key of Object.keys(value).reverse()) reversed[key] = reverseKeys((value as Record<string, unknown>)[key]);
    return reversed as Value;
  }
  return value;
}
