import type { CallContext } from '../leaseback-service.js';
import type { ReplayReport } from '../replay-run.js';
import { parseRecordId } from '../list-query.js';
import { replayStoredRun } from '../replay-run.js';
import { NotFoundError } from '../service-errors.js';
import type { UseCaseDependencies } from './use-case-dependencies.js';

/** Replays a stored run from its audit trace and says whether it is identical: `POST /api/runs/{id}/replay`. */
export function replayRunUseCase({ store, plannerConfig, logger }: UseCaseDependencies) {
  return async (runId: string, context: CallContext = {}): Promise<ReplayReport> => {
    const id = parseRecordId(runId, 'run_id');
    const run = await store.getRun(id, context.scope);
    if (run === null) throw new NotFoundError('run', id);
    const report = await replayStoredRun(run, plannerConfig, context.signal);
    logger.info({ use_case: 'replay_run', run_id: id, identical: report.identical }, 'run replayed');
    return report;
  };
}
