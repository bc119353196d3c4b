import type { LlmClient } from '@leaseback/llm';
import type { EngineWorkerPool } from './engine-worker-pool.js';
import { WORKER_VALIDATION_MIN_ASSETS } from './request-validation.js';

/**
 * The offline client with its brief reading (`generateSelectorSpec`) moved to
 * the worker pool. Reading a brief runs some three hundred patterns over it
 * (about 1.5 ms for the example brief, and some 100-450 ms of event loop for
 * 2,000 assets, whose names and markets it matches), which inline would hold
 * up every other request. Large portfolios' briefs are always read in the pool;
 * with `everyBrief` (a server answering requests side by side) every brief is,
 * so that the reading, most of a small write's CPU, runs beside the requests on
 * another core: the hop costs a structured clone of the brief and the asset
 * summary each way, far less than the reading. A single command reads its
 * small portfolio inline, where a thread would only add its start. Each worker
 * keeps its own offline client, giving the same reading (the client is
 * deterministic). A call already cancelled stays inline.
 */
export function readOfflineInWorkers(client: LlmClient, pool: EngineWorkerPool, everyBrief = false): LlmClient {
  return {
    provider: client.provider,
    generateSelectorSpec: (brief, assetSummary, callOptions) =>
      callOptions?.signal?.aborted === true || (!everyBrief && (assetSummary.assets ?? []).length < WORKER_VALIDATION_MIN_ASSETS)
        ? client.generateSelectorSpec(brief, assetSummary, callOptions)
        : pool.readBriefOffline(brief, assetSummary),
    reviseSelectorSpec: (...args) => client.reviseSelectorSpec(...args),
    generateExplanationSummary: (...args) => client.generateExplanationSummary(...args),
    generateScenarioDefinitions: (...args) => client.generateScenarioDefinitions(...args),
    extractFields: (...args) => client.extractFields(...args),
  };
}
