export {
  DEFAULT_RUN_LIST_LIMIT,
  DEFAULT_SCENARIO_SET_LIST_LIMIT,
  MAX_RUN_LIST_LIMIT,
  MAX_SCENARIO_SET_LIST_LIMIT,
  type ClaimIdempotencyKeyInput,
  type CompleteIdempotencyKeyInput,
  type CreateSessionInput,
  type FundScope,
  type IdempotencyClaim,
  type IdempotencyKeyRef,
  type LeasebackStore,
  type ListRunsOptions,
  type ListScenarioSetsOptions,
  type StoredSession,
} from './leaseback-store.js';
export type {
  ClaimJobInput,
  EnqueueJobInput,
  FinishJobInput,
  JobLeaseState,
  JobsRepository,
  RenewJobLeaseInput,
  StoredJob,
} from './jobs-repository.js';
export { JOB_ABANDONED_MESSAGE } from './sql-jobs-repository.js';
export { DEFAULT_DATA_DIR, openStore, type OpenStoreOptions } from './open-store.js';
export type { StoreBackend } from './sql-executor.js';
export {
  AlreadyExistsError,
  RecordNotFoundError,
  StoreClosedError,
  StoreCorruptError,
  StoreMigrationError,
  StoreQueryError,
  StoreUnavailableError,
  VersionConflictError,
} from './store-errors.js';
export { redactCredentials } from './translate-database-error.js';
export { PREFIX_LOOKUPS, type PrefixKind } from './find-ids-by-prefix.js';
