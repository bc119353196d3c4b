import { z } from 'zod';
import { SelectionStrategySchema } from './selector-spec.js';
import { finiteNumber } from './primitives.js';
import { ProgramEconomicsSchema } from './program-economics.js';

/** The engine's verdict. */
export const OutcomeStatusSchema = z.enum(['ok', 'infeasible', 'numeric_error']);
/** An outcome status. */
export type OutcomeStatus = z.infer<typeof OutcomeStatusSchema>;

/**
 * Pro-forma metrics. A ratio is `null` when it is undefined or unbounded (net
 * leverage with EBITDA <= 0, coverage with no fixed charges); `ratio_notes`
 * says why for each null ratio.
 */
export const ProgramMetricsSchema = z.strictObject({
  net_leverage: finiteNumber().nullable().describe('Net debt / EBITDA, a multiple (4.2 = 4.2x); null when undefined (see ratio_notes)'),
  fixed_charge_coverage: finiteNumber()
    .nullable()
    .describe('EBITDAR / (interest + rent), a multiple (1.8 = 1.8x); null when fixed charges are zero (see ratio_notes)'),
  lease_adjusted_leverage: finiteNumber()
    .nullable()
    .describe('(Net debt + k x rent) / EBITDAR, a multiple; null when undefined (see ratio_notes)'),
  ebitda: finiteNumber().describe('EBITDA after the program, USD a year (less the new rent under us_gaap)'),
  /** EBITDA + rent already paid (R0); unchanged by the program. */
  ebitdar: finiteNumber().describe('EBITDA plus the rent already paid, USD a year; unchanged by the program'),
  net_debt: finiteNumber().describe('Debt minus cash after the proceeds repay debt, USD'),
  interest_expense: finiteNumber().describe('Interest after the debt repaid, USD a year'),
  /** Total rent: R0 plus the rent of every asset sold. */
  rent_expense: finiteNumber().describe('Rent already paid plus the rent of every asset sold, USD a year'),
  /** Why a ratio above is null, keyed by ratio name. */
  ratio_notes: z
    .record(z.string(), z.string())
    .describe('Why a ratio above is null, by ratio name (e.g. fixed_charge_coverage: no fixed charges)')
    .default({}),
});
/** Pro-forma metrics. */
export type ProgramMetrics = z.output<typeof ProgramMetricsSchema>;

/** The covenants the engine can check. */
export const ConstraintNameSchema = z.enum([
  'max_net_leverage',
  'min_fixed_charge_coverage',
  'max_lease_adjusted_leverage',
  'max_market_share',
  'max_rent_added',
]);
/** A covenant name. */
export type ConstraintName = z.infer<typeof ConstraintNameSchema>;

/**
 * One covenant, before and after the program. `binding` marks the covenant that
 * stopped the selection from going further (it rejected an asset that would
 * otherwise have been taken, or it is the tightest at the end).
 */
export const ConstraintCheckSchema = z.strictObject({
  name: ConstraintNameSchema.describe('The covenant checked (max_net_leverage, min_fixed_charge_coverage...)'),
  limit: finiteNumber().describe("The covenant's limit, in its unit (a multiple for leverage and coverage, a share for the rest)"),
  before: finiteNumber().nullable().describe("The figure before the program, in the limit's unit; null when undefined (see note)"),
  after: finiteNumber().nullable().describe("The figure after the program, in the limit's unit; null when undefined (see note)"),
  passed: z.boolean().describe('Whether the figure after the program meets the limit'),
  binding: z.boolean().describe('Whether this covenant is what stopped more assets being sold'),
  /** Why `before` or `after` is null, when one is. */
  note: z.string().nullable().describe('Why before or after is null, when one is').default(null),
});
/** A covenant check. */
export type ConstraintCheck = z.output<typeof ConstraintCheckSchema>;

/** Why an asset was never considered: the first filter it failed. */
export const ExclusionReasonSchema = z.enum([
  'excluded_asset_id',
  'asset_type',
  'market_not_included',
  'market_excluded',
  'mortgaged',
  'criticality',
  'leaseability',
  'underwater',
]);
/** An exclusion reason. */
export type ExclusionReason = z.infer<typeof ExclusionReasonSchema>;

