import { z } from 'zod';
import { ProgramRequestSchema } from './program.js';
import { NoticeSchema } from './notice.js';
import { OutcomeStatusSchema } from './program-outcome.js';
import { finiteNumber, leaseTermYears, nonEmptyString, rentEscalator, timestamp, unitInterval } from './primitives.js';

/** Classification of what-if variants in a scenario set. */
export const ScenarioKindSchema = z.enum(['base', 'risk_off', 'aggressive', 'geo_focus', 'custom']);
/** A scenario kind. */
export type ScenarioKind = z.infer<typeof ScenarioKindSchema>;

/**
 * One what-if variant: a capital ask and optional covenant and filter overrides.
 * `null` (or absent) overrides mean "as the brief says".
 */
export const ScenarioDefinitionSchema = z.strictObject({
  label: z
    .string()
    .trim()
    .min(1, 'must be 1 to 50 characters')
    .max(50, 'must be 1 to 50 characters')
    .describe("The scenario's short name")
    .meta({ examples: ['Short leases'] }),
  kind: ScenarioKindSchema.describe('base, risk_off, aggressive, geo_focus or custom').meta({ examples: ['risk_off'] }),
  rationale: z
    .string()
    .trim()
    .min(1, 'must be 1 to 200 characters')
    .max(200, 'must be 1 to 200 characters')
    .describe('Why this what-if is worth running')
    .meta({ examples: ['Shows what 10-year leases cost against the base case.'] }),
  target_amount: finiteNumber()
    .gt(0, 'must be > 0')
    .describe('Cash proceeds sought in this scenario, USD')
    .meta({ examples: [150_000_000] }),
  max_leverage: finiteNumber()
    .gt(0, 'must be > 0 and < 10')
    .lt(10, 'must be > 0 and < 10')
    .nullable()
    .describe('Maximum net debt / EBITDA after the program, a multiple 0 < x < 10; null or absent: as the brief says')
    .meta({ examples: [3.25] })
    .optional(),
  min_coverage: finiteNumber()
    .gt(0, 'must be > 0 and < 20')
    .lt(20, 'must be > 0 and < 20')
    .nullable()
    .describe('Minimum fixed-charge coverage after the program, a multiple 0 < x < 20; null or absent: as the brief says')
    .meta({ examples: [2.25] })
    .optional(),
  max_criticality: unitInterval()
    .nullable()
    .describe('Only sell assets at most this critical, 0..1; null or absent: as the brief says')
    .meta({ examples: [0.5] })
    .optional(),
  min_leaseability: unitInterval()
    .nullable()
    .describe('Only sell assets at least this leaseable, 0..1; null or absent: as the brief says')
    .meta({ examples: [0.7] })
    .optional(),
  exclude_markets: z
    .array(nonEmptyString())
    .nullable()
    .describe('Markets none of whose assets may be sold; null or absent: as the brief says')
    .meta({ examples: [['Chicago']] })
    .optional(),
  /** Lease term applied to every sale in this scenario (a "short leases" what-if), whole years 1..50. */
  lease_term_years: leaseTermYears()
    .nullable()
    .describe('Lease term in whole years (1..50) for every sale in this scenario')
    .meta({ examples: [10] })
    .optional(),
  /** Rent escalator applied to every sale in this scenario, 0 <= g < 0.25. */
  rent_escalator: rentEscalator()
    .nullable()
    .describe('Annual rent escalator, decimal 0 <= g < 0.25, for every sale in this scenario')
    .meta({ examples: [0.03] })
    .optional(),
});
/** A scenario definition. */
export type ScenarioDefinition = z.output<typeof ScenarioDefinitionSchema>;

/** The most scenarios one set may hold. */
export const MAX_SCENARIOS = 5;

/**
 * The definitions of one set: 1..5, the first is `base`, labels are unique
 * (case-insensitively), and no other definition is `base`.
 */
export const ScenarioDefinitionListSchema = z
  .array(ScenarioDefinitionSchema)
  .min(1, 'must contain at least one scenario')
  .max(MAX_SCENARIOS, `must contain at most ${MAX_SCENARIOS} scenarios`)
  .superRefine((definitions, context) => {
    if (definitions[0] && definitions[0].kind !== 'base')
      context.addIssue({ code: 'custom', path: [0, 'kind'], message: 'the first scenario must be kind "base"' });
    const seen = new Map<string, number>();
    definitions.forEach((definition, index) => {
      if (index > 0 && definition.kind === 'base')
        context.addIssue({ code: 'custom', path: [index, 'kind'], message: 'only the first scenario may be kind "base"' });
      const key = definition.label.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else
        context.addIssue({
          code: 'custom',
          path: [index, 'label'],
          message: `duplicate label "${definition.label}" (first used at [${first}])`,
        });
    });
  });

