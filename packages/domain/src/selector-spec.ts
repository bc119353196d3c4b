import { z } from 'zod';
import { AssetTypeSchema } from './asset.js';
import { finiteNumber, nonEmptyString, unitInterval } from './primitives.js';
import { ProgramTermsSchema, SelectionObjectiveSchema } from './program-economics.js';

/** The kinds of capital program. Closed; immutable during revision. */
export const ProgramTypeSchema = z.enum(['slb']);
/** A program type. */
export type ProgramType = z.infer<typeof ProgramTypeSchema>;

/** How the engine chooses assets: the greedy rule, or a provably optimal 0-1 program. */
export const SelectionStrategySchema = z.enum(['greedy', 'exact']);
/** A selection strategy. */
export type SelectionStrategy = z.infer<typeof SelectionStrategySchema>;

/** The covenants the program must keep. Missing optional covenants are not checked. */
export const HardConstraintsSchema = z
  .strictObject({
    /** Net debt / EBITDA after the program must stay at or below this. */
    max_net_leverage: finiteNumber()
      .gt(0, 'must be > 0')
      .describe('Net debt / EBITDA after the program must stay at or below this, a multiple (4.5 = 4.5x)'),
    /** EBITDAR / (interest + rent) after the program must stay at or above this. */
    min_fixed_charge_coverage: finiteNumber()
      .gt(0, 'must be > 0')
      .describe('EBITDAR / (interest + rent) after the program must stay at or above this, a multiple (2.0 = 2.0x)'),
    /** (Net debt + k x rent) / EBITDAR after the program must stay at or below this. */
    max_lease_adjusted_leverage: finiteNumber()
      .gt(0, 'must be > 0')
      .describe('(Net debt + k x rent) / EBITDAR after the program must stay at or below this, a multiple; not checked when absent')
      .meta({ examples: [5.5] })
      .optional(),
    /** No single market may provide more than this share of the target in proceeds. */
    max_market_share: finiteNumber()
      .gt(0, 'must be > 0 and <= 1')
      .max(1, 'must be > 0 and <= 1')
      .describe('Largest share of the target any one market may provide in proceeds, a fraction in (0, 1]; not checked when absent')
      .meta({ examples: [0.4] })
      .optional(),
    /** The annual rent the program adds (sum of the sold assets' market rent, USD) must stay at or below this. */
    max_rent_added: finiteNumber()
      .gt(0, 'must be > 0')
      .describe("Most annual rent the program may add (the sold assets' market rent), USD a year; not checked when absent")
      .meta({ examples: [15_000_000] })
      .optional(),
  })
  .describe('The covenants the program must keep; an optional covenant left out is not checked');
/** Validated hard constraints. */
export type HardConstraints = z.output<typeof HardConstraintsSchema>;

/** Which assets may be considered at all. Every filter is optional. */
export const AssetFiltersSchema = z
  .strictObject({
    /** Exclude assets whose criticality is above this. */
    max_criticality: unitInterval().describe('Leave out assets whose criticality (0 to 1) is above this').optional(),
    /** Exclude assets whose leaseability is below this. */
    min_leaseability: unitInterval()
      .describe('Leave out assets whose leaseability (0 to 1) is below this')
      .meta({ examples: [0.6] })
      .optional(),
    /** Allow-list of asset types. */
    asset_types: z
      .array(AssetTypeSchema)
      .min(1, 'must list at least one type when given')
      .describe('Only assets of these types are considered (an allow-list)')
      .optional(),
    /** Allow-list of markets (compared case-insensitively). */
    include_markets: z
      .array(nonEmptyString())
      .min(1, 'must list at least one market when given')
      .describe('Only assets in these markets are considered (compared case-insensitively)')
      .meta({ examples: [['Dallas', 'Atlanta']] })
      .optional(),
    /** Markets to leave out (compared case-insensitively). */
    exclude_markets: z
      .array(nonEmptyString())
      .describe('Markets to leave out (compared case-insensitively)')
      .meta({ examples: [['Newark']] })
      .optional(),
    /** Assets to leave out by id. */
    exclude_asset_ids: z
      .array(nonEmptyString())
      .describe('Assets to leave out, by id')
      .meta({ examples: [['DAL-01']] })
      .optional(),
    /** When true, leave out every asset with a mortgage balance above zero. */
    exclude_mortgaged: z
      .boolean()
      .describe('When true, leave out every asset with a mortgage balance above zero')
      .meta({ examples: [true] })
      .optional(),
  })
  .describe('Which assets may be considered at all; every filter is optional');
/** Validated asset filters. */
export type AssetFilters = z.output<typeof AssetFiltersSchema>;

/**
 * The precise selection request the engine answers: target, floor, covenants,
 * filters and strategy. Unknown fields are rejected.
 */
export const SelectorSpecSchema = z.strictObject({
  program_type: ProgramTypeSchema.describe('The kind of capital program; slb (sale-leaseback) is the only one'),
  /** Cash proceeds sought (USD). */
  target_amount: finiteNumber().gt(0, 'must be > 0').describe('Cash proceeds sought, USD'),
  /** Lowest target the revision loop may reach; the planner defaults it to 80 % of the first target. */
  floor_amount: finiteNumber()
    .gt(0, 'must be > 0')
    .describe('Lowest target the revision loop may reach, USD; the planner defaults it to 80 % of the first target')
    .optional(),
  hard_constraints: HardConstraintsSchema.describe('The covenants the program must keep'),
  asset_filters: AssetFiltersSchema.describe('Which assets may be considered; none filtered when absent').default({}),
  strategy: SelectionStrategySchema.describe('greedy (the documented rule) or exact (a provably optimal 0-1 program)').default('greedy'),
  /**
   * Exact strategy only: `min_proceeds` (the default when absent) or
   * `min_npv_cost`. Any other objective with the greedy strategy is bad input
   * (`findObjectiveProblem`): it is checked where a spec enters, not here, so
   * that the schema stays extendable.
   */
  objective: SelectionObjectiveSchema.describe(
    'Exact strategy only: min_proceeds (sell no more than needed, default) or min_npv_cost (cheapest capital: smallest summed NPV cost)',
  )
    .meta({ examples: ['min_npv_cost'] })
    .optional(),
  /** Lease term, escalator, basis and tax rate stated for the whole program; each wins over the portfolio's figures. */
  program_terms: ProgramTermsSchema.describe(
    'Lease term, escalator, accounting basis and tax rate stated for the whole program; each wins over the portfolio figures',
  )
    .meta({ examples: [{ lease_term_years: 20, rent_escalator: 0.025 }] })
    .optional(),
});
/** A validated selector spec (defaults applied). */
export type SelectorSpec = z.output<typeof SelectorSpecSchema>;
/** A selector spec as a caller may write it. */
export type SelectorSpecInput = z.input<typeof SelectorSpecSchema>;
