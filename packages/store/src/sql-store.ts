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
  const inFlight = new Set<Promise<unknown>>();
  let closing: Promise<void> | undefined;

  /** Runs one public call: refused once closing, tracked until it settles, errors translated. */
  function guarded<T>(work: () => Promise<T>): Promise<T> {
    if (closing !== undefined) return Promise.reject(new StoreClosedError());
    const call = (async () => {
      try {
        return await work();
      } catch (error) {
        throw translateDatabaseError(error);
      }
    })();
    const settled = call.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.then(() => inFlight.delete(settled));
    return call;
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
        while (inFlight.size > 0) await Promise.all([...inFlight]);
        await executor.close();
      })();
      return closing;
    },
  };
}
