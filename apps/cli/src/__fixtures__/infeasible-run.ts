import { RunRecordSchema, type RunRecord, type SelectorSpec } from '@leaseback/domain';

const spec = (target: number, leaseability: number): SelectorSpec => ({
  program_type: 'slb',
  target_amount: target,
  floor_amount: 200e6,
  hard_constraints: { max_net_leverage: 3.25, min_fixed_charge_coverage: 1.8 },
  asset_filters: { min_leaseability: leaseability },
  strategy: 'greedy',
});

const llmCall = (method: 'generateSelectorSpec' | 'reviseSelectorSpec' | 'generateExplanationSummary') => ({
  method,
  provider: 'offline',
  model: 'offline-parser-v1',
  latency_ms: 1,
  usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
  attempts: 1,
  raw_output: null,
  unrecognized: [],
  assumptions: [],
});

const outcome = {
  status: 'infeasible',
  strategy: 'greedy',
  selected_asset_ids: ['A-1', 'B-2'],
  proceeds: 180e6,
  shortfall: 45e6,
  target_amount: 225e6,
  metrics_before: null,
  metrics_after: null,
  constraint_checks: [
    { name: 'max_net_leverage', limit: 3.25, before: 3.4, after: 3.1, passed: true, binding: true, note: null },
    { name: 'max_market_share', limit: 0.4, before: null, after: 0.45, passed: false, binding: false, note: 'no sales before the program' },
  ],
  excluded_assets: [
    { asset_id: 'C-3', reason: 'leaseability', detail: 'leaseability 0.40 < min 0.60' },
    { asset_id: 'D-4', reason: 'leaseability', detail: 'leaseability 0.50 < min 0.60' },
    { asset_id: 'E-5', reason: 'underwater', detail: 'mortgage above net price' },
  ],
  reasons: [{ code: 'target_shortfall', message: 'Raised $180M of the $225M target.', constraint: null, amount: 45e6 }],
  // One grouped node, as the engine writes past a thousand steps: no asset's cash is in it.
  explanation_nodes: [
    {
      kind: 'asset_selected',
      asset_id: null,
      constraint: null,
      message: 'Selected 2 assets in rank order',
      values: { count: 2, running_total: 180e6, asset_ids: 'A-1,B-2' },
    },
  ],
  solver: null,
  capacity: { max_proceeds: 190e6, asset_ids: ['A-1', 'B-2', 'F-6'], proven_optimal: true },
  economics: {
    accounting_basis: 'us_gaap',
    annual_rent_added: 11e6,
    rent_coverage_after: 4.2,
    lease_liability_added: 120e6,
    implied_cost_of_capital: 0.071,
    npv_cost: 6e6,
    gain_on_sale: 40e6,
    tax_on_gain: 0,
    after_tax_proceeds: 180e6,
    cost_of_debt: 0.06,
    net_leverage_after_other_basis: 3.6,
    assets: [
      {
        asset_id: 'A-1',
        cash_proceeds: 100e6,
        lease_liability: 70e6,
        residual_value: 110e6,
        implied_cost: 0.07,
        npv_cost: 3e6,
        gain_on_sale: 25e6,
      },
      {
        asset_id: 'B-2',
        cash_proceeds: 80e6,
        lease_liability: 50e6,
        residual_value: 90e6,
        implied_cost: 0.072,
        npv_cost: 3e6,
        gain_on_sale: 15e6,
      },
    ],
  },
};

const entry = (fields: Record<string, unknown>) => ({
  timestamp: '2025-01-31T14:05:09.000Z',
  spec: null,
  outcome: null,
  policy_status: null,
  violations: [],
  llm_call: null,
  message: null,
  error: null,
  ...fields,
});

const snapshot = (target: number) => ({
  status: 'infeasible',
  proceeds: 180e6,
  shortfall: target - 180e6,
  target_amount: target,
  selected_asset_ids: ['A-1', 'B-2'],
  binding_constraints: ['max_net_leverage'],
});

/** A stored run whose program stayed infeasible after one revision (clamped by the policy). */
export const INFEASIBLE_RUN: RunRecord = RunRecordSchema.parse({
  run_id: 'run-1',
  fund_id: 'fund-a',
  program_description: 'We need $250 million',
  status: 'completed',
  created_at: '2025-01-31T14:05:09.000Z',
  scenario_set_id: null,
  scenario_kind: null,
  scenario_label: null,
  error: null,
  error_code: null,
  audit_trace: null,
  response: {
    spec: spec(225e6, 0.6),
    outcome,
    explanation: { summary: 'Status: infeasible. The program raises $180M against a target of $225M.', nodes: outcome.explanation_nodes },
    audit_trace: {
      entries: [
        entry({ step: 'spec_generated', iteration: 0, spec: spec(250e6, 0.7), llm_call: llmCall('generateSelectorSpec') }),
        entry({ step: 'engine_run', iteration: 1, spec: spec(250e6, 0.7), outcome: snapshot(250e6) }),
        entry({ step: 'revision_proposed', iteration: 1, spec: spec(150e6, 0.6), llm_call: llmCall('reviseSelectorSpec') }),
        entry({
          step: 'policy_applied',
          iteration: 1,
          spec: spec(225e6, 0.6),
          policy_status: 'clamped',
          violations: [
            {
              rule: 'target_step_exceeded',
              field: 'target_amount',
              proposed_value: 150e6,
              applied_value: 225e6,
              message: 'the target may fall at most 10% per iteration',
            },
          ],
        }),
        entry({ step: 'engine_run', iteration: 2, spec: spec(225e6, 0.6), outcome: snapshot(225e6) }),
        entry({ step: 'explanation', iteration: 2, llm_call: llmCall('generateExplanationSummary') }),
      ],
    },
  },
});

/** A stored run that failed when the provider could not be reached. */
export const FAILED_RUN: RunRecord = RunRecordSchema.parse({
  ...INFEASIBLE_RUN,
  run_id: 'run-2',
  status: 'failed',
  response: null,
  error: 'the provider did not answer',
  error_code: 'llm_unavailable',
  audit_trace: {
    entries: [
      entry({
        step: 'run_failed',
        iteration: 0,
        error: { code: 'llm_unavailable', message: 'the provider did not answer' },
        message: 'the provider did not answer',
      }),
    ],
  },
});
