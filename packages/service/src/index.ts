// The public surface, listed in README.md ("Public surface"); `scripts/check-public-surfaces.mjs`
// fails when this file exports a name the README does not list. Use cases, session internals,
// job plumbing and metrics stay in their modules (the package's tests import them by path).
export type {
  CallContext,
  CapacityReport,
  FundScope,
  LeasebackService,
  ListQueryInput,
  ScenarioSetWithComparison,
} from './leaseback-service.js';
export { createLeasebackService, type CreateLeasebackServiceOptions, type LeasebackServiceHandle } from './create-leaseback-service.js';
export {
  DEFAULT_MAX_ASSETS,
  describeServiceConfig,
  loadServiceConfig,
  parseServiceConfig,
  resolveApiListenHost,
  type LoadServiceConfigOptions,
  type LogLevel,
  type ProviderName,
  type RedactedServiceConfig,
  type ServiceConfig,
  type ServiceConfigInput,
} from './service-config.js';
export type { ApiKeyMap } from './parse-api-keys.js';
export { apiKeyScope } from './api-key-scope.js';
export { jsonTextOf } from './answer-json-text.js';
export { createLlmClientFromConfig, type CreateLlmClientOptions } from './create-llm-client-from-config.js';
export type { LogMethod, ServiceLogger } from './service-logger.js';
export {
  IdempotencyConflictError,
  NotFoundError,
  ProgramRunFailedError,
  ServiceClosedError,
  ServiceConfigError,
  type ConfigProblem,
  type IdempotencyConflictCode,
} from './service-errors.js';
// Guided planning sessions: the types of a session and a turn. Their schemas and error
// class are values that load the scenario orchestrator, so they come from their own entry
// (`@leaseback/service/sessions`, `src/sessions-entry.ts`): a command that only plans never loads it.
export type {
  CreateSessionRequestInput,
  InformResult,
  SessionInstanceView,
  SessionTurnRecord,
  SessionView,
  ToolResult,
  TurnRequest,
  TurnRequestInput,
  TurnResponse,
} from './sessions/session-schemas.js';
export { RunNotReplayableError, type ReplayReport } from './replay-run.js';
export { parsePortfolioFile, type PortfolioFileInput } from './use-cases/spreadsheets.js';
export { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, type CompanySource, type ExportDocument, type ExportFormat } from '@leaseback/workbook';
export { AmbiguousIdError } from './use-cases/resolve-id-prefix.js';
export { createEngineWorkerPool, type EngineWorkerPool } from './engine/engine-worker-pool.js';
export { EngineDeadlineError } from './engine/engine-deadline.js';
export { TooManyAssetsError } from './engine/asset-limit.js';
export type { JobWorker, JobWorkerSettings } from './jobs/job-worker.js';
