import { maxProceeds, selectAssetsAsync } from '@leaseback/engine';
import { serializeError, type EngineTask, type EngineTaskResult } from './engine-task.js';

/**
 * The worker thread's task (piscina calls the default export): one engine call,
 * its error returned as data so its class and code survive the thread boundary.
 * The exact solver is loaded once per worker, on its first exact solve.
 */
export default async function runEngineTask(task: EngineTask): Promise<EngineTaskResult> {
  try {
    const value =
      task.operation === 'select_assets'
        ? await selectAssetsAsync(task.assets, task.corporateState, task.spec, task.config)
        : await maxProceeds(task.assets, task.corporateState, task.spec, task.config);
    return { ok: true, value };
  } catch (thrown) {
    return { ok: false, error: serializeError(thrown) };
  }
}
