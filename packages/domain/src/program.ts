import { z } from 'zod';
import { AssetListSchema } from './asset.js';
import { AuditTraceSchema } from './audit-trace.js';
import { CorporateStateSchema } from './corporate-state.js';
import { ExplanationNodeSchema, ProgramOutcomeSchema } from './program-outcome.js';
import { finiteNumber, nonEmptyString, unitInterval } from './primitives.js';
import { ProgramTypeSchema, SelectionStrategySchema, SelectorSpecSchema } from './selector-spec.js';

/**
 * A request to plan one program: the portfolio (a portfolio file's fields, so that
 * `{ company, description, corporate_state, assets }` can be posted as it is, plus
 * the brief), and caller overrides
 * that win over what the brief is read to say (and count as the original
 * constraints for the revision policy).
 */
export const ProgramRequestSchema = z.strictObject({
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
});
/** A program response. */
export type ProgramResponse = z.output<typeof ProgramResponseSchema>;
