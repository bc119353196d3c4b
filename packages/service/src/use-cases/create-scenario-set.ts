import { toLeasebackError } from '@leaseback/domain';
import { runScenarioSet } from '@leaseback/planner';
import type { CallContext, ScenarioSetWithComparison } from '../leaseback-service.js';
import { withComparison } from './read-scenario-sets.js';
import { plannerOptions, recordRunMetrics, type UseCaseDependencies } from './use-case-dependencies.js';
import { resolveWriteFund, scenarioSetFund } from './write-fund.js';

/** Runs a what-if set and stores it with its runs in one transaction: `POST /api/scenario_sets`. Idempotent per key. */
export function createScenarioSetUseCase(dependencies: UseCaseDependencies) {
  const { idempotent, logger, metrics, now, newId, store } = dependencies;
  return async (input: unknown, context: CallContext = {}): Promise<ScenarioSetWithComparison> => {
    const request = await dependencies.validateRequest('scenario_set_request', input, ['base_request', 'assets']);
    const requestedFund = scenarioSetFund(request.fund_id, request.base_request.fund_id);
    const fundId = resolveWriteFund(requestedFund, context.scope, request.fund_id ? 'request.fund_id' : 'request.base_request.fund_id');
    return idempotent('create_scenario_set', request, context, 201, async (): Promise<ScenarioSetWithComparison> => {
      const started = now().getTime();
      logger.debug({ use_case: 'create_scenario_set', brief: request.brief }, 'running a scenario set');
      context.onProgress?.('proposing scenarios');
      let result: Awaited<ReturnType<typeof runScenarioSet>>;
      try {
        result = await runScenarioSet(
          request.brief,
          { ...request.base_request, fund_id: fundId },
          {
            ...plannerOptions(dependencies, context),
            numScenarios: request.num_scenarios,
            ...(request.custom_scenarios === undefined ? {} : { customDefinitions: request.custom_scenarios }),
            fundId,
            // A job draws its set's id when it is queued (see jobs/): the set takes the first id drawn.
            newId: idsStartingWith(context.recordId, newId),
            onRunFinished: (run, index, total) =>
              context.onProgress?.(`scenario ${index + 1} of ${total} finished: ${run.scenario_label ?? run.run_id} (${run.status})`),
          },
        );
      } catch (thrown) {
        const code = toLeasebackError(thrown).code;
        metrics.scenarioSets.inc({ result: code === 'scenario_definitions_unavailable' ? 'definitions_unavailable' : 'failed' });
        logger.warn({ use_case: 'create_scenario_set', error_code: code }, 'scenario set failed; nothing stored');
        throw thrown;
      }
      context.onProgress?.('storing the scenario set');
      await store.createScenarioSet(result.scenario_set, result.runs);
      for (const run of result.runs) recordRunMetrics(metrics, run);
      metrics.scenarioSets.inc({ result: 'completed' });
      logger.info(
        {
          use_case: 'create_scenario_set',
          scenario_set_id: result.scenario_set.id,
          fund_id: fundId,
          run_ids: result.scenario_set.run_ids,
          failed_runs: result.runs.filter((run) => run.status === 'failed').length,
          duration_ms: now().getTime() - started,
        },
        'scenario set stored',
      );
      return withComparison({ scenario_set: result.scenario_set, runs: result.runs });
    });
  };
}

/** `first` (when given) for the first id, then fresh ones. */
function idsStartingWith(first: string | undefined, newId: () => string): () => string {
  let pending = first;
  return () => {
    const id = pending ?? newId();
    pending = undefined;
    return id;
  };
}
