import {
  RUN_LIST_LIMITS,
  SCENARIO_SET_LIST_LIMITS,
  type RunListItem,
  type RunRecord,
  type ScenarioSetResult,
  type ScenarioSetSummary,
} from '@leaseback/domain';
import type { PrefixKind } from './find-ids-by-prefix.js';
import type { JobsRepository } from './jobs-repository.js';
import type { StoreBackend } from './sql-executor.js';

/**
 * The fund ids a caller may see (an API key's funds). `undefined` means every
 * fund. A record outside the scope is reported as not found, never as
 * forbidden, so that ids do not leak. Records without a fund (`fund_id: null`)
 * are visible only without a scope.
 */
export type FundScope = readonly string[];

/** Default of `listRuns`'s `limit` (the domain's `RUN_LIST_LIMITS`). */
export const DEFAULT_RUN_LIST_LIMIT = RUN_LIST_LIMITS.default;
/** The most runs one `listRuns` call returns (the domain's `RUN_LIST_LIMITS`). */
export const MAX_RUN_LIST_LIMIT = RUN_LIST_LIMITS.max;
/** Default of `listScenarioSets`'s `limit` (the domain's `SCENARIO_SET_LIST_LIMITS`). */
export const DEFAULT_SCENARIO_SET_LIST_LIMIT = SCENARIO_SET_LIST_LIMITS.default;
/** The most sets one `listScenarioSets` call returns (the domain's `SCENARIO_SET_LIST_LIMITS`). */
export const MAX_SCENARIO_SET_LIST_LIMIT = SCENARIO_SET_LIST_LIMITS.max;

/** Filters of `listRuns`. */
export interface ListRunsOptions {
  /** Only this fund's runs. */
  readonly fundId?: string | undefined;
  /** At most this many (default 50, clamped to 1..1000). */
  readonly limit?: number | undefined;
  readonly scope?: FundScope | undefined;
}

/** Filters of `listScenarioSets`. */
export interface ListScenarioSetsOptions {
  /** Only this fund's sets. */
  readonly fundId?: string | undefined;
  /** At most this many (default 10, clamped to 1..100). */
  readonly limit?: number | undefined;
  readonly scope?: FundScope | undefined;
}

/** A stored guided-planning session. The store treats `state` as opaque JSON. */
export interface StoredSession {
  readonly id: string;
  readonly fund_id: string | null;
  /** 1 when created, +1 on every successful update. */
  readonly version: number;
  /** The state exactly as last written (parsed from its JSON text). */
  readonly state: unknown;
  /** ISO-8601 UTC, millisecond precision. */
  readonly created_at: string;
  /** ISO-8601 UTC, millisecond precision. */
  readonly updated_at: string;
}

/** A new session. */
export interface CreateSessionInput {
  readonly id: string;
  readonly fundId: string | null;
  /** Any JSON-serialisable value. */
  readonly state: unknown;
  readonly now: Date;
}

/** Identifies one `Idempotency-Key` use: the key, within a caller's scope. */
export interface IdempotencyKeyRef {
  /** Who may reuse the key, e.g. the API key's identity plus method and path. */
  readonly scope: string;
  /** The client's `Idempotency-Key` header. */
  readonly key: string;
}

/** A request to claim an idempotency key before doing the work it guards. */
export interface ClaimIdempotencyKeyInput extends IdempotencyKeyRef {
  /** A hash of the request (method, path, body): the same key with another body is a mismatch. */
  readonly requestHash: string;
  readonly now: Date;
  /**
   * When given, an `in_progress` claim older than this (e.g. left by a crashed
   * process) may be taken over by a request with the same hash. Omitted: never.
   */
  readonly staleAfterMs?: number | undefined;
}

/**
 * The answer to a claim: `claimed` (do the work, then complete or release),
 * `completed` (return the stored answer), `in_progress` (another request holds
 * the key: answer 409 or retry later), `mismatch` (same key, different request).
 */
export type IdempotencyClaim =
  | { readonly state: 'claimed' }
  | { readonly state: 'completed'; readonly statusCode: number; readonly body: unknown }
  | { readonly state: 'in_progress' }
  | { readonly state: 'mismatch' };

/** The answer to remember for a claimed key. */
export interface CompleteIdempotencyKeyInput extends IdempotencyKeyRef {
  readonly statusCode: number;
  /** Any JSON-serialisable value: returned exactly as given to later retries. */
  readonly body: unknown;
  /** When the answer was recorded (defaults to the database clock). */
  readonly now?: Date | undefined;
}

