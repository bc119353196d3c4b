import type { ProgramResponse } from '@leaseback/domain';
import { runProgram } from '@leaseback/planner';
import type { CallContext } from '../leaseback-service.js';
import { ProgramRunFailedError } from '../service-errors.js';
import { plannerOptions, recordRunMetrics, type UseCaseDependencies } from './use-case-dependencies.js';

/** Plans a program and stores nothing: `POST /api/programs`. Idempotent per key. */
export function runProgramUseCase(dependencies: UseCaseDependencies) {
  const { idempotent, logger, metrics, now } = dependencies;
  return async (input: unknown, context: CallContext = {}): Promise<ProgramResponse> => {
    const request = await dependencies.validateRequest('program_request', input, ['assets']);
    return idempotent('run_program', request, context, 200, async () => {
      const started = now().getTime();
      logger.debug({ use_case: 'run_program', brief: request.program_description }, 'planning a program');
      const result = await runProgram(request, plannerOptions(dependencies, context));
      recordRunMetrics(metrics, { status: result.status, response: result.status === 'completed' ? result.response : null });
      const fields = { use_case: 'run_program', status: result.status, duration_ms: now().getTime() - started };
      if (result.status === 'failed') {
        logger.warn({ ...fields, error_code: result.error.code }, 'program run failed');
        throw new ProgramRunFailedError(result.error, result.audit_trace);
      }
      logger.info({ ...fields, outcome_status: result.response.outcome.status }, 'program planned');
      return result.response;
    });
  };
}
