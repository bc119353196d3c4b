import { ProgramRequestSchema, ScenarioSetRequestSchema, safeParseInput } from '@leaseback/domain';
import { maxProceeds, selectAssetsAsync } from '@leaseback/engine';
import { createOfflineLlmClient } from '@leaseback/llm';
import { serializeError, type EngineTask, type EngineTaskResult, type RequestSchemaName } from './engine-task.js';

const REQUEST_SCHEMAS = { program_request: ProgramRequestSchema, scenario_set_request: ScenarioSetRequestSchema } as const satisfies Record<
  RequestSchemaName,
  unknown
>;

// One offline reader per worker, so its vocabulary cache serves every reading this thread does.
let offlineReader: ReturnType<typeof createOfflineLlmClient> | undefined;

/**
 * The worker thread's task (piscina calls the default export): one engine call,
 * one request validation or one offline brief reading, its error returned as
 * data so its class and code survive the thread boundary. The exact solver is
 * loaded once per worker, on its first exact solve.
 */
export default async function runEngineTask(task: EngineTask): Promise<EngineTaskResult> {
  try {
    switch (task.operation) {
      case 'select_assets':
        return { ok: true, value: await selectAssetsAsync(task.assets, task.corporateState, task.spec, task.config) };
      case 'max_proceeds':
        return { ok: true, value: await maxProceeds(task.assets, task.corporateState, task.spec, task.config) };
      case 'validate_request':
        return { ok: true, value: safeParseInput(REQUEST_SCHEMAS[task.schema], task.input, task.root) };
      case 'read_brief':
        offlineReader ??= createOfflineLlmClient();
        return { ok: true, value: await offlineReader.generateSelectorSpec(task.brief, task.assetSummary) };
    }
  } catch (thrown) {
    return { ok: false, error: serializeError(thrown) };
  }
}
