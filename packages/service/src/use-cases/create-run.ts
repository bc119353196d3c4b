import { LeasebackError, type CreateRunResponse, type ProgramRequest } from '@leaseback/domain';
import { runProgram, runRecordFromResult } from '@leaseback/planner';
import type { CallContext } from '../leaseback-service.js';
import { withJsonText } from '../answer-json-text.js';
import { plannerOptions, recordRunMetrics, type UseCaseDependencies } from './use-case-dependencies.js';
import { resolveWriteFund } from './write-fund.js';

/** Plans a program and stores the run, completed or failed: `POST /api/runs`. Idempotent per key. */
export function createRunUseCase(dependencies: UseCaseDependencies) {
  const { idempotent, logger, metrics, now, newId, store } = dependencies;
  return async (input: unknown, context: CallContext = {}): Promise<CreateRunResponse> => {
    const request = await dependencies.validateRequest('program_request', input, ['assets']);
    const fundId = resolveWriteFund(request.fund_id, context.scope, 'request.fund_id');
    return idempotent('create_run', request, context, 201, async (): Promise<CreateRunResponse> => {
      // A job draws its run's id when it is queued (see jobs/), so that it can store its run only once.
      const runId = context.recordId ?? newId();
      const started = now();
      logger.debug({ use_case: 'create_run', run_id: runId, brief: request.program_description }, 'planning a program');
      context.onProgress?.('planning the program');
      const scopedRequest: ProgramRequest = { ...request, fund_id: fundId };
      const result = await runProgram(scopedRequest, plannerOptions(dependencies, context));
      const record = runRecordFromResult(result, { runId, fundId, createdAt: started.toISOString(), request: scopedRequest });
      context.onProgress?.('storing the run');
      // Serialised once: the store keeps this text and the answer is sent with it.
      const responseJson = record.response === null ? undefined : JSON.stringify(record.response);
      await store.createRun(record, responseJson);
      recordRunMetrics(metrics, record);
      const fields = {
        use_case: 'create_run',
        run_id: runId,
        fund_id: fundId,
        status: record.status,
        outcome_status: record.response?.outcome.status ?? null,
        duration_ms: now().getTime() - started.getTime(),
      };
      if (result.status === 'failed') {
        logger.warn({ ...fields, error_code: result.error.code }, 'run failed and was stored');
        // A cancelled run is stored for the record, but nobody is waiting for the answer:
        // throwing gives the idempotency key back so that a retry runs it again.
        if (result.error.code === 'cancelled') throw new LeasebackError('cancelled', result.error.message);
      } else logger.info(fields, 'run stored');
      const answer: CreateRunResponse = {
        run_id: runId,
        status: record.status,
        response: record.response,
        error: record.error,
        error_code: record.error_code,
      };
      const text = (value: string | null): string => JSON.stringify(value);
      return withJsonText(
        answer,
        `{"run_id":${text(answer.run_id)},"status":${text(answer.status)},"response":${responseJson ?? 'null'},` +
          `"error":${text(answer.error)},"error_code":${text(answer.error_code)}}`,
      );
    });
  };
}
