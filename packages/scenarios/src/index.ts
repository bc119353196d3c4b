export { isSkippableStep } from './advance-instance.js';
export {
  ConditionSchema,
  conditionFields,
  conditionValueFields,
  evaluateCondition,
  type ComparisonOperator,
  type Condition,
  type ConditionOutcome,
  type ConditionScalar,
} from './condition.js';
export { IdentifierSchema, IsoTimestampSchema, JsonRecordSchema, JsonValueSchema, type JsonRecord, type JsonValue } from './json-value.js';
export {
  LifecycleProposalSchema,
  LifecycleProposalsSchema,
  ProposalActionSchema,
  type EvaluatorScenarioView,
  type LifecycleEvaluationRequest,
  type LifecycleEvaluator,
  type LifecycleProposal,
  type LifecycleProposals,
  type ProposalAction,
} from './lifecycle-evaluator.js';
export { loadScenarioDefinitions, validateScenarioDefinitions } from './load-scenario-definitions.js';
export { LegacySessionSchema, loadSession, type LoadSessionOptions, type SessionMigration } from './load-session.js';
export {
  DEFAULT_ORCHESTRATION_CONFIG,
  OrchestrationConfigSchema,
  parseOrchestrationConfig,
  resolveOrchestrationConfig,
  type OrchestrationConfig,
  type OrchestrationConfigInput,
} from './orchestration-config.js';
export { ORCHESTRATION_METRIC_NAMES } from './orchestration-metrics.js';
export {
  createOrchestrator,
  detectAmbiguity,
  type CreateOrchestratorOptions,
  type ProcessTurnOptions,
  type ScenarioOrchestrator,
} from './orchestrator.js';
export type { OrchestratorLogger } from './orchestrator-logger.js';
export { CONTRIBUTION_TYPE_PRIORITY, ENGAGED_PRIORITY_BONUS } from './plan-contributions.js';
export {
  FieldReuseSchema,
  ScenarioDefinitionsObjectSchema,
  ScenarioSchema,
  ScenarioStepSchema,
  ScenarioTriggersSchema,
  TransitionSchema,
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
  formatProblems,
  type ScenarioProblem,
} from './scenario-error.js';
export { ScenarioRegistry } from './scenario-registry.js';
export {
  INTENT_MATCH_SCORE,
  PATTERN_MATCH_SCORE,
  ScoredCandidateSchema,
  keywordMatchScore,
  scoreCandidates,
  type ScoredCandidate,
} from './score-candidates.js';
export {
  InstanceStatusSchema,
  LifecycleActionSchema,
  ScenarioInstanceSchema,
  SessionHistoryEntrySchema,
  SessionSchema,
  StepStateSchema,
  createSession,
  instanceFieldValues,
  isOpenInstance,
  type InstanceStatus,
  type LifecycleAction,
  type ScenarioInstance,
  type Session,
  type SessionHistoryEntry,
  type StepState,
} from './session.js';
export {
  ActionResultSchema,
  AppliedRuleSchema,
  ConfirmationSchema,
  SignalTypeSchema,
  TurnInputSchema,
  TurnSignalSchema,
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
  ContributionTypeSchema,
  DeferredCandidateSchema,
  EvaluationRecordSchema,
  InstanceSummarySchema,
  LifecycleDecisionSchema,
  ResumeHintSchema,
  ScenarioContributionSchema,
  SelectionContextSchema,
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
