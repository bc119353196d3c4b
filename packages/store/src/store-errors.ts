import { LeasebackError } from '@leaseback/domain';

/**
 * The database cannot be reached or refused the connection (server down, network
 * failure, too many connections, shutting down). Retrying later may succeed.
 */
export class StoreUnavailableError extends LeasebackError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('store_unavailable', message, { cause: options.cause, isRetryable: true });
    this.name = 'StoreUnavailableError';
  }
}

/** The store was closed (or is closing) and accepts no new work. */
export class StoreClosedError extends LeasebackError {
  constructor() {
    super('store_closed', 'the store is closed');
    this.name = 'StoreClosedError';
  }
}

/**
 * A conditional write lost: the session changed since the caller read it. The
 * caller should read it again, re-apply its change and retry.
 */
export class VersionConflictError extends LeasebackError {
  /** The version the caller expected to replace. */
  readonly expectedVersion: number;
  /** The version stored when the write was refused. */
  readonly actualVersion: number;

  constructor(subject: string, expectedVersion: number, actualVersion: number) {
    super('version_conflict', `${subject} was changed concurrently: expected version ${expectedVersion}, found ${actualVersion}`);
    this.name = 'VersionConflictError';
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }
}

/** A stored payload no longer matches its domain schema (or a set lost one of its runs). */
export class StoreCorruptError extends LeasebackError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('store_corrupt', message, { cause: options.cause });
    this.name = 'StoreCorruptError';
  }
}

/** A record with the same id is already stored. */
export class AlreadyExistsError extends LeasebackError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('already_exists', message, { cause: options.cause });
    this.name = 'AlreadyExistsError';
  }
}

/** The record to change does not exist. */
export class RecordNotFoundError extends LeasebackError {
  constructor(message: string) {
    super('not_found', message);
    this.name = 'RecordNotFoundError';
  }
}

/**
 * The schema could not be brought up to date: a migration failed, a migration
 * already applied was edited, or the database was migrated by a newer release.
 */
export class StoreMigrationError extends LeasebackError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super('store_migration_failed', message, { cause: options.cause });
    this.name = 'StoreMigrationError';
  }
}

/** A query failed for a reason that is neither a conflict nor an outage. */
export class StoreQueryError extends LeasebackError {
  /** The SQLSTATE the database reported, when it reported one. */
  readonly sqlState: string | null;

  constructor(message: string, options: { cause?: unknown; sqlState?: string | null; isRetryable?: boolean } = {}) {
    super('store_query_failed', message, { cause: options.cause, isRetryable: options.isRetryable ?? false });
    this.name = 'StoreQueryError';
    this.sqlState = options.sqlState ?? null;
  }
}
