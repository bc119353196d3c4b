import { LeasebackError, isErrorCode } from '@leaseback/domain';
import { ScenarioError } from '@leaseback/scenarios';

/**
 * An error of the scenario orchestrator, carried as a `LeasebackError` with the
 * orchestrator's own code (`invalid_scenario_definition`, `invalid_session`,
 * `scenario_version_not_found`, `session_migration_failed`,
 * `invalid_turn_input`, `invalid_scenario_config`). None of them is the
 * caller's fault (the service builds every turn input and owns the playbooks
 * and the stored state), so the API answers them as internal errors.
 */
export class ScenarioOrchestrationError extends LeasebackError {
  /** The `path: message` problems the orchestrator listed, when it listed any. */
  readonly problems: readonly { readonly path: string; readonly message: string }[];

  constructor(error: ScenarioError) {
    super(isErrorCode(error.code) ? error.code : 'internal_error', error.message, { cause: error, isRetryable: error.isRetryable });
    this.name = 'ScenarioOrchestrationError';
    const problems = (error as { problems?: unknown }).problems;
    this.problems = Array.isArray(problems) ? (problems as { path: string; message: string }[]) : [];
  }
}

/** Rethrows an orchestrator error as a `ScenarioOrchestrationError`; anything else unchanged. */
export function toSessionError(thrown: unknown): unknown {
  return thrown instanceof ScenarioError ? new ScenarioOrchestrationError(thrown) : thrown;
}

/** Runs `work`, turning orchestrator errors into `ScenarioOrchestrationError`s. */
export function withScenarioErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (thrown) {
    throw toSessionError(thrown);
  }
}
