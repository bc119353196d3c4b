import { z } from 'zod';
import { RevisionPolicyConfigSchema } from '@leaseback/domain';

/**
 * Everything the planner's behaviour depends on besides its inputs. The revision
 * numbers (including `max_iterations`) live in the revision policy's config so
 * that the loop and the policy can never disagree.
 */
export const PlannerConfigSchema = z.strictObject({
  revision: RevisionPolicyConfigSchema.default(RevisionPolicyConfigSchema.parse({})),
  /** How many scenario runs of one set may be in flight at once. */
  scenario_concurrency: z.number().int().min(1).max(16).default(5),
  /** Compute capacity (the most the portfolio can raise) for infeasible outcomes. */
  compute_capacity: z.boolean().default(true),
  /** Time limit for the exact solver, per solve (exact strategy and capacity). */
  solver_time_limit_ms: z.number().int().min(10).max(600_000).default(10_000),
});
/** Validated planner configuration. */
export type PlannerConfig = z.output<typeof PlannerConfigSchema>;
/** Planner configuration as a caller may write it (every field optional). */
export type PlannerConfigInput = z.input<typeof PlannerConfigSchema>;

/** The documented defaults. */
export const DEFAULT_PLANNER_CONFIG: PlannerConfig = PlannerConfigSchema.parse({});
