/** One problem found in an input, with the path to the offending field. */
export interface ScenarioProblem {
  /** Dotted path with array indices, e.g. `scenarios[0].steps[2].transitions[0].to_step_id`; empty for the root. */
  readonly path: string;
  /** A plain-English message, e.g. `step "confirm" does not exist in scenario "refund"`. */
  readonly message: string;
}

/**
 * The base class of every error this package raises on purpose. It mirrors the
 * shape of the project's error base (stable `code`, `isRetryable`, `cause`)
 * without importing it, because the orchestrator depends on nothing else; a
 * caller maps it by `code`.
 */
export class ScenarioError extends Error {
  /** Stable, machine-readable error code, e.g. `invalid_scenario_definition`. */
  readonly code: string;
  /** Whether retrying the same call could succeed. Always false here: every failure is about the input. */
  readonly isRetryable: boolean;

  constructor(code: string, message: string, options: { cause?: unknown; isRetryable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ScenarioError';
    this.code = code;
    this.isRetryable = options.isRetryable ?? false;
  }
}

/** Formats problems as `path: message; path: message`. */
export function formatProblems(problems: readonly ScenarioProblem[]): string {
  return problems.map((problem) => (problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`)).join('; ');
}

function describeProblems(subject: string, problems: readonly ScenarioProblem[]): string {
  return `${subject}: ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${formatProblems(problems)}`;
}

/** Raised by `loadScenarioDefinitions` (and the `ScenarioRegistry` constructor) when definitions are malformed or inconsistent. */
export class ScenarioDefinitionError extends ScenarioError {
  /** Every problem found, so a definition file can be fixed in one pass. */
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[]) {
    super('invalid_scenario_definition', describeProblems('invalid scenario definitions', problems));
    this.name = 'ScenarioDefinitionError';
    this.problems = problems;
  }
}

/** Raised when the `[scenario_orchestration]` configuration is not valid TOML or breaks a bound. */
export class ScenarioConfigError extends ScenarioError {
  /** Every problem found. */
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[], options: { cause?: unknown } = {}) {
    super('invalid_scenario_config', describeProblems('invalid scenario orchestration config', problems), options);
    this.name = 'ScenarioConfigError';
    this.problems = problems;
  }
}

/** Raised when a stored session does not match the session schema or refers to steps that do not exist. */
export class InvalidSessionError extends ScenarioError {
  /** Every problem found. */
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[]) {
    super('invalid_session', describeProblems('invalid session', problems));
    this.name = 'InvalidSessionError';
    this.problems = problems;
  }
}

/** Raised when a turn input does not match the turn input schema. */
export class InvalidTurnInputError extends ScenarioError {
  /** Every problem found. */
  readonly problems: readonly ScenarioProblem[];

  constructor(problems: readonly ScenarioProblem[]) {
    super('invalid_turn_input', describeProblems('invalid turn input', problems));
    this.name = 'InvalidTurnInputError';
    this.problems = problems;
  }
}

/**
 * Raised when a session is pinned to a scenario version that is not registered
 * and no migration leads from it to one that is.
 */
export class ScenarioVersionNotFoundError extends ScenarioError {
  /** The scenario the instance belongs to. */
  readonly scenarioId: string;
  /** The version the instance is pinned to. */
  readonly scenarioVersion: number;

  constructor(scenarioId: string, scenarioVersion: number, detail = '') {
    super(
      'scenario_version_not_found',
      `scenario "${scenarioId}" version ${scenarioVersion} is not registered${detail === '' ? '' : `: ${detail}`}`,
    );
    this.name = 'ScenarioVersionNotFoundError';
    this.scenarioId = scenarioId;
    this.scenarioVersion = scenarioVersion;
  }
}

/** Raised when a registered session migration throws or returns an instance that does not fit its target version. */
export class SessionMigrationError extends ScenarioError {
  /** The scenario being migrated. */
  readonly scenarioId: string;
  /** The version the migration started from. */
  readonly fromVersion: number;

  constructor(scenarioId: string, fromVersion: number, message: string, options: { cause?: unknown } = {}) {
    super('session_migration_failed', `migrating scenario "${scenarioId}" from version ${fromVersion} failed: ${message}`, options);
    this.name = 'SessionMigrationError';
    this.scenarioId = scenarioId;
    this.fromVersion = fromVersion;
  }
}

/** Recorded (never thrown) when the optional lifecycle evaluator fails or answers something invalid. */
export class LifecycleEvaluationError extends ScenarioError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('lifecycle_evaluation_failed', message, { ...options, isRetryable: true });
    this.name = 'LifecycleEvaluationError';
  }
}
