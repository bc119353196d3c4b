import { MAX_SCENARIOS, InvalidInputError, type AssetType, type JsonValue, type Notice } from '@leaseback/domain';
import { throwIfAborted } from '../call-guard.js';
import type { AssetSummary, LlmCallMetadata, LlmClient, LlmResult } from '../llm-client.js';
import { LlmError } from '../llm-error.js';
import { findCasesToCompare, type CaseToCompare } from './cases-to-compare.js';
import { fieldsFromReading } from './extract-fields-offline.js';
import { OFFLINE_DEFAULTS, type OfflineDefaults } from './offline-defaults.js';
import { PlaceVocabulary, type NamedAsset } from './place-vocabulary.js';
import { readBrief, type BriefReading } from './read-brief.js';
import { reviseSpecOffline } from './revise-spec-offline.js';
import { scenariosFromSpec } from './scenarios-from-spec.js';
import { specFromBrief } from './spec-from-brief.js';
import { summarizeOutcome } from './summarize-outcome.js';
import type { MetroEntry } from './us-metro-states.js';

/** Provider name the offline client records. */
export const OFFLINE_PROVIDER = 'offline';
/** Model name the offline client records; bump it when the parser's readings change. */
export const OFFLINE_MODEL = 'offline-parser-v1';

/** Options of `createOfflineLlmClient`. */
export interface OfflineLlmClientOptions {
  /** Overrides of the documented defaults (net leverage 4.0x, coverage 1.5x, target 25 % of potential proceeds). */
  readonly defaults?: Partial<OfflineDefaults>;
  /** Metros to add to the built-in US metro -> state table (checked before it). */
  readonly extraMetros?: readonly MetroEntry[];
}

