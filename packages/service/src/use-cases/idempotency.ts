import { IDEMPOTENCY_KEY_PATTERN, InvalidInputError, toLeasebackError } from '@leaseback/domain';
import type { LeasebackStore } from '@leaseback/store';
import { fingerprintRequest } from '../fingerprint-request.js';
import type { CallContext, FundScope } from '../leaseback-service.js';
import { IdempotencyConflictError } from '../service-errors.js';
import type { ServiceLogger } from '../service-logger.js';

/** How long an unfinished `Idempotency-Key` claim blocks retries before another request may take it over. */
export const DEFAULT_IDEMPOTENCY_STALE_AFTER_MS = 15 * 60 * 1000;

/** The writes an `Idempotency-Key` can guard; a key is scoped by operation. */
export type IdempotentOperation = 'run_program' | 'create_run' | 'create_scenario_set' | 'create_session' | 'post_turn' | 'submit_job';

/**
 * Runs `work` under the caller's `Idempotency-Key`, if any: the first request
 * with a key does the work and records its answer; a retry with the same body
 * gets that answer back without a second run.
 */
export type Idempotent = <T>(
  operation: IdempotentOperation,
  request: unknown,
  context: CallContext,
  statusCode: number,
  work: () => Promise<T>,
) => Promise<T>;

/** What `createIdempotent` needs. */
export interface IdempotencyOptions {
  readonly store: LeasebackStore;
  readonly logger: ServiceLogger;
  readonly now: () => Date;
  /** See `DEFAULT_IDEMPOTENCY_STALE_AFTER_MS`. */
  readonly staleAfterMs: number;
}

/**
 * Builds the `Idempotent` guard. The key is scoped by operation and fund scope,
 * so two funds' clients can never see each other's answers.
 */
export function createIdempotent({ store, logger, now, staleAfterMs }: IdempotencyOptions): Idempotent {
  return async (operation, request, context, statusCode, work) => {
    const key = context.idempotencyKey;
    if (key === undefined) return work();
    validateIdempotencyKey(key);
    const reference = { scope: `${operation}:${scopeKey(context.scope)}`, key };
    const claim = await store.claimIdempotencyKey({ ...reference, requestHash: fingerprintRequest(request), now: now(), staleAfterMs });
    if (claim.state === 'completed') {
      logger.info({ use_case: operation, idempotent_replay: true }, 'idempotent replay');
      return claim.body as Awaited<ReturnType<typeof work>>;
    }
    if (claim.state === 'in_progress') throw new IdempotencyConflictError('idempotency_in_progress');
    if (claim.state === 'mismatch') throw new IdempotencyConflictError('idempotency_key_reused');
    let result: Awaited<ReturnType<typeof work>>;
    try {
      result = await work();
    } catch (thrown) {
      // The work left nothing to replay, so the key is given back: a retry may run it afresh.
      await store
        .releaseIdempotencyKey(reference)
        .catch((releaseError: unknown) =>
          logger.error({ use_case: operation, error_code: toLeasebackError(releaseError).code }, 'could not release an idempotency key'),
        );
      throw thrown;
    }
    try {
      await store.completeIdempotencyKey({ ...reference, statusCode, body: result, now: now() });
    } catch (completeError) {
      // The work is done and stored; the key stays claimed until stale, so a retry gets a
      // conflict rather than a second run. The caller still gets its answer.
      logger.error({ use_case: operation, error_code: toLeasebackError(completeError).code }, 'could not record an idempotency key answer');
    }
    return result;
  };
}

function scopeKey(scope: FundScope): string {
  return scope === undefined ? '*' : JSON.stringify([...new Set(scope)].sort());
}

/** Printable ASCII, 1..255 characters: what the API accepts in an `Idempotency-Key` header. */
function validateIdempotencyKey(key: string): void {
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY_PATTERN.test(key))
    throw new InvalidInputError([{ path: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters without spaces' }]);
}
