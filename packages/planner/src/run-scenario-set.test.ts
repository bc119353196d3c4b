import { describe, expect, it } from 'vitest';
import { LlmError, type LlmClient } from '@leaseback/llm';
import { createTestLlmClient } from '@leaseback/llm/testing';
import type { ScenarioDefinition, SelectorSpec } from '@leaseback/domain';
import { buildScenarioRequest } from './build-scenario-request.js';
import { compareScenarioSet } from './compare-scenario-set.js';
import { runScenarioSet } from './run-scenario-set.js';
import { ScenarioDefinitionsError } from './planner-error.js';
import { feasibleSpec, smallRequest } from './__fixtures__/portfolio.js';

const definitions: ScenarioDefinition[] = [
  { label: 'Base', kind: 'base', rationale: 'as asked', target_amount: 100 },
  { label: 'Risk-off', kind: 'risk_off', rationale: 'smaller, tighter', target_amount: 50, max_leverage: 3, min_coverage: 2 },
  { label: 'Aggressive', kind: 'aggressive', rationale: 'larger', target_amount: 200, max_criticality: 0.9 },
];

function sequentialIds() {
  let next = 0;
  return () => `id-${++next}`;
}

describe('buildScenarioRequest', () => {
  it('never touches assets or corporate state and appends the label', () => {
    const before = structuredClone(smallRequest);
    const request = buildScenarioRequest(smallRequest, definitions[1] as ScenarioDefinition);
    expect(smallRequest).toEqual(before);
    expect(request.assets).toBe(smallRequest.assets);
    expect(request.corporate_state).toBe(smallRequest.corporate_state);
    expect(request.program_description).toBe(`${smallRequest.program_description} [Risk-off]`);
  });

  it('sets floor = target for base and 0.9 x target for variants', () => {
    expect(buildScenarioRequest(smallRequest, definitions[0] as ScenarioDefinition)).toMatchObject({
      target_override: 100,
      floor_override: 100,
    });
    const variant = buildScenarioRequest(smallRequest, definitions[1] as ScenarioDefinition);
    expect(variant.target_override).toBe(50);
    expect(variant.floor_override).toBeCloseTo(45, 12);
    expect(variant.max_leverage_override).toBe(3);
    expect(variant.min_coverage_override).toBe(2);
  });

  it('passes the v1+ filter overrides through', () => {
    const request = buildScenarioRequest(smallRequest, {
      label: 'Geo',
      kind: 'geo_focus',
      rationale: 'no Atlanta',
      target_amount: 60,
      exclude_markets: ['Atlanta'],
      min_leaseability: 0.5,
    });
    expect(request.exclude_markets_override).toEqual(['Atlanta']);
    expect(request.min_leaseability_override).toBe(0.5);
    expect(request.max_criticality_override).toBeUndefined();
  });
});

