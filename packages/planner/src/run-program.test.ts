import { describe, expect, it } from 'vitest';
import { LlmError, type LlmClient } from '@leaseback/llm';
import { createTestLlmClient } from '@leaseback/llm/testing';
import { ProgramResponseSchema, type SelectorSpec } from '@leaseback/domain';
import { runProgram } from './run-program.js';
import { feasibleSpec, infeasibleSpec, smallRequest } from './__fixtures__/portfolio.js';

const fixedClock = () => new Date('2026-01-02T03:04:05.000Z');

function completed(result: Awaited<ReturnType<typeof runProgram>>) {
  if (result.status !== 'completed') throw new Error(`expected completed, got ${JSON.stringify(result)}`);
  return result.response;
}

describe('runProgram', () => {
  it('stops after one engine run when the first spec is feasible', async () => {
    const llm = createTestLlmClient({ generateSelectorSpec: feasibleSpec, generateExplanationSummary: 'Sold A and B.' });
    const response = completed(await runProgram(smallRequest, { llm, now: fixedClock }));

    expect(ProgramResponseSchema.safeParse(response).success).toBe(true);
    expect(response.outcome.status).toBe('ok');
    expect(response.outcome.selected_asset_ids).toEqual(['A', 'B']);
    expect(response.explanation.summary).toBe('Sold A and B.');
    expect(response.audit_trace.entries.map((entry) => entry.step)).toEqual(['spec_generated', 'engine_run', 'explanation']);
    expect(llm.calls.map((call) => call.method)).toEqual(['generateSelectorSpec', 'generateExplanationSummary']);
    // The default floor is 80 % of the first target and is recorded in the spec.
    expect(response.spec.floor_amount).toBeCloseTo(80, 12);
    expect(response.audit_trace.entries.every((entry) => entry.timestamp === '2026-01-02T03:04:05.000Z')).toBe(true);
  });

  it('revises once when infeasible, then succeeds', async () => {
    const first: SelectorSpec = { ...feasibleSpec, target_amount: 120 };
    const llm = createTestLlmClient({
      generateSelectorSpec: first,
      reviseSelectorSpec: { ...first, target_amount: 100 },
      generateExplanationSummary: 'ok after revision',
    });
    const response = completed(await runProgram(smallRequest, { llm, now: fixedClock }));

    expect(response.outcome.status).toBe('ok');
    expect(response.spec.target_amount).toBe(100);
    const steps = response.audit_trace.entries.map((entry) => `${entry.step}@${entry.iteration}`);
    expect(steps).toEqual(['spec_generated@0', 'engine_run@1', 'revision_proposed@1', 'policy_applied@1', 'engine_run@2', 'explanation@2']);
    const policy = response.audit_trace.entries.find((entry) => entry.step === 'policy_applied');
    expect(policy?.policy_status).toBe('accepted');
    const firstRun = response.audit_trace.entries[1];
    expect(firstRun?.outcome?.status).toBe('infeasible');
    expect(firstRun?.outcome?.shortfall).toBeCloseTo(120 - 117.6, 9);
    // The reviser is told the original spec, the iteration and the policy bounds.
    const reviseCall = llm.calls.find((call) => call.method === 'reviseSelectorSpec');
    const context = reviseCall?.arguments[2] as { iteration: number; max_iterations: number; original: SelectorSpec };
    expect(context.iteration).toBe(1);
    expect(context.max_iterations).toBe(5);
    expect(context.original.target_amount).toBe(120);
  });

  it('clamps a proposal that relaxes a covenant and records the violation', async () => {
    const first: SelectorSpec = { ...feasibleSpec, target_amount: 120 };
    const llm = createTestLlmClient({
      generateSelectorSpec: first,
      reviseSelectorSpec: { ...first, target_amount: 100, hard_constraints: { max_net_leverage: 6, min_fixed_charge_coverage: 1 } },
      generateExplanationSummary: 'clamped',
    });
    const response = completed(await runProgram(smallRequest, { llm, now: fixedClock }));

    const policy = response.audit_trace.entries.find((entry) => entry.step === 'policy_applied');
    expect(policy?.policy_status).toBe('clamped');
    expect(policy?.violations.map((violation) => [violation.rule, violation.field, violation.applied_value])).toEqual([
      ['hard_constraint_relaxed', 'hard_constraints.max_net_leverage', 3.5],
      ['hard_constraint_relaxed', 'hard_constraints.min_fixed_charge_coverage', 1.5],
    ]);
    expect(response.spec.hard_constraints).toEqual({ max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 });
    expect(response.spec.target_amount).toBe(100);
  });

  it('stops with the last outcome when a proposal changes program_type (invalid)', async () => {
    const double = createTestLlmClient({ generateSelectorSpec: infeasibleSpec, generateExplanationSummary: 'stopped' });
    // The test double only answers schema-valid specs, so the out-of-schema proposal comes from a hand-written client.
    const llm: LlmClient = {
      ...double,
      provider: 'test',
      generateSelectorSpec: double.generateSelectorSpec.bind(double),
      generateExplanationSummary: double.generateExplanationSummary.bind(double),
      reviseSelectorSpec: async () => ({
        value: { ...infeasibleSpec, program_type: 'ipo' } as unknown as SelectorSpec,
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
    const response = completed(await runProgram(smallRequest, { llm, now: fixedClock }));
    expect(response.audit_trace.entries.map((entry) => entry.step)).toEqual([
      'spec_generated',
      'engine_run',
      'revision_proposed',
      'policy_applied',
      'explanation',
    ]);
    const policy = response.audit_trace.entries[3];
    expect(policy?.policy_status).toBe('invalid');
    expect(policy?.violations[0]?.rule).toBe('program_type_immutable');
    expect(policy?.message).toContain('revision refused');
    expect(response.outcome.status).toBe('infeasible');
    expect(response.spec.program_type).toBe('slb');
  });

  it('hits max_iterations and reports the last outcome', async () => {
    let target = 150;
    const llm = createTestLlmClient({
      generateSelectorSpec: { ...infeasibleSpec, floor_amount: 1 },
      // Each proposal asks for 1 % less: always allowed, never enough.
      reviseSelectorSpec: (spec: SelectorSpec) => {
        target *= 0.99;
        return { ...spec, target_amount: target };
      },
      generateExplanationSummary: 'still short',
    });
    const response = completed(await runProgram(smallRequest, { llm, now: fixedClock, config: { revision: { max_iterations: 3 } } }));
    const engineRuns = response.audit_trace.entries.filter((entry) => entry.step === 'engine_run');
    expect(engineRuns).toHaveLength(3);
    expect(engineRuns[2]?.message).toContain('max_iterations');
    expect(response.outcome.status).toBe('infeasible');
    expect(llm.calls.filter((call) => call.method === 'reviseSelectorSpec')).toHaveLength(2);
  });

  it('runs a base scenario (floor = target) exactly once', async () => {
    const llm = createTestLlmClient({
      generateSelectorSpec: infeasibleSpec,
      reviseSelectorSpec: (spec: SelectorSpec) => ({ ...spec, target_amount: spec.target_amount * 0.8 }),
      generateExplanationSummary: 'base',
    });
    const response = completed(await runProgram({ ...smallRequest, floor_override: 150 }, { llm, now: fixedClock }));
    // The policy clamps the proposal back to the floor, the spec is unchanged, and the loop stops.
    expect(response.audit_trace.entries.filter((entry) => entry.step === 'engine_run')).toHaveLength(1);
    expect(response.spec.target_amount).toBe(150);
    expect(response.outcome.status).toBe('infeasible');
  });

  it('lets caller overrides win over the inferred spec and treats them as the original', async () => {
    const llm = createTestLlmClient({ generateSelectorSpec: { ...feasibleSpec, target_amount: 50 }, generateExplanationSummary: 'x' });
    const response = completed(
      await runProgram(
        {
          ...smallRequest,
          max_leverage_override: 2.9,
          min_coverage_override: 2,
          max_criticality_override: 0.25,
          exclude_markets_override: ['atlanta'],
        },
        { llm, now: fixedClock },
      ),
    );
    expect(response.spec.hard_constraints).toEqual({ max_net_leverage: 2.9, min_fixed_charge_coverage: 2 });
    // Market names are checked against the portfolio and kept in its spelling.
    expect(response.spec.asset_filters).toEqual({ max_criticality: 0.25, exclude_markets: ['Atlanta'] });
    expect(response.outcome.selected_asset_ids).toEqual(['A']);
    expect(response.audit_trace.entries[0]?.message).toContain('max_net_leverage set to 2.9 by the request');
  });

  it('ends as failed with the error code and the trace so far when the LLM fails mid-run', async () => {
    const llm = createTestLlmClient({
      generateSelectorSpec: infeasibleSpec,
      reviseSelectorSpec: new LlmError('llm_unavailable', 'provider down', { provider: 'test' }),
    });
    const result = await runProgram(smallRequest, { llm, now: fixedClock });
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.error).toEqual({ code: 'llm_unavailable', message: 'provider down' });
    expect(result.audit_trace.entries.map((entry) => entry.step)).toEqual(['spec_generated', 'engine_run', 'run_failed']);
    expect(result.audit_trace.entries[2]?.error?.code).toBe('llm_unavailable');
  });

  it('stops between steps when cancelled and says so', async () => {
    const controller = new AbortController();
    const llm = createTestLlmClient({
      generateSelectorSpec: () => {
        controller.abort();
        return infeasibleSpec;
      },
      reviseSelectorSpec: infeasibleSpec,
      generateExplanationSummary: 'never',
    });
    const result = await runProgram(smallRequest, { llm, now: fixedClock, signal: controller.signal });
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.error.code).toBe('cancelled');
    expect(result.audit_trace.entries.map((entry) => entry.step)).toEqual(['spec_generated', 'run_cancelled']);
    expect(llm.calls.map((call) => call.method)).toEqual(['generateSelectorSpec']);
  });

  it('never throws, even when the client returns garbage', async () => {
    const llm = createTestLlmClient({ generateSelectorSpec: { nonsense: true } as never });
    const result = await runProgram(smallRequest, { llm, now: fixedClock });
    expect(result.status).toBe('failed');
    if (result.status === 'failed') expect(result.error.code).toBe('llm_invalid_output');
  });

  it('gives an infeasible outcome its capacity and tells the reviser', async () => {
    const llm = createTestLlmClient({
      generateSelectorSpec: infeasibleSpec,
      reviseSelectorSpec: (spec: SelectorSpec) => spec,
      generateExplanationSummary: 'short',
    });
    const response = completed(await runProgram(smallRequest, { llm, now: fixedClock }));
    // Only the two boxes pass max_criticality 0.5: 2 x 58.8 is the most the portfolio can raise.
    expect(response.outcome.capacity?.max_proceeds).toBeCloseTo(117.6, 9);
    expect(response.outcome.capacity?.asset_ids).toEqual(['A', 'B']);
    expect(response.outcome.explanation_nodes.some((node) => node.kind === 'capacity')).toBe(true);
    const context = llm.calls.find((call) => call.method === 'reviseSelectorSpec')?.arguments[2] as {
      capacity: { max_proceeds: number } | null;
    };
    expect(context.capacity?.max_proceeds).toBeCloseTo(117.6, 9);
  });

  it('runs the exact strategy when the request asks for it', async () => {
    const llm = createTestLlmClient({ generateSelectorSpec: { ...feasibleSpec, target_amount: 50 }, generateExplanationSummary: 'exact' });
    const response = completed(await runProgram({ ...smallRequest, strategy: 'exact' }, { llm, now: fixedClock }));
    expect(response.outcome.strategy).toBe('exact');
    expect(response.outcome.solver?.proven_optimal).toBe(true);
    // One box is enough; the tie on proceeds goes to the lower total criticality (A).
    expect(response.outcome.selected_asset_ids).toEqual(['A']);
  });

  it('fails the run when a client reports call metadata the trace cannot hold', async () => {
    const llm: LlmClient = {
      ...createTestLlmClient({}),
      provider: 'custom',
      generateSelectorSpec: async () => ({
        value: feasibleSpec,
        metadata: {
          provider: 'custom',
          model: 'm',
          latency_ms: -5,
          usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
          attempts: 0,
          raw_output: null,
          unrecognized: [],
          assumptions: [],
        },
      }),
    };
    const result = await runProgram(smallRequest, { llm, now: fixedClock });
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.error.code).toBe('llm_invalid_output');
    expect(result.error.message).toMatch(/latency_ms/);
    expect(result.error.message).toMatch(/attempts/);
  });
});
