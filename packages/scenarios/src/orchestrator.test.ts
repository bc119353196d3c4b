import { describe, expect, it } from 'vitest';
import { explainRun, playbooks, programIntake } from './__fixtures__/playbooks.js';
import { at, newSession, orchestratorFor, startTurn } from './__fixtures__/turn-helpers.js';
import { loadScenarioDefinitions } from './load-scenario-definitions.js';
import { createOrchestrator } from './orchestrator.js';
import {
  InvalidSessionError,
  InvalidTurnInputError,
  ScenarioConfigError,
  ScenarioDefinitionError,
  ScenarioVersionNotFoundError,
} from './scenario-error.js';

describe('createOrchestrator', () => {
  it('accepts raw definitions and validates them', () => {
    expect(createOrchestrator({ definitions: playbooks }).registry.list()).toHaveLength(3);
    expect(() => createOrchestrator({ definitions: [{ ...programIntake, entry_step_id: 'nope' }] })).toThrow(ScenarioDefinitionError);
  });

  it('validates its settings', () => {
    expect(() => createOrchestrator({ definitions: playbooks, config: { max_simultaneous_scenarios: 50 } })).toThrow(ScenarioConfigError);
    expect(() => createOrchestrator({ definitions: playbooks, historyLimit: 0 })).toThrow(
      'historyLimit: must be a whole number of at least 1',
    );
  });

  it('takes the time from the turn input, or else from its clock', () => {
    const orchestrator = createOrchestrator({ definitions: playbooks, clock: () => new Date('2025-02-01T00:00:00Z') });
    expect(orchestrator.processTurn(newSession(), startTurn('explain_run')).session.instances[0]?.started_at).toBe(
      '2025-02-01T00:00:00.000Z',
    );
    expect(
      orchestrator.processTurn(newSession(), startTurn('explain_run', { now: '2025-02-01T03:00:00+02:00' })).session.instances[0]
        ?.started_at,
    ).toBe('2025-02-01T01:00:00.000Z');
  });
});

describe('processTurn input checks', () => {
  const orchestrator = orchestratorFor();

  it('rejects an invalid turn input with every problem and its path', () => {
    let caught: unknown;
    try {
      orchestrator.processTurn(newSession(), {
        candidates: [{ scenario_id: 'x', score: 2 }],
        signal: 'stop' as never,
        now: 'yesterday',
        colour: 'red',
      } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidTurnInputError);
    expect((caught as InvalidTurnInputError).code).toBe('invalid_turn_input');
    expect((caught as InvalidTurnInputError).problems.map((problem) => problem.path)).toEqual([
      'candidates[0].score',
      'signal',
      'now',
      'colour',
    ]);
  });

  it('refuses a session pinned to an unregistered version', () => {
    const session = orchestratorFor({}, [explainRun, { ...explainRun, version: 2 }]).processTurn(newSession(), {
      candidates: [{ scenario_id: 'explain_run', score: 1, scenario_version: 2 }],
    }).session;
    expect(() => orchestrator.processTurn(session, {})).toThrow(ScenarioVersionNotFoundError);
  });

  it('refuses a session whose instance sits at a step its definition does not have', () => {
    const session = orchestrator.processTurn(newSession(), startTurn('what_if_analysis')).session;
    const broken = { ...session, instances: [{ ...session.instances[0]!, current_step_id: 'gone' }] };
    expect(() => orchestrator.processTurn(broken, {})).toThrow(InvalidSessionError);
  });
});

describe('helpers for callers', () => {
  const orchestrator = orchestratorFor();

  it('lists the fields worth extracting for the open instances and chosen candidates', () => {
    const session = orchestrator.processTurn(newSession(), startTurn('explain_run')).session;
    expect(orchestrator.wantedFields(session)).toEqual(['run_id']);
    expect(orchestrator.wantedFields(session, ['program_intake', 'unknown'])).toEqual([
      'run_id',
      'portfolio_id',
      'target_amount',
      'max_net_leverage',
      'min_fixed_charge_coverage',
    ]);
    expect(orchestrator.wantedFields(newSession())).toEqual([]);
  });

  it('creates empty sessions and scores messages against its own definitions', () => {
    expect(orchestrator.createSession('abc', { portfolio_id: 'p' })).toEqual({
      id: 'abc',
      version: 0,
      instances: [],
      variables: { portfolio_id: 'p' },
      history: [],
    });
    expect(orchestrator.scoreCandidates('please explain').map((candidate) => candidate.scenario_id)).toEqual(['explain_run']);
  });

  it('loads sessions with its registry', () => {
    const registry = loadScenarioDefinitions(playbooks);
    const bound = createOrchestrator({ definitions: registry });
    const legacy = { id: 'l', active_scenario_id: 'explain_run', current_step_id: 'run', started_at: at(1) };
    expect(bound.loadSession(legacy).instances[0]).toMatchObject({ scenario_id: 'explain_run', scenario_version: 1, status: 'active' });
    expect(
      bound.loadSession({ id: 'l', active_scenario_id: 'explain_run', current_step_id: 'run' }, { now: at(2) }).instances[0]?.started_at,
    ).toBe(at(2));
  });
});
