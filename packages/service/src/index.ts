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
  type IdempotencyConflictCode,
} from './service-errors.js';
export { canonicalJson, fingerprintRequest } from './canonical-json.js';
