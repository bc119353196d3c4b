import { z } from 'zod';

/**
 * Stable codes of what a plan did that the caller did not ask for, or asked for
 * in words the planner had to interpret. Documented in `docs/domain.md`
 * ("Notices"); a code is never reused for another meaning.
 */
export const NoticeCodeSchema = z.enum([
  /**
   * No amount was read and a default target was assumed. Reported by a brief
   * reader; a plan refuses such a brief (`target_missing`), capacity does not need a target.
   */
  'target_defaulted',
  /** A covenant limit was not stated and a documented default applies. */
  'covenant_defaulted',
  /** No floor was stated: the revision loop's floor is a default share of the target. */
  'floor_defaulted',
  /** A floor from the brief above the target was lowered to the target. */
  'floor_capped',
  /** A phrase of the brief was not understood (quoted) and changed nothing. */
  'clause_not_understood',
  /** A market the brief names is not in the portfolio. */
  'unknown_market',
  /** An asset id or name the brief names is not in the portfolio. */
  'unknown_asset',
  /** A state (or region) was read as the portfolio markets in it. */
  'state_resolved',
  /** An asset named in words ("the Dallas HQ") was read as asset ids. */
  'asset_resolved',
  /**
   * The brief asks to compare cases ("a short leases case and a no-Texas case"): they describe other runs,
   * so this run does not apply them; a scenario set runs them side by side.
   */
  'cases_to_compare',
  /** The revision loop lowered the target (from -> to, at which iteration). */
  'target_relaxed',
  /** The revision loop loosened an asset filter. */
  'filter_relaxed',
  /** The revision loop loosened a covenant. */
  'covenant_relaxed',
  /**
   * Greedy fell short of its target although the capacity run proved that another set of assets
   * reaches it under the same limits and filters: the exact strategy finds that set.
   */
  'greedy_short_of_capacity',
  /** Greedy proceeds exceed the target by more than 10 %. */
  'greedy_overshoot',
  /** Proceeds exceed net debt: the company holds net cash after the program (negative net leverage). */
  'net_cash_after',
  /** The outcome is infeasible: the shortfall against the original ask. */
  'infeasible_shortfall',
]);
/** A notice code. */
export type NoticeCode = z.infer<typeof NoticeCodeSchema>;

/** `warning`: the answer differs from the ask; `info`: an interpretation worth knowing. */
export const NoticeSeveritySchema = z.enum(['info', 'warning']);
/** A notice severity. */
export type NoticeSeverity = z.infer<typeof NoticeSeveritySchema>;

/**
 * One thing the caller should know about how their ask was read or answered:
 * a default applied, a clause not understood, a relaxation, an overshoot.
 * `field` is the spec path concerned, when there is one (`asset_filters.min_leaseability`).
 */
export const NoticeSchema = z.strictObject({
  code: NoticeCodeSchema.describe('What the notice is about, as a stable code'),
  severity: NoticeSeveritySchema.describe('info (worth knowing) or warning (check before relying on the answer)'),
  message: z.string().describe('The notice in plain English'),
  field: z.string().describe('The spec path concerned, when there is one (e.g. asset_filters.min_leaseability)').optional(),
});
/** A notice. */
export type Notice = z.output<typeof NoticeSchema>;
