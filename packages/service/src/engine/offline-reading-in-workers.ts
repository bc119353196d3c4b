import type { LlmClient } from '@leaseback/llm';
import type { EngineWorkerPool } from './engine-worker-pool.js';

/**
 * The offline client with its brief reading (`generateSelectorSpec`) moved to
 * the worker pool: reading a brief runs some three hundred patterns over it
 * (about 1.5 ms for the example brief, and some 100-450 ms of event loop for
 * 2,000 assets, whose names and markets it matches), which inline would hold up
 * every other request, and in the pool runs beside them on another core. The
 * hop costs a structured clone of the brief and the asset summary each way,
 * far less than the reading. Each worker keeps its own offline client, giving
 * the same reading (the client is deterministic). A call already cancelled
 * stays inline.
 */
export function readOfflineInWorkers(client: LlmClient, pool: EngineWorkerPool): LlmClient {
  return {
    provider: client.provider,
    generateSelectorSpec: (brief, assetSummary, callOptions) =>
      callOptions?.signal?.aborted === true
        ? client.generateSelectorSpec(brief, assetSummary, callOptions)
        : pool.readBriefOffline(brief, assetSummary),
    reviseSelectorSpec: (...args) => client.reviseSelectorSpec(...args),
    generateExplanationSummary: (...args) => client.generateExplanationSummary(...args),
    generateScenarioDefinitions: (...args) => client.generateScenarioDefinitions(...args),
    extractFields: (...args) => client.extractFields(...args),
  };
}
