import { describe, expect, it } from 'vitest';
import { playbooks, programIntake } from './__fixtures__/playbooks.js';
import { linearScenario, step } from './__fixtures__/turn-helpers.js';
import { loadScenarioDefinitions, validateScenarioDefinitions } from './load-scenario-definitions.js';
import type { ScenarioInput } from './scenario-definition.js';
import { ScenarioDefinitionError, ScenarioVersionNotFoundError } from './scenario-error.js';

function problemsOf(input: unknown): { path: string; message: string }[] {
  try {
    loadScenarioDefinitions(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioDefinitionError);
    expect((error as ScenarioDefinitionError).code).toBe('invalid_scenario_definition');
    return [...(error as ScenarioDefinitionError).problems];
  }
  throw new Error('expected the definitions to be rejected');
}

describe('loadScenarioDefinitions', () => {
  it('accepts the playbooks as a list or wrapped, filling defaults', () => {
    const registry = loadScenarioDefinitions(playbooks);
    expect(registry.list().map((scenario) => scenario.id)).toEqual(['explain_run', 'program_intake', 'what_if_analysis']);
    const wrapped = validateScenarioDefinitions({ scenarios: [programIntake] });
    const portfolio = wrapped[0]?.steps[0];
    expect(portfolio).toMatchObject({
      is_checkpoint: false,
      performs_action: false,
      is_required_action: false,
      tool_ids: [],
      template_ids: [],
    });
    expect(wrapped[0]?.triggers.patterns).toEqual([]);
  });

  it('reports schema problems with paths and unknown fields', () => {
    const typo = { ...programIntake, steps: [{ ...programIntake.steps[0], can_skipp: true }, ...programIntake.steps.slice(1)] };
    expect(problemsOf([typo])).toEqual([{ path: 'scenarios[0].steps[0].can_skipp', message: 'unknown field' }]);
    const badVersion = problemsOf({ scenarios: [{ ...programIntake, version: 0 }] });
    expect(badVersion).toEqual([{ path: 'scenarios[0].version', message: 'must be 1 or more' }]);
    const spaced = problemsOf([{ ...programIntake, id: 'program intake' }]);
    expect(spaced).toEqual([{ path: 'scenarios[0].id', message: 'must not contain whitespace' }]);
  });

  it('rejects a scenario id appearing twice at the same version, but allows several versions', () => {
    expect(problemsOf([programIntake, programIntake])).toEqual([
      { path: 'scenarios[1].id', message: 'duplicate scenario "program_intake" version 1 (also at scenarios[0])' },
    ]);
    const registry = loadScenarioDefinitions([programIntake, { ...programIntake, version: 2 }]);
    expect(registry.versions('program_intake')).toEqual([1, 2]);
    expect(registry.latest('program_intake')?.version).toBe(2);
  });

  it('rejects duplicate step ids', () => {
    const scenario = linearScenario('flow', [{}, {}]);
    const duplicated = { ...scenario, steps: [...scenario.steps, step('flow_1')] };
    expect(problemsOf([duplicated])).toEqual([
      { path: 'scenarios[0].steps[2].id', message: 'duplicate step id "flow_1" in scenario "flow" (also at steps[1])' },
    ]);
  });

  it('rejects a missing entry step and missing transition targets', () => {
    const scenario = linearScenario('flow', [{ transitions: [{ to_step_id: 'nowhere' }] }, {}]);
    expect(problemsOf([{ ...scenario, entry_step_id: 'start' }])).toEqual([
      { path: 'scenarios[0].entry_step_id', message: 'entry step "start" does not exist in scenario "flow"' },
      { path: 'scenarios[0].steps[0].transitions[0].to_step_id', message: 'step "nowhere" does not exist in scenario "flow"' },
    ]);
  });

  it('rejects a step that cannot be reached from the entry step', () => {
    const scenario = linearScenario('flow', [{}, {}]);
    expect(problemsOf([{ ...scenario, steps: [...scenario.steps, step('orphan')] }])).toEqual([
      { path: 'scenarios[0].steps[2]', message: 'step "orphan" cannot be reached from the entry step "flow_0"' },
    ]);
  });

  it('rejects a step that cannot reach a terminal step, and a scenario with none', () => {
    const trapped: ScenarioInput = {
      id: 'flow',
      name: 'flow',
      version: 1,
      entry_step_id: 'a',
      steps: [
        step('a', { transitions: [{ to_step_id: 'b' }, { to_step_id: 'end' }] }),
        step('b', { transitions: [{ to_step_id: 'c' }] }),
        step('c', { transitions: [{ to_step_id: 'b' }] }),
        step('end'),
      ],
    };
    expect(problemsOf([trapped])).toEqual([
      { path: 'scenarios[0].steps[1]', message: 'step "b" cannot reach a terminal step (a step with no transitions)' },
      { path: 'scenarios[0].steps[2]', message: 'step "c" cannot reach a terminal step (a step with no transitions)' },
    ]);
    const loop: ScenarioInput = {
      id: 'loop',
      name: 'loop',
      version: 1,
      entry_step_id: 'a',
      steps: [step('a', { transitions: [{ to_step_id: 'a' }] })],
    };
    expect(problemsOf([loop])).toEqual([
      { path: 'scenarios[0].steps', message: 'scenario "loop" has no terminal step (a step with no transitions)' },
    ]);
  });

  it('allows cycles that can still reach a terminal step', () => {
    const retry: ScenarioInput = {
      id: 'retry',
      name: 'retry',
      version: 1,
      entry_step_id: 'ask',
      steps: [
        step('ask', { collects_fields: ['answer'], transitions: [{ to_step_id: 'check' }] }),
        step('check', {
          transitions: [{ to_step_id: 'ask', condition: { equals: { field: 'answer', value: 'again' } } }, { to_step_id: 'end' }],
        }),
        step('end'),
      ],
    };
    expect(() => loadScenarioDefinitions([retry])).not.toThrow();
  });

  it('checks action, checkpoint and trigger consistency', () => {
    const scenario = linearScenario('flow', [
      { performs_action: true },
      { tool_ids: ['tool'] },
      { is_required_action: true, performs_action: false },
      { checkpoint_description: 'Go?' },
      {},
    ]);
    expect(problemsOf([{ ...scenario, triggers: { patterns: ['(unclosed'] } }])).toEqual([
      { path: 'scenarios[0].triggers.patterns[0]', message: expect.stringMatching(/^not a valid regular expression/) },
      { path: 'scenarios[0].steps[0].tool_ids', message: 'step "flow_0" performs an action, so it must name at least one tool' },
      { path: 'scenarios[0].steps[1].performs_action', message: 'step "flow_1" names tools, so performs_action must be true' },
      { path: 'scenarios[0].steps[2].is_required_action', message: 'step "flow_2" is a required action, so performs_action must be true' },
      {
        path: 'scenarios[0].steps[3].checkpoint_description',
        message: 'step "flow_3" has a checkpoint description, so is_checkpoint must be true',
      },
    ]);
  });

  it('rejects conditions that are not in the condition language, with the path to them', () => {
    const scenario = linearScenario('flow', [{ transitions: [{ to_step_id: 'flow_1', condition: 'answer == 1' as never }] }, {}]);
    const problems = problemsOf([scenario]);
    expect(problems.map((problem) => problem.path)).toEqual(['scenarios[0].steps[0].transitions[0].condition']);
  });

  it('rejects input that is not a list of scenarios', () => {
    expect(problemsOf('nope')).toEqual([{ path: '', message: 'must be a list of scenarios or an object with a "scenarios" list' }]);
    expect(problemsOf({ scenarios: 'nope' })).toEqual([{ path: 'scenarios', message: 'must be an array, not a string' }]);
    expect(problemsOf([{ ...programIntake, name: undefined }])).toEqual([{ path: 'scenarios[0].name', message: 'is required' }]);
  });
});

describe('ScenarioRegistry', () => {
  const registry = loadScenarioDefinitions([programIntake, { ...programIntake, version: 3, name: 'Program intake v3' }]);

  it('looks definitions up by id and version', () => {
    expect(registry.get('program_intake', 3)?.name).toBe('Program intake v3');
    expect(registry.get('program_intake', 2)).toBeUndefined();
    expect(registry.has('program_intake')).toBe(true);
    expect(registry.has('program_intake', 2)).toBe(false);
    expect(registry.latestVersions().map((scenario) => scenario.version)).toEqual([3]);
  });

  it('throws a clear error for an unregistered version', () => {
    expect(() => registry.require('program_intake', 2)).toThrow(ScenarioVersionNotFoundError);
    expect(() => registry.require('program_intake', 2)).toThrow(
      'scenario "program_intake" version 2 is not registered: registered versions: 1, 3',
    );
    expect(() => registry.require('unknown', 1)).toThrow('no version of this scenario is registered');
  });
});
