import { describe, expect, it } from 'vitest';
import { DEFAULT_ORCHESTRATION_CONFIG, parseOrchestrationConfig, resolveOrchestrationConfig } from './orchestration-config.js';
import { ScenarioConfigError } from './scenario-error.js';

function problemsOf(action: () => unknown): { path: string; message: string }[] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioConfigError);
    expect((error as ScenarioConfigError).code).toBe('invalid_scenario_config');
    return [...(error as ScenarioConfigError).problems];
  }
  throw new Error('expected a config error');
}

describe('orchestration configuration', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_ORCHESTRATION_CONFIG).toEqual({
      enabled: true,
      max_loop_count: 3,
      max_simultaneous_scenarios: 5,
      block_on_missing_hard_fields: true,
      enable_step_skipping: true,
      enable_multi_scenario: true,
      use_llm: false,
      min_start_score: 0.5,
      ambiguity_margin: 0.15,
      max_questions_per_turn: 1,
    });
  });

  it('reads the [scenario_orchestration] table and ignores other tables', () => {
    const toml = `
[server]
port = 8080

[scenario_orchestration]
enabled = true
max_loop_count = 4
max_simultaneous_scenarios = 2 # small
enable_step_skipping = false
`;
    expect(parseOrchestrationConfig(toml)).toEqual({
      ...DEFAULT_ORCHESTRATION_CONFIG,
      max_loop_count: 4,
      max_simultaneous_scenarios: 2,
      enable_step_skipping: false,
    });
  });

  it('uses every default when the table is missing', () => {
    expect(parseOrchestrationConfig('[other]\nx = 1\n')).toEqual(DEFAULT_ORCHESTRATION_CONFIG);
  });

  it('rejects limits out of range, wrong types and unknown keys, all at once', () => {
    const toml = `[scenario_orchestration]
max_simultaneous_scenarios = 21
max_loop_count = 0
use_llm = "yes"
enable_skipping = true
`;
    expect(problemsOf(() => parseOrchestrationConfig(toml))).toEqual([
      { path: 'scenario_orchestration.max_loop_count', message: 'must be at least 1' },
      { path: 'scenario_orchestration.max_simultaneous_scenarios', message: 'must be between 1 and 20' },
      { path: 'scenario_orchestration.use_llm', message: 'must be a boolean, not a string' },
      { path: 'scenario_orchestration.enable_skipping', message: 'unknown field' },
    ]);
    expect(problemsOf(() => resolveOrchestrationConfig({ max_simultaneous_scenarios: 0 }))).toEqual([
      { path: 'scenario_orchestration.max_simultaneous_scenarios', message: 'must be between 1 and 20' },
    ]);
    expect(problemsOf(() => resolveOrchestrationConfig({ max_loop_count: 2.5 }))).toEqual([
      { path: 'scenario_orchestration.max_loop_count', message: 'must be a whole number' },
    ]);
  });

  it('accepts the bounds themselves', () => {
    expect(resolveOrchestrationConfig({ max_simultaneous_scenarios: 1 }).max_simultaneous_scenarios).toBe(1);
    expect(resolveOrchestrationConfig({ max_simultaneous_scenarios: 20 }).max_simultaneous_scenarios).toBe(20);
  });

  it('reports TOML syntax errors with their line', () => {
    const problems = problemsOf(() => parseOrchestrationConfig('[scenario_orchestration]\nenabled = \n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^not valid TOML at line 2, column \d+: /);
    expect(problemsOf(() => parseOrchestrationConfig('scenario_orchestration = 3'))).toEqual([
      { path: 'scenario_orchestration', message: 'must be a table' },
    ]);
  });
});
