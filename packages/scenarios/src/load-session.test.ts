import { describe, expect, it } from 'vitest';
import { programIntake, whatIfAnalysis } from './__fixtures__/playbooks.js';
import { at, newSession, orchestratorFor, startTurn } from './__fixtures__/turn-helpers.js';
import { loadScenarioDefinitions } from './load-scenario-definitions.js';
import { loadSession, type SessionMigration } from './load-session.js';
import { InvalidSessionError, ScenarioVersionNotFoundError, SessionMigrationError } from './scenario-error.js';
import type { ScenarioInstance } from './session.js';
import { deepFreeze } from './testing.js';

const registry = loadScenarioDefinitions([programIntake, whatIfAnalysis]);

function instance(overrides: Partial<ScenarioInstance> = {}): ScenarioInstance {
  return {
    scenario_id: 'program_intake',
    scenario_version: 1,
    current_step_id: 'target',
    visited_steps: { target: 1 },
    variables: {},
    status: 'active',
    started_at: at(1),
    last_active_at: at(2),
    ...overrides,
  };
}

describe('loadSession', () => {
  it('loads a stored session unchanged when every pinned version is registered', () => {
    const stored = { id: 's', version: 4, instances: [instance()], variables: { target_amount: 5 }, history: [] };
    expect(loadSession(deepFreeze(stored), { registry })).toEqual(stored);
  });

  it('round-trips a session produced by a turn through JSON', () => {
    const orchestrator = orchestratorFor({}, [programIntake, whatIfAnalysis]);
    const result = orchestrator.processTurn(newSession(), startTurn('program_intake', { now: at(1) }));
    const restored = orchestrator.loadSession(JSON.parse(JSON.stringify(result.session)));
    expect(restored).toEqual(result.session);
  });

  it('normalises timestamps with offsets to UTC', () => {
    const stored = { id: 's', version: 0, instances: [instance({ started_at: '2025-01-15T11:00:00.000+02:00' })] };
    expect(loadSession(stored, { registry }).instances[0]?.started_at).toBe('2025-01-15T09:00:00.000Z');
  });

  it('reports shape problems with paths', () => {
    const stored = { id: 's', version: -1, instances: [{ ...instance(), status: 'sleeping' }] };
    expect(() => loadSession(stored, { registry })).toThrow(InvalidSessionError);
    try {
      loadSession(stored, { registry });
    } catch (error) {
      expect((error as InvalidSessionError).code).toBe('invalid_session');
      expect((error as InvalidSessionError).problems.map((problem) => problem.path)).toEqual(['version', 'instances[0].status']);
    }
  });

  it('rejects an instance whose current step does not exist in its pinned version', () => {
    const stored = { id: 's', version: 0, instances: [instance({ current_step_id: 'gone' })] };
    expect(() => loadSession(stored, { registry })).toThrow(
      'instances[0].current_step_id: step "gone" does not exist in scenario "program_intake" version 1',
    );
  });

  it('fails with scenario_version_not_found when a pinned version is gone and no migration applies', () => {
    const stored = { id: 's', version: 0, instances: [instance({ scenario_version: 7 })] };
    let caught: unknown;
    try {
      loadSession(stored, { registry });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ScenarioVersionNotFoundError);
    expect((caught as ScenarioVersionNotFoundError).code).toBe('scenario_version_not_found');
    expect((caught as ScenarioVersionNotFoundError).scenarioVersion).toBe(7);
    expect((caught as Error).message).toContain('register a migration from version 7');
  });

  it('leaves completed and cancelled instances of unregistered versions alone', () => {
    const stored = { id: 's', version: 0, instances: [instance({ scenario_version: 7, status: 'completed', ended_at: at(3) })] };
    expect(loadSession(stored, { registry }).instances[0]?.scenario_version).toBe(7);
  });

  it('chains registered migrations until a registered version is reached', () => {
    const renamed = loadScenarioDefinitions([
      {
        ...programIntake,
        version: 3,
        steps: programIntake.steps
          .map((candidate) => (candidate.id === 'target' ? { ...candidate, id: 'amount' } : candidate))
          .map((candidate) => ({
            ...candidate,
            transitions: (candidate.transitions ?? []).map((transition) =>
              transition.to_step_id === 'target' ? { to_step_id: 'amount' } : transition,
            ),
          })),
      },
    ]);
    const migrations: SessionMigration[] = [
      { scenarioId: 'program_intake', fromVersion: 1, toVersion: 2, migrate: (old) => ({ ...old, scenario_version: 2 }) },
      {
        scenarioId: 'program_intake',
        fromVersion: 2,
        toVersion: 3,
        migrate: (old, context) => {
          expect(context.target?.version).toBe(3);
          const rename = (id: string): string => (id === 'target' ? 'amount' : id);
          return {
            ...old,
            scenario_version: 3,
            current_step_id: rename(old.current_step_id),
            visited_steps: Object.fromEntries(Object.entries(old.visited_steps).map(([id, count]) => [rename(id), count])),
          };
        },
      },
    ];
    const loaded = loadSession(deepFreeze({ id: 's', version: 0, instances: [instance()] }), { registry: renamed, migrations });
    expect(loaded.instances[0]).toMatchObject({ scenario_version: 3, current_step_id: 'amount', visited_steps: { amount: 1 } });
  });

  it('reports a migration that throws or returns an invalid instance', () => {
    const newer = loadScenarioDefinitions([{ ...programIntake, version: 2 }]);
    const stored = { id: 's', version: 0, instances: [instance()] };
    const throwing: SessionMigration = {
      scenarioId: 'program_intake',
      fromVersion: 1,
      toVersion: 2,
      migrate: () => {
        throw new Error('boom');
      },
    };
    expect(() => loadSession(stored, { registry: newer, migrations: [throwing] })).toThrow(SessionMigrationError);
    expect(() => loadSession(stored, { registry: newer, migrations: [throwing] })).toThrow(
      'migrating scenario "program_intake" from version 1 failed: boom',
    );
    const wrongVersion: SessionMigration = { scenarioId: 'program_intake', fromVersion: 1, toVersion: 2, migrate: (old) => old };
    expect(() => loadSession(stored, { registry: newer, migrations: [wrongVersion] })).toThrow(
      'expected scenario "program_intake" version 2, got "program_intake" version 1',
    );
    const badStep: SessionMigration = {
      scenarioId: 'program_intake',
      fromVersion: 1,
      toVersion: 2,
      migrate: (old) => ({ ...old, scenario_version: 2, current_step_id: 'nope' }),
    };
    expect(() => loadSession(stored, { registry: newer, migrations: [badStep] })).toThrow('step "nope" does not exist in version 2');
  });

  it('loads a legacy single-scenario session into one active instance', () => {
    const legacy = {
      session_id: 'legacy-1',
      active_scenario_id: 'program_intake',
      current_step_id: 'constraints',
      visited_steps: { portfolio: 1, target: 2, constraints: 1 },
      variables: { target_amount: 10 },
      created_at: at(1),
      updated_at: at(5),
      channel: 'web',
    };
    const loaded = loadSession(deepFreeze(legacy), { registry });
    expect(loaded).toEqual({
      id: 'legacy-1',
      version: 0,
      variables: { target_amount: 10 },
      history: [],
      instances: [
        {
          scenario_id: 'program_intake',
          scenario_version: 1,
          current_step_id: 'constraints',
          visited_steps: { portfolio: 1, target: 2, constraints: 1 },
          variables: {},
          status: 'active',
          started_at: at(1),
          last_active_at: at(5),
        },
      ],
    });
  });

  it('loads a legacy session with no active scenario into no instance, and needs a time when it has none', () => {
    expect(loadSession({ id: 'l', active_scenario_id: null, current_step_id: null }, { registry }).instances).toEqual([]);
    const untimed = { id: 'l', active_scenario_id: 'program_intake', current_step_id: 'target' };
    expect(() => loadSession(untimed, { registry })).toThrow('the legacy session has no timestamps; pass options.now');
    expect(loadSession(untimed, { registry, now: at(9) }).instances[0]?.started_at).toBe(at(9));
  });

  it('checks a legacy session against the registry like any other', () => {
    const legacy = { id: 'l', active_scenario_id: 'program_intake', scenario_version: 4, current_step_id: 'target', started_at: at(1) };
    expect(() => loadSession(legacy, { registry })).toThrow(ScenarioVersionNotFoundError);
    expect(() => loadSession({ ...legacy, scenario_version: 1, current_step_id: 'gone' }, { registry })).toThrow(InvalidSessionError);
  });
});

