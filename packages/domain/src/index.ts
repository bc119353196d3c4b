export { ERROR_CODES, ERROR_KINDS, errorKindOf, isErrorCode, type ErrorCode, type ErrorKind } from './error-codes.js';
export { RUN_LIST_LIMITS, SCENARIO_SET_LIST_LIMITS, type ListLimits } from './list-limits.js';
export { IDEMPOTENCY_KEY_PATTERN, REQUEST_ID_PATTERN } from './request-headers.js';
export { LeasebackError, toLeasebackError } from './leaseback-error.js';
export {
  InvalidInputError,
  formatPath,
  formatProblem,
  parseInput,
  problemsFromZodError,
  safeParseInput,
  type InputProblem,
  type ParseResult,
} from './validation.js';
export { unstorableTextReason } from './storable-text.js';
export { readPlainProgramRequest, safeParseProgramRequest } from './plain-program-request.js';
export { canonicalJson } from './canonical-json.js';
export { ASSET_TYPES, AssetListSchema, AssetSchema, AssetTypeSchema, type Asset, type AssetInput, type AssetType } from './asset.js';
export { CorporateStateSchema, type CorporateState, type CorporateStateInput } from './corporate-state.js';
export { NoticeCodeSchema, NoticeSchema, NoticeSeveritySchema, type Notice, type NoticeCode, type NoticeSeverity } from './notice.js';
export { PortfolioSchema, type Portfolio } from './portfolio.js';
export {
  ACCOUNTING_BASES,
  AccountingBasisSchema,
  AssetEconomicsSchema,
  ProgramEconomicsSchema,
  ProgramTermsSchema,
  SelectionObjectiveSchema,
  findObjectiveProblem,
  type AccountingBasis,
  type AssetEconomics,
  type ProgramEconomics,
  type ProgramTerms,
  type SelectionObjective,
} from './program-economics.js';
export {
  AssetFiltersSchema,
  HardConstraintsSchema,
  ProgramTypeSchema,
  SelectionStrategySchema,
  SelectorSpecSchema,
  type AssetFilters,
  type HardConstraints,
  type ProgramType,
  type SelectionStrategy,
  type SelectorSpec,
  type SelectorSpecInput,
} from './selector-spec.js';
export {
  CapacitySchema,
  ConstraintCheckSchema,
  ConstraintNameSchema,
  ExcludedAssetSchema,
  ExclusionReasonSchema,
  ExplanationNodeKindSchema,
  ExplanationNodeSchema,
  OutcomeReasonCodeSchema,
  OutcomeReasonSchema,
  OutcomeStatusSchema,
  ProgramMetricsSchema,
  ProgramOutcomeSchema,
  SolverReportSchema,
  type Capacity,
  type ConstraintCheck,
  type ConstraintName,
  type ExcludedAsset,
  type ExclusionReason,
  type ExplanationNode,
  type ExplanationNodeKind,
  type OutcomeReason,
  type OutcomeReasonCode,
  type OutcomeStatus,
  type ProgramMetrics,
  type ProgramOutcome,
  type SolverReport,
} from './program-outcome.js';
export {
  DEFAULT_REVISION_POLICY_CONFIG,
  JsonValueSchema,
  PolicyResultSchema,
  RevisionPolicyConfigSchema,
  PolicyRuleSchema,
  PolicyStatusSchema,
  PolicyViolationSchema,
  type JsonValue,
  type PolicyResult,
  type PolicyRule,
  type PolicyStatus,
  type PolicyViolation,
  type RevisionPolicyConfig,
} from './revision-policy-result.js';
export {
  AuditStepSchema,
  AuditTraceEntrySchema,
  AuditTraceSchema,
  ErrorInfoSchema,
  LlmCallRecordSchema,
  LlmMethodSchema,
  OutcomeSnapshotSchema,
  SpecSnapshotSchema,
  TokenUsageSchema,
  type AuditStep,
  type AuditTrace,
  type AuditTraceEntry,
  type ErrorInfo,
  type LlmCallRecord,
  type LlmMethod,
  type OutcomeSnapshot,
  type SpecSnapshot,
  type TokenUsage,
} from './audit-trace.js';
export {
  ExplanationSchema,
  ProgramRequestSchema,
  ProgramResponseSchema,
  type Explanation,
  type ProgramRequest,
  type ProgramRequestInput,
  type ProgramResponse,
} from './program.js';
export {
  MAX_SCENARIOS,
  ScenarioComparisonRowSchema,
  ScenarioDefinitionListSchema,
  ScenarioDefinitionSchema,
  ScenarioKindSchema,
  ScenarioSetRequestSchema,
  ScenarioSetSummarySchema,
  type ScenarioComparisonRow,
  type ScenarioDefinition,
  type ScenarioKind,
  type ScenarioSetRequest,
  type ScenarioSetRequestInput,
  type ScenarioSetSummary,
} from './scenario-set.js';
export {
  CreateRunResponseSchema,
  RunListItemSchema,
  RunRecordSchema,
  RunStatusSchema,
  ScenarioSetResultSchema,
  type CreateRunResponse,
  type RunListItem,
  type RunRecord,
  type RunStatus,
  type ScenarioSetResult,
} from './run-record.js';
export {
  FINAL_JOB_STATUSES,
  INITIAL_JOB_PROGRESS,
  JobKindSchema,
  JobProgressSchema,
  JobSchema,
  JobStatusSchema,
  isFinalJobStatus,
  type Job,
  type JobKind,
  type JobProgress,
  type JobStatus,
} from './job.js';
export { toJsonSchema, wireSchemas, type WireSchemaName } from './json-schemas.js';
export {
  formatBasisPoints,
  formatMoney,
  formatPercent,
  formatRate,
  formatRatio,
  formatStatedPercent,
  formatStatedRatio,
} from './display-figures.js';
export {
  COVENANTS,
  covenantComparator,
  covenantLabel,
  formatCovenantLimit,
  formatCovenantValue,
  type CovenantDefinition,
} from './covenant-table.js';
export { capacityCoversTarget, greedyMissedReachableTarget } from './capacity-covers-target.js';
export { CapacityReportSchema, ReplayReportSchema, ScenarioSetWithComparisonSchema } from './api-reports.js';
