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
    company: z.string().optional(),
    description: z.string().optional(),
    assets: AssetListSchema,
    corporate_state: CorporateStateSchema,
    program_type: ProgramTypeSchema.default('slb'),
    /** The brief, in plain English. */
    program_description: nonEmptyString().max(10_000, 'must be at most 10000 characters'),
    fund_id: nonEmptyString().nullable().optional(),
    /** Target proceeds that win over the brief's (what-if scenarios set it). */
    target_override: finiteNumber().gt(0, 'must be > 0').nullable().optional(),
    floor_override: finiteNumber().gt(0, 'must be > 0').nullable().optional(),
    max_leverage_override: finiteNumber().gt(0, 'must be > 0 and < 10').lt(10, 'must be > 0 and < 10').nullable().optional(),
    min_coverage_override: finiteNumber().gt(0, 'must be > 0 and < 20').lt(20, 'must be > 0 and < 20').nullable().optional(),
    max_criticality_override: unitInterval().nullable().optional(),
    min_leaseability_override: unitInterval().nullable().optional(),
    exclude_markets_override: z.array(nonEmptyString()).nullable().optional(),
    strategy: SelectionStrategySchema.nullable().optional(),
    /**
     * Objective that wins over the brief's. `min_npv_cost` needs the exact
     * strategy: with no `strategy` it implies `exact`; with `strategy: "greedy"`
     * it is bad input naming this field.
     */
    objective: SelectionObjectiveSchema.describe(
      'Objective over the brief: min_proceeds or min_npv_cost (implies the exact strategy when strategy is absent; bad input with greedy)',
    )
      .nullable()
      .optional(),
    /** Lease term (whole years 1..50) applied to every sale, over the brief's and the portfolio's. */
    lease_term_override: leaseTermYears()
      .describe('Lease term in whole years (1..50) for every sale, over the brief and the portfolio')
      .nullable()
      .optional(),
    /** Rent escalator (0 <= g < 0.25) applied to every sale, over the brief's and the portfolio's. */
    rent_escalator_override: rentEscalator()
      .describe('Annual rent escalator, decimal 0 <= g < 0.25, for every sale, over the brief and the portfolio')
      .nullable()
      .optional(),
    /** Reporting basis the covenants are tested on, over the brief's and the corporate state's. */
    accounting_basis_override: AccountingBasisSchema.describe(
      'Basis the covenants are tested on (us_gaap or ifrs16), over the brief and the corporate state',
    )
      .nullable()
      .optional(),
    /** Tax rate on a net gain on sale (0..1), over the brief's and the corporate state's. */
    tax_rate_override: taxRate()
      .describe('Tax rate on a net gain on sale, decimal 0..1, over the brief and the corporate state')
      .nullable()
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
  summary: z.string(),
  nodes: z.array(ExplanationNodeSchema),
});
/** An explanation. */
export type Explanation = z.output<typeof ExplanationSchema>;

/** A completed plan: the final spec, the outcome, the audit trace and the explanation. */
export const ProgramResponseSchema = z.strictObject({
  spec: SelectorSpecSchema,
  outcome: ProgramOutcomeSchema,
  audit_trace: AuditTraceSchema,
  explanation: ExplanationSchema,
  /** What the caller should know first: defaults, clauses not understood, relaxations, overshoot. */
  notices: z.array(NoticeSchema).default([]),
});
/** A program response. */
export type ProgramResponse = z.output<typeof ProgramResponseSchema>;
