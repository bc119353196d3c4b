// The public surface, listed in README.md ("Public surface"); `scripts/check-public-surfaces.mjs`
// fails when this file exports a name the README does not list. List limits live in the domain
// (`RUN_LIST_LIMITS`, `SCENARIO_SET_LIST_LIMITS`); SQL helpers stay in their modules.
export type {
  ClaimIdempotencyKeyInput,
  CompleteIdempotencyKeyInput,
  CreateSessionInput,
  FundScope,
  IdempotencyClaim,
  IdempotencyKeyRef,
  LeasebackStore,
  ListRunsOptions,
  ListScenarioSetsOptions,
  StoredSession,
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
export { openStore, type OpenStoreOptions } from './open-store.js';
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
export type { PrefixKind } from './find-ids-by-prefix.js';
