import { RUN_LIST_LIMITS, type RunListItem, type RunRecord } from '@leaseback/domain';
import type { CallContext, ListQueryInput } from '../leaseback-service.js';
import { parseListQuery, parseRecordId } from '../list-query.js';
import { NotFoundError } from '../service-errors.js';
import type { UseCaseDependencies } from './use-case-dependencies.js';

/** Runs newest first, within the caller's fund scope: `GET /api/runs`. */
export function listRunsUseCase({ store }: UseCaseDependencies) {
  return async (query: ListQueryInput, context: CallContext = {}): Promise<RunListItem[]> => {
    const { fundId, limit } = parseListQuery(query, RUN_LIST_LIMITS);
    return store.listRuns({ fundId, limit, scope: context.scope });
  };
}

/** One stored run, or `not_found` (also for another fund's run): `GET /api/runs/{id}`. */
export function getRunUseCase({ store }: UseCaseDependencies) {
  return async (runId: string, context: CallContext = {}): Promise<RunRecord> => {
    const id = parseRecordId(runId, 'run_id');
    const run = await store.getRun(id, context.scope);
    if (run === null) throw new NotFoundError('run', id);
    return run;
  };
}

/** One stored run as its JSON text, exactly as stored, for read paths that only pass it on. */
export function getRunJsonUseCase({ store }: UseCaseDependencies) {
  return async (runId: string, context: CallContext = {}): Promise<string> => {
    const id = parseRecordId(runId, 'run_id');
    const text = await store.getRunJson(id, context.scope);
    if (text === null) throw new NotFoundError('run', id);
    return text;
  };
}
