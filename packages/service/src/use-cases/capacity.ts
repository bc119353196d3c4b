import { computeCapacity } from '../compute-capacity.js';
import type { CallContext, CapacityReport } from '../leaseback-service.js';
import type { UseCaseDependencies } from './use-case-dependencies.js';

/** The most the portfolio can raise under the brief's spec: `POST /api/capacity`. */
export function capacityUseCase({ llm, plannerConfig, logger, now, engineFor, validateRequest }: UseCaseDependencies) {
  return async (input: unknown, context: CallContext = {}): Promise<CapacityReport> => {
    const request = await validateRequest('program_request', input, ['assets']);
    const started = now().getTime();
    const report = await computeCapacity(request, {
      llm,
      config: plannerConfig,
      engine: engineFor(context),
      ...(context.signal ? { signal: context.signal } : {}),
    });
    logger.info(
      {
        use_case: 'capacity',
        max_proceeds: report.capacity.max_proceeds,
        proven_optimal: report.capacity.proven_optimal,
        duration_ms: now().getTime() - started,
      },
      'capacity computed',
    );
    return report;
  };
}