describe('runScenarioSet', () => {
  const spec = (target: number): SelectorSpec => ({ ...feasibleSpec, target_amount: target });

  it('runs every definition and returns runs in definition order with scenario metadata', async () => {
    const llm = createTestLlmClient({
      generateScenarioDefinitions: definitions,
      generateSelectorSpec: spec(100),
      reviseSelectorSpec: (current: SelectorSpec) => current,
      generateExplanationSummary: 'summary',
    });
    const result = await runScenarioSet('raise 100', smallRequest, {
      llm,
      numScenarios: 3,
      fundId: 'fund-a',
      newId: sequentialIds(),
      now: () => new Date('2026-05-01T00:00:00.000Z'),
    });
    expect(result.scenario_set).toEqual({
      id: 'id-1',
      brief: 'raise 100',
      created_at: '2026-05-01T00:00:00.000Z',
      run_ids: ['id-2', 'id-3', 'id-4'],
      fund_id: 'fund-a',
    });
    expect(result.runs.map((run) => [run.run_id, run.scenario_kind, run.scenario_label, run.scenario_set_id, run.fund_id])).toEqual([
      ['id-2', 'base', 'Base', 'id-1', 'fund-a'],
      ['id-3', 'risk_off', 'Risk-off', 'id-1', 'fund-a'],
      ['id-4', 'aggressive', 'Aggressive', 'id-1', 'fund-a'],
    ]);
    // Each run keeps the request it answered, with its scenario's overrides.
    expect(result.runs.map((run) => run.request?.target_override)).toEqual([100, 50, 200]);
    expect(result.runs[1]?.request?.assets).toBe(smallRequest.assets);
    // Each run's spec carries its scenario's target and floor.
    const specs = result.runs.map((run) => run.response?.spec);
    expect(specs.map((entry) => entry?.target_amount)).toEqual([100, 50, 200]);
    expect(specs[0]?.floor_amount).toBe(100);
    expect(specs[1]?.floor_amount).toBeCloseTo(45, 12);
    expect(specs[1]?.hard_constraints).toEqual({ max_net_leverage: 3, min_fixed_charge_coverage: 2 });
    expect(llm.calls.filter((call) => call.method === 'generateScenarioDefinitions')).toHaveLength(1);
    // The brief is read once for the whole set, and each run's trace records that reading.
    expect(llm.calls.filter((call) => call.method === 'generateSelectorSpec')).toHaveLength(1);
    expect(result.runs.every((run) => run.response?.audit_trace.entries[0]?.llm_call?.method === 'generateSelectorSpec')).toBe(true);

    const table = compareScenarioSet(result.runs);
    expect(table.map((row) => [row.label, row.outcome_status, row.target_amount, row.assets_sold])).toEqual([
      ['Base', 'ok', 100, 2],
      ['Risk-off', 'ok', 50, 1],
      // max_criticality 0.9 lets the plant in, and all three together still fall short of 200.
      ['Aggressive', 'infeasible', 200, 3],
    ]);
  });

  it('keeps going when one run fails, recording it as failed', async () => {
    const llm = createTestLlmClient({
      generateScenarioDefinitions: definitions,
      generateSelectorSpec: spec(100),
      reviseSelectorSpec: (current: SelectorSpec) => current,
      generateExplanationSummary: ['summary', new LlmError('llm_rate_limited', 'slow down', { provider: 'test' }), 'summary'],
    });
    const result = await runScenarioSet('raise 100', smallRequest, { llm, newId: sequentialIds(), config: { scenario_concurrency: 1 } });
    expect(result.runs.map((run) => run.status)).toEqual(['completed', 'failed', 'completed']);
    const failed = result.runs[1];
    expect(failed?.error_code).toBe('llm_rate_limited');
    expect(failed?.error).toBe('slow down');
    expect(failed?.response).toBeNull();
    expect(failed?.audit_trace?.entries.map((entry) => entry.step)).toEqual(['spec_generated', 'engine_run', 'run_failed']);
    expect(compareScenarioSet(result.runs)[1]).toMatchObject({ run_status: 'failed', proceeds: null, error: 'slow down' });
  });

  it('fails the whole set with a clear error when definitions cannot be generated', async () => {
    const llm = createTestLlmClient({ generateScenarioDefinitions: new LlmError('llm_unavailable', 'down', { provider: 'test' }) });
    await expect(runScenarioSet('x', smallRequest, { llm })).rejects.toSatisfy(
      (error: unknown) =>
        error instanceof ScenarioDefinitionsError &&
        error.code === 'scenario_definitions_unavailable' &&
        /llm_unavailable/.test(error.message),
    );
  });

  it('fails the set when the definitions are invalid (base not first)', async () => {
    const double = createTestLlmClient({ generateSelectorSpec: spec(100) });
    // The test double only answers schema-valid lists, so the invalid one comes from a hand-written client.
    const llm: LlmClient = {
      ...double,
      provider: 'test',
      generateSelectorSpec: double.generateSelectorSpec.bind(double),
      generateScenarioDefinitions: async () => ({
        value: [definitions[1], definitions[0]] as ScenarioDefinition[],
        metadata: {
          provider: 'test',
          model: 'm',
          latency_ms: 0,
          usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
          attempts: 1,
          raw_output: null,
          unrecognized: [],
          assumptions: [],
        },
      }),
    };
    await expect(runScenarioSet('x', smallRequest, { llm, numScenarios: 2 })).rejects.toThrow(
      /the scenario definitions are invalid: scenarios\[0\]\.kind: the first scenario must be kind "base"/,
    );
  });

  it('respects the concurrency limit', async () => {
    let inFlight = 0;
    let peak = 0;
    const five: ScenarioDefinition[] = [
      { label: 'Base', kind: 'base', rationale: 'r', target_amount: 100 },
      ...[1, 2, 3, 4].map((index) => ({ label: `V${index}`, kind: 'custom' as const, rationale: 'r', target_amount: 100 })),
    ];
    const llm = createTestLlmClient({
      generateScenarioDefinitions: five,
      generateSelectorSpec: spec(100),
      generateExplanationSummary: async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight -= 1;
        return 'summary';
      },
    });
    const result = await runScenarioSet('x', smallRequest, { llm, numScenarios: 5, config: { scenario_concurrency: 2 } });
    expect(result.runs).toHaveLength(5);
    expect(peak).toBe(2);
  });
});

describe('runScenarioSet when the brief cannot be read', () => {
  it('records every run as failed with the reading error, and still returns the set', async () => {
    const llm = createTestLlmClient({
      generateScenarioDefinitions: definitions,
      generateSelectorSpec: new LlmError('llm_truncated', 'cut off', { provider: 'test' }),
    });
    const result = await runScenarioSet('x', smallRequest, { llm });
    expect(result.runs.map((run) => [run.status, run.error_code])).toEqual([
      ['failed', 'llm_truncated'],
      ['failed', 'llm_truncated'],
      ['failed', 'llm_truncated'],
    ]);
  });
});

describe('runScenarioSet with custom what-ifs', () => {
  it('runs them after the base case in place of the last generated variants, labels kept unique', async () => {
    const llm = createTestLlmClient({
      generateScenarioDefinitions: definitions,
      generateSelectorSpec: { ...feasibleSpec, target_amount: 100 },
      reviseSelectorSpec: (current: SelectorSpec) => current,
      generateExplanationSummary: 'summary',
    });
    const custom: ScenarioDefinition[] = [
      { label: 'Target 120', kind: 'custom', rationale: 'asked for', target_amount: 120 },
      { label: 'Base', kind: 'custom', rationale: 'asked for, same name as the base', target_amount: 100, exclude_markets: ['Dallas'] },
    ];
    const result = await runScenarioSet('raise 100', smallRequest, {
      llm,
      numScenarios: 3,
      customDefinitions: custom,
      newId: sequentialIds(),
    });
    expect(result.definitions.map((definition) => [definition.kind, definition.label])).toEqual([
      ['base', 'Base'],
      ['custom', 'Target 120'],
      ['custom', 'Base (2)'],
    ]);
    expect(result.runs.map((run) => run.scenario_label)).toEqual(['Base', 'Target 120', 'Base (2)']);
    expect(result.runs[2]?.request?.exclude_markets_override).toEqual(['Dallas']);
    expect(result.runs[1]?.request?.target_override).toBe(120);
  });
});
