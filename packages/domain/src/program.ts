import { z } from 'zod';
import { AssetListSchema } from './asset.js';
import { AuditTraceSchema } from './audit-trace.js';
import { CorporateStateSchema } from './corporate-state.js';
import { ExplanationNodeSchema, ProgramOutcomeSchema } from './program-outcome.js';
import { finiteNumber, leaseTermYears, nonEmptyString, rentEscalator, taxRate, unitInterval } from './primitives.js';
import { AccountingBasisSchema, SelectionObjectiveSchema, findObjectiveProblem } from './program-economics.js';
import { NoticeSchema } from './notice.js';
import { ProgramTypeSchema, SelectionStrategySchema, SelectorSpecSchema } from './selector-spec.js';

/**
 * A request to plan one program: the portfolio (a portfolio file's fields, so that
 * `{ company, description, corporate_state, assets }` can be posted as it is, plus
 * the brief), and caller overrides
 * that win over what the brief is read to say (and count as the original
 * constraints for the revision policy).
 */
export const ProgramRequestSchema = z
  .strictObject({
    /** The company's name and a line about it, as a portfolio file carries them; kept with the run, not planned on. */
    company: z
      .string()
      .describe("The company's name, kept with the run (not planned on)")
      .meta({ examples: ['Northwind Logistics, Inc.'] })
      .optional(),
    description: z
      .string()
      .describe('A line about the company, kept with the run (not planned on)')
      .meta({ examples: ['US third-party logistics operator; owns its hubs, plants and parts stores.'] })
      .optional(),
    assets: AssetListSchema.describe('The assets the company could sell and lease back'),
    corporate_state: CorporateStateSchema.describe("The company's balance sheet and income figures before any sale"),
    program_type: ProgramTypeSchema.describe('The kind of program; default slb (sale-leaseback)').default('slb'),
    /** The brief, in plain English. */
    program_description: nonEmptyString()
      .max(10_000, 'must be at most 10000 characters')
      .describe(
        'The brief in plain English (at most 10,000 characters): target, covenants, what to keep, e.g. "Raise $150M, keep net leverage under 4.0x"',
      ),
    fund_id: nonEmptyString()
      .nullable()
      .describe("The fund the run belongs to; default: the API key's only fund (needed when the key holds several)")
      .optional(),
    /** Target proceeds that win over the brief's (what-if scenarios set it). */
    target_override: finiteNumber().gt(0, 'must be > 0').nullable().describe("Target proceeds, USD > 0, over the brief's").optional(),
    floor_override: finiteNumber()
      .gt(0, 'must be > 0')
      .nullable()
      .describe("The least acceptable proceeds, USD > 0 (at most the target), over the brief's")
      .optional(),
    max_leverage_override: finiteNumber()
      .gt(0, 'must be > 0 and < 10')
      .lt(10, 'must be > 0 and < 10')
      .nullable()
      .describe("Maximum net leverage after the program, a multiple of EBITDA 0 < x < 10 (4 = 4.0x), over the brief's")
      .optional(),
    min_coverage_override: finiteNumber()
      .gt(0, 'must be > 0 and < 20')
      .lt(20, 'must be > 0 and < 20')
      .nullable()
      .describe("Minimum fixed-charge coverage after the program, a multiple 0 < x < 20 (1.5 = 1.5x), over the brief's")
      .optional(),
    max_criticality_override: unitInterval()
      .nullable()
      .describe("Only sell assets at most this critical, 0..1, over the brief's")
      .optional(),
    min_leaseability_override: unitInterval()
      .nullable()
      .describe("Only sell assets at least this leaseable, 0..1, over the brief's")
      .meta({ examples: [0.6] })
      .optional(),
    exclude_markets_override: z
      .array(nonEmptyString())
      .nullable()
      .describe("Markets none of whose assets may be sold, over the brief's")
      .meta({ examples: [['Newark']] })
      .optional(),
    strategy: SelectionStrategySchema.nullable()
      .describe("Selection method over the brief's: greedy (fast, near-optimal) or exact (proven optimal within the solver time limit)")
      .meta({ examples: ['exact'] })
      .optional(),
    /**
     * Objective that wins over the brief's. `min_npv_cost` needs the exact
     * strategy: with no `strategy` it implies `exact`; with `strategy: "greedy"`
     * it is bad input naming this field.
     */
    objective: SelectionObjectiveSchema.nullable()
      .describe(
        'Objective over the brief: min_proceeds or min_npv_cost (implies the exact strategy when strategy is absent; bad input with greedy)',
      )
      .meta({ examples: ['min_npv_cost'] })
      .optional(),
    /** Lease term (whole years 1..50) applied to every sale, over the brief's and the portfolio's. */
    lease_term_override: leaseTermYears()
      .nullable()
      .describe('Lease term in whole years (1..50) for every sale, over the brief and the portfolio')
      .meta({ examples: [20] })
      .optional(),
    /** Rent escalator (0 <= g < 0.25) applied to every sale, over the brief's and the portfolio's. */
    rent_escalator_override: rentEscalator()
      .nullable()
      .describe('Annual rent escalator, decimal 0 <= g < 0.25, for every sale, over the brief and the portfolio')
      .meta({ examples: [0.025] })
      .optional(),
    /** Reporting basis the covenants are tested on, over the brief's and the corporate state's. */
    accounting_basis_override: AccountingBasisSchema.nullable()
      .describe('Basis the covenants are tested on (us_gaap or ifrs16), over the brief and the corporate state')
      .meta({ examples: ['ifrs16'] })
      .optional(),
    /** Tax rate on a net gain on sale (0..1), over the brief's and the corporate state's. */
    tax_rate_override: taxRate()
      .nullable()
      .describe('Tax rate on a net gain on sale, decimal 0..1, over the brief and the corporate state')
      .meta({ examples: [0.21] })
      .optional(),
  })
  .superRefine((request, context) => {
    // No strategy given: min_npv_cost implies exact, so only an explicit greedy conflicts.
    const problem = findObjectiveProblem(request.objective, request.strategy ?? 'exact', '');
    if (problem !== null) context.addIssue({ code: 'custom', path: ['objective'], message: problem.message });
  });
/** A validated program request. */
export type ProgramRequest = z.output<typeof ProgramRequestSchema>;
/** A program request as a caller may write it. */
export type ProgramRequestInput = z.input<typeof ProgramRequestSchema>;

/** The explanation of an outcome: a plain-English summary and the facts behind it. */
export const ExplanationSchema = z.strictObject({
  summary: z.string().describe('A plain-English summary of the outcome, written from the nodes'),
  nodes: z.array(ExplanationNodeSchema).describe('The deterministic facts behind the summary'),
});
/** An explanation. */
export type Explanation = z.output<typeof ExplanationSchema>;

/** A completed plan: the final spec, the outcome, the audit trace and the explanation. */
export const ProgramResponseSchema = z.strictObject({
  spec: SelectorSpecSchema.describe('The final selector spec the outcome answers (after any revision)'),
  outcome: ProgramOutcomeSchema.describe("The engine's answer to the final spec"),
  audit_trace: AuditTraceSchema.describe('Every step of the run, in order (spec, engine runs, revisions, explanation)'),
  explanation: ExplanationSchema.describe('A plain-English summary of the outcome and the facts behind it'),
  /** What the caller should know first: defaults, clauses not understood, relaxations, overshoot. */
  notices: z
    .array(NoticeSchema)
    .describe('What the caller should know first: defaults applied, clauses not understood, relaxations, overshoot')
    .default([]),
});
/** A program response. */
export type ProgramResponse = z.output<typeof ProgramResponseSchema>;