/** Copies a value through JSON so the recorded output can never share structure with the returned one. */
function toJson(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

function metadata(
  rawOutput: unknown,
  unrecognized: readonly string[],
  assumptions: readonly string[],
  notices?: readonly Notice[],
): LlmCallMetadata {
  return {
    provider: OFFLINE_PROVIDER,
    model: OFFLINE_MODEL,
    latency_ms: 0,
    usage: { input_tokens: 0, output_tokens: 0, total_tokens: 0 },
    attempts: 1,
    raw_output: toJson(rawOutput),
    unrecognized: [...unrecognized],
    assumptions: [...assumptions],
    ...(notices === undefined ? {} : { notices: notices.map((notice) => ({ ...notice })) }),
  };
}

/**
 * Runs `produce`, turning a schema failure of the client's own output (a bug,
 * never expected) into `llm_invalid_output` like any other client would report.
 */
function guarded<T>(method: string, produce: () => T): T {
  try {
    return produce();
  } catch (error) {
    if (error instanceof LlmError || error instanceof InvalidInputError) throw error;
    throw new LlmError('llm_invalid_output', `offline ${method} produced an invalid value`, { provider: OFFLINE_PROVIDER, cause: error });
  }
}

/**
 * The deterministic offline client: no network, no key, no clock. It reads
 * briefs with a rule-based parser (amounts, covenants, asset types, markets,
 * criticality and leaseability language), applies documented defaults where a
 * brief is silent and says so in `assumptions`, and lists every phrase it could
 * not interpret in `unrecognized`. The same input always gives the same output;
 * latency is recorded as 0 and token usage as zero.
 */
export function createOfflineLlmClient(options: OfflineLlmClientOptions = {}): LlmClient {
  const defaults: OfflineDefaults = { ...OFFLINE_DEFAULTS, ...options.defaults };
  const extraMetros = options.extraMetros ?? [];

  // A vocabulary is a pure function of the market list; building one is costly, so the last
  // few are kept. The cache changes nothing but speed: the same markets give the same vocabulary.
  const vocabularies = new Map<string, PlaceVocabulary>();
  const vocabularyFor = (markets: readonly string[], assets: readonly NamedAsset[] = []): PlaceVocabulary => {
    const key = [
      markets.join('\u0000'),
      ...assets.map((asset) => `${asset.asset_id}\u0001${asset.name}\u0001${asset.asset_type}\u0001${asset.market}`),
    ].join('\u0002');
    let vocabulary = vocabularies.get(key);
    if (vocabulary === undefined) {
      vocabulary = new PlaceVocabulary(markets, extraMetros, assets);
      if (vocabularies.size >= 16) vocabularies.delete(vocabularies.keys().next().value as string);
      vocabularies.set(key, vocabulary);
    }
    return vocabulary;
  };
  const read = (
    text: string,
    markets: readonly string[],
    portfolioTypes: readonly AssetType[],
    conversational: boolean,
    assets: readonly NamedAsset[] = [],
  ): BriefReading => readBrief(text, { vocabulary: vocabularyFor(markets, assets), portfolioTypes, conversational });

  // Cases the brief asks to compare describe other runs: their words are blanked (the same length, so quotes
  // still line up) before the base case is read, and a notice names them.
  const readSpec = (brief: string, assetSummary: AssetSummary) => {
    const asked = findCasesToCompare(brief, assetSummary.markets, extraMetros);
    const base = asked.spans.reduce((text, { start, end }) => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end), brief);
    const parsed = specFromBrief(
      read(base, assetSummary.markets, assetSummary.asset_types, false, assetSummary.assets ?? []),
      assetSummary,
      defaults,
    );
    if (asked.cases.length === 0) return { ...parsed, cases: asked.cases };
    return { ...parsed, notices: [...parsed.notices, casesToCompareNotice(asked.cases)], cases: asked.cases };
  };

  return {
    provider: OFFLINE_PROVIDER,

    async generateSelectorSpec(brief, assetSummary, callOptions = {}) {
      throwIfAborted(callOptions.signal, OFFLINE_PROVIDER);
      const { spec, assumptions, unrecognized, notices } = guarded('generateSelectorSpec', () => readSpec(brief, assetSummary));
      return { value: spec, metadata: metadata(spec, unrecognized, assumptions, notices) };
    },

    async reviseSelectorSpec(spec, outcome, context, callOptions = {}) {
      throwIfAborted(callOptions.signal, OFFLINE_PROVIDER);
      const revision = guarded('reviseSelectorSpec', () => reviseSpecOffline(spec, outcome, context));
      return { value: revision.spec, metadata: metadata(revision.spec, [], revision.assumptions) };
    },

    async generateExplanationSummary(spec, outcome, nodes, callOptions = {}) {
      throwIfAborted(callOptions.signal, OFFLINE_PROVIDER);
      const summary = summarizeOutcome(spec, outcome, nodes);
      return { value: summary, metadata: metadata(summary, [], []) };
    },

    async generateScenarioDefinitions(brief, assetSummary, count, callOptions = {}) {
      throwIfAborted(callOptions.signal, OFFLINE_PROVIDER);
      if (!Number.isInteger(count) || count < 1 || count > MAX_SCENARIOS) {
        throw new InvalidInputError([{ path: 'count', message: `must be a whole number between 1 and ${MAX_SCENARIOS}` }], {
          subject: 'generateScenarioDefinitions',
        });
      }
      const result = guarded('generateScenarioDefinitions', () => {
        const parsed = readSpec(brief, assetSummary);
        const scenarios = scenariosFromSpec(parsed.spec, assetSummary, count, parsed.cases);
        return { ...scenarios, unrecognized: parsed.unrecognized, assumptions: [...parsed.assumptions, ...scenarios.assumptions] };
      });
      return { value: result.definitions, metadata: metadata(result.definitions, result.unrecognized, result.assumptions) };
    },

    async extractFields(message, fieldNames, context, callOptions = {}): Promise<LlmResult<Record<string, unknown>>> {
      throwIfAborted(callOptions.signal, OFFLINE_PROVIDER);
      const reading = read(message, context.markets ?? [], [], true);
      const fields = fieldsFromReading(reading, fieldNames);
      return { value: fields, metadata: metadata(fields, reading.unrecognized, reading.notes) };
    },
  };
}

/** The `cases_to_compare` notice: the cases named, a warning when one of them is not understood. */
function casesToCompareNotice(cases: readonly CaseToCompare[]): Notice {
  const named = cases.map(({ words, change }) => (change === undefined ? `"${words}" (not understood)` : `"${words}"`));
  return {
    code: 'cases_to_compare',
    severity: cases.some((asked) => asked.change === undefined) ? 'warning' : 'info',
    message: `cases to compare named in the brief (${named.join(', ')}): each is a scenario of its own, not a filter on every run; a scenario set runs them side by side with the base case`,
  };
}