/** A request to run a what-if scenario set. */
export const ScenarioSetRequestSchema = z.strictObject({
  brief: nonEmptyString()
    .max(10_000, 'must be at most 10000 characters')
    .describe('What the set explores, in plain English (at most 10,000 characters)'),
  base_request: ProgramRequestSchema.describe('The base case: portfolio, brief and overrides every scenario starts from'),
  num_scenarios: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be between 1 and 5')
    .max(MAX_SCENARIOS, 'must be between 1 and 5')
    .describe('How many scenarios the set holds, base case included (1 to 5)')
    .default(3),
  /**
   * What-ifs the caller defined ("target $200M", "also exclude Chicago"): they
   * run after the base case in place of the last generated variants, kind
   * `custom`, so the set still holds `num_scenarios` scenarios.
   */
  custom_scenarios: z
    .array(
      ScenarioDefinitionSchema.extend({
        kind: z
          .literal('custom', 'must be "custom"')
          .describe('custom: a what-if the caller defined')
          .meta({ examples: ['custom'] }),
      }),
    )
    .max(MAX_SCENARIOS - 1, `must contain at most ${MAX_SCENARIOS - 1} scenarios (the base case comes first)`)
    .describe('What-ifs defined by the caller (kind custom); they run after the base case in place of the last generated ones')
    .meta({
      examples: [[{ label: 'Target $200M', kind: 'custom', rationale: 'What a larger raise would take.', target_amount: 200_000_000 }]],
    })
    .optional(),
  fund_id: nonEmptyString()
    .nullable()
    .describe("The fund the set belongs to; default: the API key's only fund (needed when the key holds several)")
    .optional(),
});
/** A validated scenario set request. */
export type ScenarioSetRequest = z.output<typeof ScenarioSetRequestSchema>;
/** A scenario set request as a caller may write it. */
export type ScenarioSetRequestInput = z.input<typeof ScenarioSetRequestSchema>;

/** A lightweight index of a set; labels, kinds and statuses live on its runs. */
export const ScenarioSetSummarySchema = z.strictObject({
  id: z.string().describe("The scenario set's id"),
  brief: z.string().describe('What the set explores, in plain English'),
  created_at: timestamp().describe('When the set was stored, an ISO 8601 UTC timestamp'),
  run_ids: z.array(z.string()).describe('The ids of its runs, in definition order (base case first)'),
  fund_id: z.string().nullable().describe('The fund the set belongs to; null when stored without one'),
});
/** A scenario set summary. */
export type ScenarioSetSummary = z.output<typeof ScenarioSetSummarySchema>;

/** One line of the side-by-side comparison of a scenario set. */
export const ScenarioComparisonRowSchema = z.strictObject({
  run_id: z.string().describe("The scenario's run id"),
  label: z.string().describe("The scenario's short name"),
  kind: ScenarioKindSchema.describe('base, risk_off, aggressive, geo_focus or custom'),
  run_status: z.enum(['completed', 'failed']).describe('Whether the run completed or failed (error says why)'),
  outcome_status: OutcomeStatusSchema.nullable().describe('ok, infeasible or numeric_error; null when the run failed'),
  target_amount: finiteNumber().nullable().describe('The target the outcome answers, USD; null when the run failed'),
  proceeds: finiteNumber().nullable().describe('Cash proceeds of the assets sold, USD; null when the run failed'),
  shortfall: finiteNumber().nullable().describe('max(0, target - proceeds), USD; null when the run failed'),
  net_leverage_after: finiteNumber()
    .nullable()
    .describe('Net debt / EBITDA after the program, a multiple; null when undefined or the run failed'),
  fixed_charge_coverage_after: finiteNumber()
    .nullable()
    .describe('EBITDAR / (interest + rent) after the program, a multiple; null when undefined or the run failed'),
  assets_sold: z.number().int().nullable().describe('How many assets the program sells; null when the run failed'),
  /** IRR of the program's cash flows (decimal); null when nothing was sold or the run failed. */
  implied_cost_of_capital: finiteNumber()
    .nullable()
    .default(null)
    .describe('IRR of the program cash flows, decimal per year; null when nothing was sold or the run failed'),
  /** implied_cost_of_capital - cost_of_debt (decimal; x 10,000 for basis points). */
  spread_to_cost_of_debt: finiteNumber()
    .nullable()
    .default(null)
    .describe('Implied cost of capital minus the cost of debt, decimal (x 10000 = basis points)'),
  /** Sum of the NPV costs of the sales against borrowing at the cost of debt (money). */
  npv_cost: finiteNumber()
    .nullable()
    .default(null)
    .describe('Summed NPV cost against borrowing at the cost of debt, money (negative = cheaper than debt)'),
  /** Annual rent the program adds (money). */
  annual_rent_added: finiteNumber().nullable().default(null).describe('Annual rent the program adds, money'),
  /** Net leverage after the program on the US GAAP basis (ratio). */
  net_leverage_after_us_gaap: finiteNumber()
    .nullable()
    .default(null)
    .describe('Net debt / EBITDA after the program on the US GAAP basis, ratio'),
  /** Net leverage after the program on the IFRS 16 basis (ratio). */
  net_leverage_after_ifrs16: finiteNumber()
    .nullable()
    .default(null)
    .describe('Net debt / EBITDA after the program on the IFRS 16 basis (lease liabilities in net debt), ratio'),
  error: z.string().nullable().describe('Why the run failed, in plain English; null when it completed'),
  /** The run's notices (empty for a failed run). */
  notices: z.array(NoticeSchema).describe("The run's notices (empty for a failed run)").default([]),
});
/** A comparison row. */
export type ScenarioComparisonRow = z.output<typeof ScenarioComparisonRowSchema>;
