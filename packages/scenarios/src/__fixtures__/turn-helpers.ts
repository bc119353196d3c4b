import { loadScenarioDefinitions } from '../load-scenario-definitions.js';
import type { OrchestrationConfigInput } from '../orchestration-config.js';
import { createOrchestrator, type CreateOrchestratorOptions, type ScenarioOrchestrator } from '../orchestrator.js';
import type { ScenarioInput, ScenarioStepInput } from '../scenario-definition.js';
import type { ScenarioRegistry } from '../scenario-registry.js';
import type { Session } from '../session.js';
import { createSession } from '../session.js';
import type { TurnInput } from '../turn-input.js';
import type { TurnResult } from '../turn-result.js';
import { playbooks } from './playbooks.js';

/** Minute `minute` of a fixed test day, as an ISO timestamp. */
export function at(minute: number): string {
  return new Date(Date.UTC(2025, 0, 15, 9, minute, 0)).toISOString();
}

/** An orchestrator over `definitions` (the playbooks by default) with a fixed clock. */
export function orchestratorFor(
  config: OrchestrationConfigInput = {},
  definitions: readonly ScenarioInput[] | ScenarioRegistry = playbooks,
  extra: Partial<CreateOrchestratorOptions> = {},
): ScenarioOrchestrator {
  return createOrchestrator({
    definitions: Array.isArray(definitions) ? loadScenarioDefinitions(definitions) : definitions,
    config,
    clock: () => new Date(at(0)),
    ...extra,
  });
}

/** A step with the given id and options (defaults elsewhere). */
export function step(id: string, options: Partial<ScenarioStepInput> = {}): ScenarioStepInput {
  return { id, name: id.replace(/_/g, ' '), ...options };
}

/**
 * A linear scenario s0 → s1 → ... where each step's options are given in order;
 * the last step is terminal unless it lists transitions.
 */
export function linearScenario(
  id: string,
  steps: readonly Partial<ScenarioStepInput>[],
  extra: Partial<ScenarioInput> = {},
): ScenarioInput {
  return {
    id,
    name: id,
    version: 1,
    entry_step_id: `${id}_0`,
    steps: steps.map((options, index) =>
      step(`${id}_${index}`, {
        ...(index < steps.length - 1 ? { transitions: [{ to_step_id: `${id}_${index + 1}` }] } : {}),
        ...options,
      }),
    ),
    ...extra,
  };
}

/** Runs turns one after another from `session`, each at the next minute, returning every result. */
export function runTurns(orchestrator: ScenarioOrchestrator, session: Session, inputs: readonly TurnInput[]): TurnResult[] {
  const results: TurnResult[] = [];
  let current = session;
  inputs.forEach((input, index) => {
    const result = orchestrator.processTurn(current, { now: at(index + 1), ...input });
    results.push(result);
    current = result.session;
  });
  return results;
}

/** A new session, optionally with session variables. */
export function newSession(variables: Session['variables'] = {}): Session {
  return createSession('session-1', variables);
}

/** Starts `scenarioId` with a full-score candidate. */
export function startTurn(scenarioId: string, input: TurnInput = {}): TurnInput {
  return { ...input, candidates: [{ scenario_id: scenarioId, score: 1 }, ...(input.candidates ?? [])] };
}

/** The instance of `scenarioId` in `session` (the last one, when it has run several times). */
export function instanceOf(session: Session, scenarioId: string): Session['instances'][number] {
  const instance = session.instances.filter((candidate) => candidate.scenario_id === scenarioId).at(-1);
  if (instance === undefined) throw new Error(`no instance of ${scenarioId}`);
  return instance;
}
