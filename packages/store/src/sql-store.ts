import type { LeasebackStore } from './leaseback-store.js';
import type { SqlExecutor } from './sql-executor.js';
import { findIdsByPrefix } from './find-ids-by-prefix.js';
import { createSqlIdempotencyKeys } from './sql-idempotency-keys.js';
import { createSqlJobsRepository } from './sql-jobs-repository.js';
import { createSqlRuns } from './sql-runs.js';
import { createSqlScenarioSets } from './sql-scenario-sets.js';
import { createSqlSessions } from './sql-sessions.js';
import { StoreClosedError } from './store-errors.js';
import { translateDatabaseError } from './translate-database-error.js';

/**
 * The store, written once against a `SqlExecutor`: every statement is plain
 * PostgreSQL and runs unchanged on PGlite. The executor must already be
 * migrated (`openStore` does both).
 */
export function createSqlStore(executor: SqlExecutor): LeasebackStore {
  const runs = createSqlRuns(executor);
  const scenarioSets = createSqlScenarioSets(executor);
  const sessions = createSqlSessions(executor);
  const idempotencyKeys = createSqlIdempotencyKeys(executor);
  // Calls in flight are counted, and `close` waits for the count to reach zero. Why not a set of
  // promises: an async wrapper and two settle handlers per call were a visible part of a read.
  let inFlight = 0;
  let idle: (() => void) | undefined;
  let closing: Promise<void> | undefined;
  const settle = (): void => {
    inFlight -= 1;
    if (inFlight === 0) idle?.();
  };

  /** Runs one public call: refused once closing, tracked until it settles, errors translated. */
  function guarded<T>(work: () => Promise<T>): Promise<T> {
    if (closing !== undefined) return Promise.reject(new StoreClosedError());
    inFlight += 1;
    let call: Promise<T>;
    try {
      call = work();
    } catch (error) {
      call = Promise.reject(error);
    }
    return call.then(
      (value) => {
        settle();
        return value;
      },
      (error: unknown) => {
        settle();
        throw translateDatabaseError(error);
      },
    );
  }

  return {
    backend: executor.backend,

    createRun: (record, responseJson) => guarded(() => runs.createRun(record, responseJson)),
    getRun: (runId, scope) => guarded(() => runs.getRun(runId, scope)),
    getRunJson: (runId, scope) => guarded(() => runs.getRunJson(runId, scope)),
    listRuns: (options) => guarded(() => runs.listRuns(options)),

    createScenarioSet: (summary, setRuns) => guarded(() => scenarioSets.createScenarioSet(summary, setRuns)),
    getScenarioSet: (id, scope) => guarded(() => scenarioSets.getScenarioSet(id, scope)),
    listScenarioSets: (options) => guarded(() => scenarioSets.listScenarioSets(options)),

    createSession: (input) => guarded(() => sessions.createSession(input)),
    getSession: (id, scope) => guarded(() => sessions.getSession(id, scope)),
    updateSession: (id, expectedVersion, state, now) => guarded(() => sessions.updateSession(id, expectedVersion, state, now)),

    claimIdempotencyKey: (input) => guarded(() => idempotencyKeys.claimIdempotencyKey(input)),
    completeIdempotencyKey: (input) => guarded(() => idempotencyKeys.completeIdempotencyKey(input)),
    releaseIdempotencyKey: (reference) => guarded(() => idempotencyKeys.releaseIdempotencyKey(reference)),

    findIdsByPrefix: (kind, prefix, scope, limit) => guarded(() => findIdsByPrefix(executor, kind, prefix, scope, limit)),

    // The jobs queue (migration 3), on the same executor and the same guard.
    ...createSqlJobsRepository(executor, guarded),

    ping() {
      return guarded(async () => {
        await executor.query('SELECT 1');
      });
    },

    close() {
      closing ??= (async () => {
        // Calls started before close finish; calls after it are refused by `guarded`.
        if (inFlight > 0) await new Promise<void>((resolve) => (idle = resolve));
        await executor.close();
      })();
      return closing;
    },
  };
}
