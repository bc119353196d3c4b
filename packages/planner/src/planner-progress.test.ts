import { describe, expect, it } from 'vitest';
import { createTestLlmClient } from '@leaseback/llm/testing';
import type { ScenarioDefinition, SelectorSpec } from '@leaseback/domain';
import type { PlannerProgress } from './planner-progress.js';
import { runProgram } from './run-program.js';
import { runScenarioSet } from './run-scenario-set.js';
import { feasibleSpec, smallRequest } from './__fixtures__/portfolio.js';

describe('planner progress', () => {
  it('reports every step of a run as its trace records it, in order', async () => {
    const first: SelectorSpec = { ...feasibleSpec, target_amount: 120 };
    const llm = createTestLlmClient({
      generateSelectorSpec: first,
      reviseSelectorSpec: { ...first, target_amount: 100 },
      generateExplanationSummary: 'ok',
    });
    const events: PlannerProgress[] = [];
    const result = await runProgram(smallRequest, { llm, onProgress: (event) => events.push(event) });
    if (result.status !== 'completed') throw new Error('expected a completed run');
    const trace = result.response.audit_trace.entries;
    expect(events.map((event) => [event.step, event.iteration])).toEqual(trace.map((entry) => [entry.step, entry.iteration]));
    expect(events.every((event) => event.scenarios_total === 0)).toBe(true);
  });

  it('a throwing listener does not fail the run', async () => {
    const llm = createTestLlmClient({ generateSelectorSpec: feasibleSpec, generateExplanationSummary: 'ok' });
    const result = await runProgram(smallRequest, {
      llm,
      onProgress: () => {
        throw new Error('display broke');
      },
    });
    expect(result.status).toBe('completed');
  });

  it("counts a set's scenarios as they finish, ending at total of total", async () => {
    const definitions: ScenarioDefinition[] = [
      { label: 'Base', kind: 'base', rationale: 'as asked', target_amount: 100 },
      { label: 'Risk-off', kind: 'risk_off', rationale: 'smaller', target_amount: 50 },
    ];
    const llm = createTestLlmClient({
      generateScenarioDefinitions: definitions,
      generateSelectorSpec: feasibleSpec,
      reviseSelectorSpec: (current: SelectorSpec) => current,
      generateExplanationSummary: 'summary',
    });
    const events: PlannerProgress[] = [];
    await runScenarioSet('raise 100', smallRequest, {
      llm,
      numScenarios: 2,
      config: { scenario_concurrency: 1 },
      onProgress: (event) => events.push(event),
    });
    expect(events[0]).toEqual({ step: 'scenarios_defined', iteration: 0, scenarios_done: 0, scenarios_total: 2 });
    const finished = events.filter((event) => event.step === 'scenario_finished').map((event) => event.scenarios_done);
    expect(finished).toEqual([1, 2]);
    expect(events.at(-1)).toMatchObject({ scenarios_done: 2, scenarios_total: 2 });
    // Steps inside a scenario carry the count of scenarios finished before it.
    const steps = events.filter((event) => event.step === 'engine_run').map((event) => event.scenarios_done);
    expect(steps).toEqual([0, 1]);
    // Never decreasing.
    events.reduce((previous, event) => {
      expect(event.scenarios_done).toBeGreaterThanOrEqual(previous);
      return event.scenarios_done;
    }, 0);
  });
});
