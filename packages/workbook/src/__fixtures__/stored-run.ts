import { RunRecordSchema, type RunRecord, type ScenarioComparisonRow, type ScenarioSetResult } from '@leaseback/domain';
import { EXAMPLE_PORTFOLIO } from './example-portfolio.js';

const spec = {
  program_type: 'slb',
  target_amount: 150e6,
  floor_amount: 120e6,
  hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 2 },
  asset_filters: {},
  strategy: 'greedy',
} as const;

const entry = (fields: Record<string, unknown>) => ({
  timestamp: '2026-01-31T14:05:09.000Z',
  spec: null,
  outcome: null,
  policy_status: null,
  violations: [],
  llm_call: null,
  message: null,
  error: null,
  ...fields,
});

const nodes = [
  { kind: 'asset_selected', asset_id: 'COL-02', constraint: null, message: 'Selected COL-02', values: { cash: 21_000_000 } },
  { kind: 'asset_selected', asset_id: 'IE-02', constraint: null, message: 'Selected IE-02', values: { cash: 54_300_000 } },
];

/** A completed run over the example portfolio, as the store keeps it. */
export const STORED_RUN: RunRecord = RunRecordSchema.parse({
  run_id: 'run-3f0c',
  fund_id: 'fund-a',
  program_description: 'Raise $150M from <warehouses> & DCs',
  status: 'completed',
  created_at: '2026-01-31T14:05:09.000Z',
  scenario_set_id: null,
  scenario_kind: null,
  scenario_label: null,
  error: null,
  error_code: null,
  audit_trace: null,
  request: {
    assets: EXAMPLE_PORTFOLIO.assets,
    corporate_state: EXAMPLE_PORTFOLIO.corporate_state,
    program_description: 'Raise $150M from <warehouses> & DCs',
  },
  response: {
    spec,
    outcome: {
      status: 'ok',
      strategy: 'greedy',
      selected_asset_ids: ['COL-02', 'IE-02'],
      proceeds: 75_300_000,
      shortfall: 0,
      target_amount: 150e6,
      metrics_before: null,
      metrics_after: null,
      constraint_checks: [
        { name: 'max_net_leverage', limit: 3.5, before: 3, after: 2.64, passed: true, binding: false, note: null },
        { name: 'min_fixed_charge_coverage', limit: 2, before: 4.29, after: 4.27, passed: true, binding: true, note: null },
      ],
      excluded_assets: [{ asset_id: 'DAL-01', reason: 'criticality', detail: 'criticality 0.95 > max 0.7' }],
      reasons: [],
      explanation_nodes: nodes,
      solver: null,
      capacity: null,
    },
    explanation: { summary: 'The program raises $75.3M from 2 warehouses; coverage binds.', nodes },
    audit_trace: {
      entries: [
        entry({ step: 'spec_generated', iteration: 0, spec, message: 'read the brief' }),
        entry({
          step: 'engine_run',
          iteration: 1,
          spec,
          outcome: {
            status: 'ok',
            proceeds: 75_300_000,
            shortfall: 0,
            target_amount: 150e6,
            selected_asset_ids: ['COL-02', 'IE-02'],
            binding_constraints: [],
          },
        }),
        entry({ step: 'explanation', iteration: 1, message: 'summary written' }),
      ],
    },
  },
});

/**
 * The same run as a newer response carries it: `notices` on the response and an
 * `economics` block on the outcome (fields the export reads when present).
 */
export const STORED_RUN_WITH_NOTICES: RunRecord = {
  ...STORED_RUN,
  response: {
    ...STORED_RUN.response!,
    outcome: {
      ...STORED_RUN.response!.outcome,
      economics: { gross_price: 80_000_000, rent_added: 4_700_000, implied_yield: 0.0588 },
    } as unknown as NonNullable<RunRecord['response']>['outcome'],
    notices: [
      { code: 'assumed_floor', message: 'No floor was given; assumed 80% of the target.' },
      { code: 'unrecognized_phrase', message: 'Did not understand "<b>green only</b>".' },
    ],
  } as unknown as NonNullable<RunRecord['response']>,
};

const row = (label: string, kind: ScenarioComparisonRow['kind'], proceeds: number): ScenarioComparisonRow => ({
  run_id: `run-${label}`,
  label,
  kind,
  run_status: 'completed',
  outcome_status: 'ok',
  target_amount: 150e6,
  proceeds,
  shortfall: 0,
  net_leverage_after: 2.64,
  fixed_charge_coverage_after: 4.27,
  assets_sold: 2,
  implied_cost_of_capital: null,
  spread_to_cost_of_debt: null,
  npv_cost: null,
  annual_rent_added: null,
  net_leverage_after_us_gaap: null,
  net_leverage_after_ifrs16: null,
  error: null,
  notices: [],
});

/** A stored set of two scenarios over the run above, with its comparison. */
export const STORED_SET: ScenarioSetResult & { comparison: ScenarioComparisonRow[] } = {
  scenario_set: {
    id: 'set-9a1b',
    brief: 'Raise $150M',
    created_at: '2026-01-31T14:05:09.000Z',
    run_ids: ['run-Base', 'run-Risk off'],
    fund_id: null,
  },
  runs: [
    { ...STORED_RUN, run_id: 'run-Base', scenario_set_id: 'set-9a1b', scenario_kind: 'base', scenario_label: 'Base' },
    { ...STORED_RUN, run_id: 'run-Risk off', scenario_set_id: 'set-9a1b', scenario_kind: 'risk_off', scenario_label: 'Risk off' },
  ],
  comparison: [row('Base', 'base', 75_300_000), row('Risk off', 'risk_off', 60_000_000)],
};