describe('processTurn on a session pinned to a removed definition version', () => {
  const newer = { ...programIntake, version: 2 };
  const session = { id: 's', version: 3, instances: [instance()], variables: {}, history: [] };

  it('runs the registered migration itself, without loadSession first', () => {
    const migrations: SessionMigration[] = [
      { scenarioId: 'program_intake', fromVersion: 1, toVersion: 2, migrate: (old) => ({ ...old, scenario_version: 2 }) },
    ];
    const orchestrator = orchestratorFor({}, [newer, whatIfAnalysis], { migrations });
    const result = orchestrator.processTurn(deepFreeze(structuredClone(session)), { fields: { target_amount: 5e7 }, now: at(3) });
    expect(result.session.instances[0]).toMatchObject({ scenario_id: 'program_intake', scenario_version: 2 });
    expect(result.transition_decisions[0]).toMatchObject({
      scenario_id: 'program_intake',
      scenario_version: 2,
      source_step_id: 'target',
      moved: true,
    });
  });

  it('fails with a clear scenario_version_not_found when no migration applies', () => {
    const orchestrator = orchestratorFor({}, [newer, whatIfAnalysis]);
    expect(() => orchestrator.processTurn(structuredClone(session), { now: at(3) })).toThrow(ScenarioVersionNotFoundError);
    expect(() => orchestrator.processTurn(structuredClone(session), { now: at(3) })).toThrow('register a migration from version 1');
  });
});
