import type {
  AssetType,
  Capacity,
  ExplanationNode,
  LlmCallRecord,
  ProgramOutcome,
  RevisionPolicyConfig,
  ScenarioDefinition,
  SelectorSpec,
} from '@leaseback/domain';

/**
 * What a model is told about the portfolio: the figures a brief may refer to.
 * `text` is a prose rendering for prompts; the structured fields let the offline
 * client resolve names such as markets.
 */
export interface AssetSummary {
  readonly asset_count: number;
  /** Distinct markets, sorted. */
  readonly markets: readonly string[];
  /** Distinct asset types present, sorted. */
  readonly asset_types: readonly AssetType[];
  /** Sum of every asset's cash proceeds if sold (USD). */
  readonly total_potential_proceeds: number;
  /**
   * Potential cash proceeds by market (USD), keyed by the market's spelling in
   * `markets`. Optional: when given, the offline client's geo-focus scenario
   * excludes the market holding the largest share; without it, the first market.
   */
  readonly market_proceeds?: Readonly<Record<string, number>>;
  /**
   * The leaseback term (whole years) under which the largest share of potential
   * proceeds would be sold: each asset's `lease_term_years`, else the corporate
   * default. Optional: when it (or a term the brief states) is longer than the
   * offline short-leases term, the offline client proposes a "Short leases" what-if.
   */
  readonly typical_lease_term_years?: number;
  /**
   * The assets by id, name, type and market. Optional: when given, the offline
   * client reads assets named in a brief ("except the Dallas HQ", "not the
   * Fontana warehouse") and checks asset ids against the portfolio.
   */
  readonly assets?: readonly {
    readonly asset_id: string;
    readonly name: string;
    readonly asset_type: AssetType;
    readonly market: string;
  }[];
  readonly baseline: {
    readonly ebitda: number;
    readonly net_debt: number;
    readonly net_leverage: number | null;
    readonly fixed_charge_coverage: number | null;
  };
  readonly text: string;
}

/** Options every call accepts. */
export interface LlmCallOptions {
  /** Cancels the call; the client stops waiting and throws `llm_cancelled`. */
  readonly signal?: AbortSignal;
}

/** What a call did, recorded in the audit trace (without the method name, which the caller knows). */
export type LlmCallMetadata = Omit<LlmCallRecord, 'method'>;

/** A validated value and the metadata of the call that produced it. */
export interface LlmResult<T> {
  readonly value: T;
  readonly metadata: LlmCallMetadata;
}

/** What the reviser knows besides the spec and the outcome. */
export interface RevisionContext {
  /** The spec the run started from (after caller overrides). */
  readonly original: SelectorSpec;
  /** 1-based iteration that produced `outcome`. */
  readonly iteration: number;
  readonly max_iterations: number;
  /** The most the portfolio can raise under the current spec, when known. */
  readonly capacity: Capacity | null;
  /** The policy bounds the proposal will be held to. */
  readonly policy: RevisionPolicyConfig;
}

/** What the field extractor knows besides the message. */
export interface ExtractionContext {
  /** Fields already known (so a model can resolve "same as before"). */
  readonly known_fields?: Readonly<Record<string, unknown>>;
  /** Plain-English description of each requested field. */
  readonly field_descriptions?: Readonly<Record<string, string>>;
  /** Markets in the portfolio, for resolving place names. */
  readonly markets?: readonly string[];
}

/**
 * The only way Leaseback talks to a language model. Every method returns a value
 * already validated against the domain schema, beside the call's metadata.
 * Errors are `LlmError`s with stable codes.
 */
export interface LlmClient {
  /** Provider name recorded in traces (`offline`, `openai`, `anthropic`, `replay`, `test`). */
  readonly provider: string;
  /** Reads a brief into a selector spec. */
  generateSelectorSpec(brief: string, assetSummary: AssetSummary, options?: LlmCallOptions): Promise<LlmResult<SelectorSpec>>;
  /** Proposes a revised spec after an infeasible outcome (the policy then bounds it). */
  reviseSelectorSpec(
    spec: SelectorSpec,
    outcome: ProgramOutcome,
    context: RevisionContext,
    options?: LlmCallOptions,
  ): Promise<LlmResult<SelectorSpec>>;
  /** Writes a plain-English summary of an outcome from its explanation nodes. */
  generateExplanationSummary(
    spec: SelectorSpec,
    outcome: ProgramOutcome,
    nodes: readonly ExplanationNode[],
    options?: LlmCallOptions,
  ): Promise<LlmResult<string>>;
  /** Proposes `count` what-if variants of a brief; the first is always `base`. */
  generateScenarioDefinitions(
    brief: string,
    assetSummary: AssetSummary,
    count: number,
    options?: LlmCallOptions,
  ): Promise<LlmResult<ScenarioDefinition[]>>;
  /** Pulls named fields out of a conversational message; unknown fields are left out. */
  extractFields(
    message: string,
    fieldNames: readonly string[],
    context: ExtractionContext,
    options?: LlmCallOptions,
  ): Promise<LlmResult<Record<string, unknown>>>;
}
