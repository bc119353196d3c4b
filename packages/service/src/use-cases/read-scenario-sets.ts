import { findByIdOrPrefix } from './resolve-id-prefix.js';
import { SCENARIO_SET_LIST_LIMITS, type ScenarioSetResult, type ScenarioSetSummary } from '@leaseback/domain';
import { compareScenarioSet } from '@leaseback/planner';
import type { CallContext, ListQueryInput, ScenarioSetWithComparison } from '../leaseback-service.js';
import { parseListQuery, parseRecordId } from '../list-query.js';
import type { UseCaseDependencies } from './use-case-dependencies.js';

/** Scenario sets newest first, within the caller's fund scope: `GET /api/scenario_sets`. */
export function listScenarioSetsUseCase({ store }: UseCaseDependencies) {
  return async (query: ListQueryInput, context: CallContext = {}): Promise<ScenarioSetSummary[]> => {
    const { fundId, limit } = parseListQuery(query, SCENARIO_SET_LIST_LIMITS);
    return store.listScenarioSets({ fundId, limit, scope: context.scope });
  };
}

/** One stored set with its runs and comparison, or `not_found`: `GET /api/scenario_sets/{id}`. */
export function getScenarioSetUseCase({ store }: UseCaseDependencies) {
  return async (id: string, context: CallContext = {}): Promise<ScenarioSetWithComparison> => {
    const setId = parseRecordId(id, 'id');
    const { value: set } = await findByIdOrPrefix(store, 'scenario_set', setId, context.scope, (fullId) =>
      store.getScenarioSet(fullId, context.scope),
    );
    return withComparison(set);
  };
}

/** A set with the comparison table the CLI and API show beside its runs. */
export function withComparison(set: ScenarioSetResult): ScenarioSetWithComparison {
  return { scenario_set: set.scenario_set, runs: set.runs, comparison: compareScenarioSet(set.runs) };
}