/**
 * Persistence for runs, scenario sets, guided-planning sessions,
 * idempotency keys and asynchronous jobs (`JobsRepository`). One interface over two backends (embedded PGlite and
 * PostgreSQL) running the same SQL. Every method may throw a `LeasebackError`:
 * `store_unavailable`, `store_closed`, `store_corrupt`, `store_query_failed`,
 * `invalid_input`, `already_exists`, `not_found`, `version_conflict`.
 */
export interface LeasebackStore extends JobsRepository {
  /** Which backend this store runs on. */
  readonly backend: StoreBackend;

  /**
   * Stores a run. Throws `already_exists` when its id is taken, `invalid_input` when it fails the schema.
   * `responseJson`, when given, is the record's response already serialised (exactly
   * `JSON.stringify(record.response)`, for a run with a response) and is stored as it is, so a
   * caller that also answers with it serialises the response once.
   */
  createRun(record: RunRecord, responseJson?: string): Promise<void>;
  /** The run, or `null` when it does not exist or is outside `scope`. */
  getRun(runId: string, scope?: FundScope): Promise<RunRecord | null>;
  /**
   * The run as UTF-8 JSON, exactly the bytes of `JSON.stringify(await getRun(...))`,
   * assembled from the stored payloads without decoding, parsing or
   * re-validating them (they were validated when written). For read paths that
   * only pass the record on, such as the API's `GET /api/runs/{run_id}`.
   */
  getRunJson(runId: string, scope?: FundScope): Promise<Uint8Array | null>;
  /**
   * The ids of runs, scenario sets or sessions starting with `prefix`, within
   * the scope, in id order, at most `limit` (default 2: enough to tell a unique
   * prefix from an ambiguous one).
   */
  findIdsByPrefix(kind: PrefixKind, prefix: string, scope?: FundScope, limit?: number): Promise<string[]>;
  /** Runs newest first (`created_at` desc, then `run_id` desc). */
  listRuns(options?: ListRunsOptions): Promise<RunListItem[]>;

  /**
   * Stores a set and all its runs in one transaction: on any failure nothing is
   * written. `runs` must be the set's runs in `run_ids` order, each with
   * `scenario_set_id` equal to the set's id and the set's `fund_id`.
   */
  createScenarioSet(summary: ScenarioSetSummary, runs: readonly RunRecord[]): Promise<void>;
  /** The set with its runs in `run_ids` order, or `null` (unknown or outside `scope`). */
  getScenarioSet(id: string, scope?: FundScope): Promise<ScenarioSetResult | null>;
  /** Sets newest first (`created_at` desc, then `id` desc). */
  listScenarioSets(options?: ListScenarioSetsOptions): Promise<ScenarioSetSummary[]>;

  /** Stores a new session at version 1. Throws `already_exists` when the id is taken. */
  createSession(input: CreateSessionInput): Promise<StoredSession>;
  /** The session, or `null` (unknown or outside `scope`). */
  getSession(id: string, scope?: FundScope): Promise<StoredSession | null>;
  /**
   * Replaces the state if the stored version is still `expectedVersion`, and
   * returns the session at its new version. Throws `version_conflict` when
   * another writer got there first, `not_found` when the session does not exist.
   */
  updateSession(id: string, expectedVersion: number, state: unknown, now: Date): Promise<StoredSession>;

  /** Claims an `Idempotency-Key` atomically; see `IdempotencyClaim`. */
  claimIdempotencyKey(input: ClaimIdempotencyKeyInput): Promise<IdempotencyClaim>;
  /**
   * Records the answer of a claimed key so that retries get it back. Returns
   * false (and changes nothing) when no claim of that key is in progress.
   */
  completeIdempotencyKey(input: CompleteIdempotencyKeyInput): Promise<boolean>;
  /**
   * Gives up an unfinished claim (the work failed before it could answer), so the
   * key can be used again. Returns false when no claim was in progress; a
   * completed key is never released.
   */
  releaseIdempotencyKey(reference: IdempotencyKeyRef): Promise<boolean>;

  /** Resolves when the database answers a trivial query; throws `store_unavailable` otherwise. */
  ping(): Promise<void>;
  /** Waits for in-flight calls, then closes. Later calls fail with `store_closed`. Idempotent. */
  close(): Promise<void>;
}
