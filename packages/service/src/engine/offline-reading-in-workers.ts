import type { LlmClient } from '@leaseback/llm';
import type { EngineWorkerPool } from './engine-worker-pool.js';
import { WORKER_VALIDATION_MIN_ASSETS } from './request-validation.js';

/**
 * The offline client with its brief reading (`generateSelectorSpec`) moved to
 * the worker pool for large portfolios: the reading matches the brief against
 * every asset's name and market (some 100-450 ms of event loop for 2,000
 * assets), so inline it would hold up every other request. Each worker keeps
 * its own offline client, giving the same reading (the client is
 * deterministic). Small portfolios, and a call already cancelled, stay inline.
 */
export function readOfflineInWorkers(client: LlmClient, pool: EngineWorkerPool): LlmClient {
  return {
    provider: client.provider,
    generateSelectorSpec: (brief, assetSummary, callOptions) =>
      callOptions?.signal?.aborted === true || (assetSummary.assets ?? []).length < WORKER_VALIDATION_MIN_ASSETS
        ? client.generateSelectorSpec(brief, assetSummary, callOptions)
        : pool.readBriefOffline(brief, assetSummary),
    reviseSelectorSpec: (...args) => client.reviseSelectorSpec(...args),
    generateExplanationSummary: (...args) => client.generateExplanationSummary(...args),
    generateScenarioDefinitions: (...args) => client.generateScenarioDefinitions(...args),
    extractFields: (...args) => client.extractFields(...args),
  };
}
