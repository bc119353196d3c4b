export type {
  CallContext,
  CapacityReport,
  FundScope,
  LeasebackService,
  ListQueryInput,
  ScenarioSetWithComparison,
} from './leaseback-service.js';
export {
  DEFAULT_IDEMPOTENCY_STALE_AFTER_MS,
  RUN_LIST_LIMITS,
  SCENARIO_SET_LIST_LIMITS,
  createLeasebackService,
  plannerConfigFrom,
  type CreateLeasebackServiceOptions,
  type LeasebackServiceHandle,
} from './create-leaseback-service.js';
export {
  CONFIG_PATH_VARIABLE,
  DEFAULT_MAX_ASSETS,
  ENVIRONMENT_SETTINGS,
  LogLevelSchema,
  ProviderNameSchema,
  ServiceConfigSchema,
  describeServiceConfig,
  loadServiceConfig,
  parseServiceConfig,
  resolveApiListenHost,
  type EnvironmentSetting,
  type LoadServiceConfigOptions,
  type LogLevel,
  type ProviderName,
  type RedactedServiceConfig,
  type ServiceConfig,
  type ServiceConfigInput,
} from './service-config.js';
export { parseApiKeys, type ApiKeyMap } from './parse-api-keys.js';
export { apiKeyScope } from './api-key-scope.js';
export { createLlmClientFromConfig, type CreateLlmClientOptions } from './create-llm-client-from-config.js';
export { instrumentLlmClient, type InstrumentLlmClientOptions } from './instrument-llm-client.js';
export { createServiceMetrics, type ServiceMetrics } from './service-metrics.js';
export { silentLogger, type LogMethod, type ServiceLogger } from './service-logger.js';
export {
  IdempotencyConflictError,
  NotFoundError,
  ProgramRunFailedError,
  ServiceClosedError,
  ServiceConfigError,
  type ConfigProblem,
  type IdempotencyConflictCode,
} from './service-errors.js';
export { canonicalJson, fingerprintRequest } from './canonical-json.js';
// Guided planning sessions: the SLB playbooks on the scenario orchestrator.
export {
  DEFAULT_PENDING_ACTION_STALE_AFTER_MS,
  SESSION_HISTORY_LIMIT,
  createSessionUseCases,
  parseCreateSessionRequest,
  parseSessionOrchestrationConfig,
  type IdempotentRunner,
  type SessionServiceCalls,
  type SessionUseCaseOptions,
  type SessionUseCases,
} from './sessions/create-session-use-cases.js';
export {
  SESSION_TEMPLATE_IDS,
  SESSION_TOOL_IDS,
  SLB_PLAYBOOKS,
  SLB_PLAYBOOK_IDS,
  loadSlbPlaybooks,
  type SessionToolId,
} from './sessions/slb-playbooks.js';
export {
  CreateSessionRequestSchema,
  InformResultSchema,
  InlinePortfolioSessionRequestSchema,
  PortfolioSessionRequestSchema,
  SessionInstanceViewSchema,
  SessionToolIdSchema,
  SessionTurnRecordSchema,
  SessionViewSchema,
  ToolResultSchema,
  TurnRequestSchema,
  TurnResponseSchema,
  sessionWireSchemas,
  type CreateSessionRequestInput,
  type InformResult,
  type SessionInstanceView,
  type SessionTurnRecord,
  type SessionView,
  type ToolResult,
  type TurnRequest,
  type TurnRequestInput,
  type TurnResponse,
} from './sessions/session-schemas.js';
export { PROGRAM_FIELDS, SESSION_FIELD_RULES, type SessionFieldRule } from './sessions/session-fields.js';
export { sessionBrief } from './sessions/session-brief.js';
export {
  extractTurnFields,
  type ExtractTurnFieldsOptions,
  type ExtractedTurn,
  type IgnoredField,
  type LifecycleSignal,
} from './sessions/extract-turn-fields.js';
export { HELP_REPLY, composeReply, type ComposedReply, type ReplyInput } from './sessions/compose-reply.js';
export { MODEL_PROPOSAL_CONFIDENCE, createLlmLifecycleEvaluator } from './sessions/llm-lifecycle-evaluator.js';
export { DEFAULT_SESSION_SCENARIO_COUNT, sessionProgramRequest } from './sessions/session-tools.js';
export { ScenarioOrchestrationError } from './sessions/session-errors.js';
export { RunNotReplayableError, replayStoredRun, type ReplayReport } from './replay-run.js';
export { formatMoney, formatMultiple } from './sessions/format-figures.js';
export {
  parseExportFormat,
  parsePortfolioFile,
  renderRunExport,
  renderScenarioSetExport,
  type PortfolioFileInput,
} from './use-cases/spreadsheets.js';
export type { CompanySource, ExportDocument, ExportFormat } from '@leaseback/workbook';
export { AmbiguousIdError } from './use-cases/resolve-id-prefix.js';
export { createEngineWorkerPool, defaultEngineThreads, type EngineWorkerPool } from './engine/engine-worker-pool.js';
export { EngineDeadlineError, withEngineDeadline } from './engine/engine-deadline.js';
export { TooManyAssetsError } from './engine/asset-limit.js';
export { describeCause, logInternalError, type LoggedCause } from './log-internal-error.js';
// Asynchronous jobs: queued by `submitJob`, run by a worker that claims them from the store.
export {
  createJobUseCases,
  publicJob,
  resultUrlOf,
  type JobExecution,
  type JobOutcome,
  type JobServiceCalls,
  type JobUseCaseOptions,
  type JobUseCases,
} from './jobs/create-job-use-cases.js';
export { startJobWorker, type JobWorker, type JobWorkerOptions, type JobWorkerSettings } from './jobs/job-worker.js';
