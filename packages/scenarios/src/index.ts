// The public surface, listed in README.md ("Public surface"); `scripts/check-public-surfaces.mjs`
// fails when this file exports a name the README does not list. Internal helpers stay in
// their modules, where the package's own tests import them by relative path.
export { evaluateCondition, type ComparisonOperator, type Condition, type ConditionOutcome, type ConditionScalar } from './condition.js';
export type { JsonRecord, JsonValue } from './json-value.js';
export {
  LifecycleProposalsSchema,
  ProposalActionSchema,
  type EvaluatorScenarioView,
  type LifecycleEvaluationRequest,
  type LifecycleEvaluator,
  type LifecycleProposal,
  type LifecycleProposals,
  type ProposalAction,
} from './lifecycle-evaluator.js';
export { loadScenarioDefinitions } from './load-scenario-definitions.js';
export { loadSession, type LoadSessionOptions, type SessionMigration } from './load-session.js';
export {
  DEFAULT_ORCHESTRATION_CONFIG,
  parseOrchestrationConfig,
  resolveOrchestrationConfig,
  type OrchestrationConfig,
  type OrchestrationConfigInput,
} from './orchestration-config.js';
export { createOrchestrator, type CreateOrchestratorOptions, type ProcessTurnOptions, type ScenarioOrchestrator } from './orchestrator.js';
export type { OrchestratorLogger } from './orchestrator-logger.js';
export {
  ScenarioSchema,
  type FieldReuse,
  type Scenario,
  type ScenarioInput,
  type ScenarioStep,
  type ScenarioStepInput,
  type ScenarioTriggers,
  type Transition,
} from './scenario-definition.js';
export {
  InvalidSessionError,
  InvalidTurnInputError,
  LifecycleEvaluationError,
  ScenarioConfigError,
  ScenarioDefinitionError,
  ScenarioError,
  ScenarioVersionNotFoundError,
  SessionMigrationError,
  type ScenarioProblem,
} from './scenario-error.js';
export { ScenarioRegistry } from './scenario-registry.js';
export { scoreCandidates, type ScoredCandidate } from './score-candidates.js';
export {
  InstanceStatusSchema,
  LifecycleActionSchema,
  SessionSchema,
  createSession,
  instanceFieldValues,
  type InstanceStatus,
  type LifecycleAction,
  type ScenarioInstance,
  type Session,
  type SessionHistoryEntry,
  type StepState,
} from './session.js';
export {
  SignalTypeSchema,
  TurnInputSchema,
  type ActionResult,
  type AppliedRule,
  type Confirmation,
  type ParsedTurnInput,
  type SignalType,
  type TurnInput,
  type TurnSignal,
} from './turn-input.js';
export {
  ContributionPlanSchema,
  EvaluationRecordSchema,
  LifecycleDecisionSchema,
  StepTransitionDecisionSchema,
  TurnResultSchema,
  TurnWarningSchema,
  type ContributionPlan,
  type ContributionType,
  type DeferredCandidate,
  type EvaluationRecord,
  type InstanceSummary,
  type LifecycleDecision,
  type ResumeHint,
  type ScenarioContribution,
  type SelectionContext,
  type StepTransitionDecision,
  type TurnResult,
  type TurnWarning,
} from './turn-result.js';