/** An ineligible asset and the first filter it failed. */
export const ExcludedAssetSchema = z.strictObject({
  asset_id: z.string().describe('The asset left out'),
  reason: ExclusionReasonSchema.describe('The first filter it failed (asset_type, market, criticality...)'),
  /** Plain-English detail with the numbers, e.g. `criticality 0.95 > max 0.7`. */
  detail: z.string().describe('Plain-English detail with the numbers, e.g. "criticality 0.95 > max 0.7"'),
});
/** An excluded asset. */
export type ExcludedAsset = z.output<typeof ExcludedAssetSchema>;

/** Stable codes for why an outcome is not `ok`. */
export const OutcomeReasonCodeSchema = z.enum([
  'target_shortfall',
  'covenant_binding',
  'covenant_violated_at_baseline',
  'assets_filtered',
  'no_eligible_assets',
  'numeric_error',
  'solver_time_limit',
]);
/** An outcome reason code. */
export type OutcomeReasonCode = z.infer<typeof OutcomeReasonCodeSchema>;

/** One reason an outcome is `infeasible` or `numeric_error`, with its numbers. */
export const OutcomeReasonSchema = z.strictObject({
  code: OutcomeReasonCodeSchema.describe('Why, as a stable code (target_shortfall, covenant_binding...)').meta({
    examples: ['target_shortfall'],
  }),
  message: z
    .string()
    .describe('The reason in plain English, with its numbers')
    .meta({ examples: ['Proceeds of $121.4M fall $28.6M short of the $150M target.'] }),
  /** The covenant concerned, for covenant reasons. */
  constraint: ConstraintNameSchema.nullable()
    .describe('The covenant concerned, for covenant reasons; otherwise null')
    .meta({ examples: ['max_net_leverage'] })
    .default(null),
  /** The amount concerned (shortfall in USD, count of assets...), when there is one. */
  amount: finiteNumber()
    .nullable()
    .describe('The amount concerned, when there is one (a shortfall in USD, a count of assets...)')
    .meta({ examples: [28_600_000] })
    .default(null),
});
/** An outcome reason. */
export type OutcomeReason = z.output<typeof OutcomeReasonSchema>;

/** Kinds of deterministic explanation facts. */
export const ExplanationNodeKindSchema = z.enum([
  'asset_selected',
  'asset_rejected',
  'asset_excluded',
  'asset_not_needed',
  'covenant_binding',
  'covenant_violated_at_baseline',
  'target_met',
  'target_shortfall',
  'optimality',
  'capacity',
  /** The assets whose capital is cheapest (lowest implied cost), and whether it beats debt. */
  'cheapest_capital',
  /** A selected asset whose implied cost is above the cost of debt. */
  'dearer_than_debt',
  /** What the exact strategy minimised, and whether the cheapest program sells more than the target. */
  'objective',
  /** Added by the planner: what a revision relaxed, from -> to, and at which iteration. */
  'spec_revised',
]);
/** An explanation node kind. */
export type ExplanationNodeKind = z.infer<typeof ExplanationNodeKindSchema>;

/**
 * A deterministic fact about the outcome: why an asset was chosen or passed over,
 * which covenant binds. Summaries (offline or LLM) are written from these.
 */
export const ExplanationNodeSchema = z.strictObject({
  kind: ExplanationNodeKindSchema.describe('What the fact is about (asset_selected, covenant_binding, target_met...)'),
  asset_id: z.string().nullable().describe('The asset concerned; null when the fact is not about one asset'),
  constraint: ConstraintNameSchema.nullable().describe('The covenant concerned; null when the fact is not about a covenant'),
  message: z.string().describe('The fact in plain English, with its numbers'),
  /** The figures behind the message, by name (finite numbers, strings or null). */
  values: z
    .record(z.string(), z.union([finiteNumber(), z.string(), z.null()]))
    .describe('The figures behind the message, by name (amounts in USD, ratios as multiples)'),
});
/** An explanation node. */
export type ExplanationNode = z.output<typeof ExplanationNodeSchema>;

/**
 * For the exact strategy: whether optimality was proven, and the bound when it was
 * not. No timing is reported: the outcome is a pure function of its inputs.
 */
