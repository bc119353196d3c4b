import { findByIdOrPrefix } from './resolve-id-prefix.js';
import { RUN_LIST_LIMITS, type RunListItem, type RunRecord } from '@leaseback/domain';
import type { CallContext, ListQueryInput } from '../leaseback-service.js';
import { parseListQuery, parseRecordId } from '../list-query.js';
import type { UseCaseDependencies } from './use-case-dependencies.js';

/** Runs newest first, within the caller's fund scope: `GET /api/runs`. */
export function listRunsUseCase({ store }: UseCaseDependencies) {
  return async (query: ListQueryInput, context: CallContext = {}): Promise<RunListItem[]> => {
    const { fundId, limit } = parseListQuery(query, RUN_LIST_LIMITS);
    return store.listRuns({ fundId, limit, scope: context.scope });
  };
}

/** One stored run by its id or a unique prefix of it, or `not_found` (also for another fund's run): `GET /api/runs/{id}`. */
export function getRunUseCase({ store }: UseCaseDependencies) {
  return async (runId: string, context: CallContext = {}): Promise<RunRecord> => {
    const id = parseRecordId(runId, 'run_id');
    return (await findByIdOrPrefix(store, 'run', id, context.scope, (fullId) => store.getRun(fullId, context.scope))).value;
  };
}

/** One stored run as UTF-8 JSON, exactly as stored, for read paths that only pass it on. */
export function getRunJsonUseCase({ store }: UseCaseDependencies) {
  return async (runId: string, context: CallContext = {}): Promise<Uint8Array> => {
    const id = parseRecordId(runId, 'run_id');
    return (await findByIdOrPrefix(store, 'run', id, context.scope, (fullId) => store.getRunJson(fullId, context.scope))).value;
  };
}