export const SolverReportSchema = z.strictObject({
  proven_optimal: z
    .boolean()
    .describe('Whether the solver proved the selection optimal')
    .meta({ examples: [true] }),
  /** True when the time limit stopped the search before a proof. */
  time_limited: z
    .boolean()
    .describe('True when the time limit stopped the search before a proof')
    .meta({ examples: [false] }),
  /** The best lower bound on proceeds the solver established (USD), when known. */
  bound: finiteNumber()
    .nullable()
    .describe('The best lower bound on proceeds the solver established, USD; null when unknown')
    .meta({ examples: [151_250_000] }),
});
/** A solver report. */
export type SolverReport = z.output<typeof SolverReportSchema>;

/** The most the portfolio can raise under the spec's covenants and filters. */
export const CapacitySchema = z
  .strictObject({
    max_proceeds: finiteNumber().describe('The most cash proceeds the portfolio can raise under the covenants and filters, USD'),
    asset_ids: z.array(z.string()).describe('The assets whose sale raises max_proceeds'),
    proven_optimal: z.boolean().describe('Whether max_proceeds is proven to be the most (exact search) rather than a greedy estimate'),
  })
  .describe("The most the portfolio can raise under the spec's covenants and filters");
/** Capacity. */
export type Capacity = z.output<typeof CapacitySchema>;

/** The engine's answer to one selector spec. */
export const ProgramOutcomeSchema = z.strictObject({
  status: OutcomeStatusSchema.describe(
    'ok when the target is met within every covenant; infeasible or numeric_error otherwise (see reasons)',
  ),
  strategy: SelectionStrategySchema.describe('The selection strategy used (greedy or exact)'),
  /** In selection order. */
  selected_asset_ids: z.array(z.string()).describe('The assets to sell, in selection order'),
  /** Cash proceeds C. */
  proceeds: finiteNumber().describe('Cash proceeds of the assets sold, USD'),
  /** max(0, target - proceeds). */
  shortfall: finiteNumber().describe('max(0, target_amount - proceeds), USD'),
  target_amount: finiteNumber().describe('The target the outcome answers (the last revised one), USD'),
  metrics_before: ProgramMetricsSchema.nullable().describe('Pro-forma metrics before the program; null only for a numeric_error outcome'),
  metrics_after: ProgramMetricsSchema.nullable().describe('Pro-forma metrics after the program; null only for a numeric_error outcome'),
  constraint_checks: z.array(ConstraintCheckSchema).describe('Each covenant checked, before and after the program'),
  excluded_assets: z.array(ExcludedAssetSchema).describe('The assets never considered, each with the first filter it failed'),
  reasons: z.array(OutcomeReasonSchema).describe('Why the outcome is not ok, with numbers; empty when it is ok'),
  explanation_nodes: z.array(ExplanationNodeSchema).describe('Deterministic facts about the outcome, from which summaries are written'),
  /** Present for the exact strategy. */
  solver: SolverReportSchema.nullable().describe('What the exact solver proved; null for the greedy strategy').default(null),
  /** Present when computed (always for an infeasible outcome from the planner). */
  capacity: CapacitySchema.nullable()
    .describe('The most the portfolio can raise, when computed (always for an infeasible planned outcome)')
    .default(null),
  /** What the capital costs and what it does to reported leverage; null only for a `numeric_error` outcome. */
  economics: ProgramEconomicsSchema.nullable()
    .default(null)
    .describe('Cost of the capital and effect on reported leverage; null only for a numeric_error outcome'),
  /**
   * The target first asked for, when the revision loop moved it (set by the
   * planner); `shortfall` is against `target_amount`, the last revised one.
   */
  requested_target_amount: finiteNumber()
    .describe('The target first asked for, USD, when the revision loop moved it')
    .meta({ examples: [150_000_000] })
    .optional(),
  /** max(0, requested target - proceeds), when `requested_target_amount` is set. */
  shortfall_against_request: finiteNumber()
    .describe('max(0, requested_target_amount - proceeds), USD, when that is set')
    .meta({ examples: [28_600_000] })
    .optional(),
});
/** A program outcome. */
export type ProgramOutcome = z.output<typeof ProgramOutcomeSchema>;
