import { z } from 'zod';
import { SelectorSpecSchema } from './selector-spec.js';

/** The revision rules a proposal can break. */
export const PolicyRuleSchema = z.enum([
  'program_type_immutable',
  'hard_constraint_relaxed',
  'target_increased',
  'target_step_exceeded',
  'target_below_floor',
  'floor_changed',
  'filter_step_exceeded',
  'filter_bound_exceeded',
  'list_filter_relaxed',
  'strategy_changed',
]);
/** A policy rule. */
export type PolicyRule = z.infer<typeof PolicyRuleSchema>;

/** A JSON value as recorded in a violation (numbers, strings, lists, null). */
export const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(JsonValueSchema), z.record(z.string(), JsonValueSchema)]),
);
/** A JSON value. */
export type JsonValue = number | string | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One change the policy refused or cut back: what was proposed and what was applied. */
export const PolicyViolationSchema = z.strictObject({
  rule: PolicyRuleSchema.describe('The revision policy rule the proposal broke').meta({ examples: ['hard_constraint_relaxed'] }),
  /** Dotted path of the field, e.g. `hard_constraints.max_net_leverage`. */
  field: z
    .string()
    .describe('Dotted path of the spec field concerned, e.g. hard_constraints.max_net_leverage')
    .meta({ examples: ['hard_constraints.max_net_leverage'] }),
  proposed_value: JsonValueSchema,
  applied_value: JsonValueSchema,
  message: z
    .string()
    .describe('What was refused or cut back, and why, in plain English')
    .meta({ examples: ['The proposal raised max_net_leverage from 3.5x to 4.0x; a hard constraint is never relaxed, so 3.5x was kept.'] }),
});
/** A policy violation. */
export type PolicyViolation = z.output<typeof PolicyViolationSchema>;

/** The policy's verdict on a proposal. */
export const PolicyStatusSchema = z.enum(['accepted', 'clamped', 'invalid']);
/** A policy status. */
export type PolicyStatus = z.infer<typeof PolicyStatusSchema>;

/** `accepted`: used as proposed; `clamped`: used after cutting back; `invalid`: refused. */
export const PolicyResultSchema = z.strictObject({
  status: PolicyStatusSchema,
  /** The spec to use next (for `invalid`, the previous spec unchanged). */
  spec: SelectorSpecSchema,
  violations: z.array(PolicyViolationSchema),
});
/** A policy result. */
export type PolicyResult = z.output<typeof PolicyResultSchema>;

/**
 * Every number the revision policy uses, in one object. The defaults are the
 * documented policy: the target may fall at most 20 % per iteration, numeric
 * filters loosen at most 0.1 per iteration, `max_criticality` never above 0.9,
 * `min_leaseability` never below 0.1, and at most 5 engine iterations per run.
 */
export const RevisionPolicyConfigSchema = z.strictObject({
  max_target_step_fraction: z.number().gt(0).max(1).default(0.2),
  max_filter_step: z.number().min(0).max(1).default(0.1),
  max_criticality_ceiling: z.number().min(0).max(1).default(0.9),
  min_leaseability_floor: z.number().min(0).max(1).default(0.1),
  /** Default floor as a share of the first target when the spec names none. */
  default_floor_fraction: z.number().gt(0).max(1).default(0.8),
  max_iterations: z.number().int().min(1).max(50).default(5),
});
/** Revision policy configuration. */
export type RevisionPolicyConfig = z.output<typeof RevisionPolicyConfigSchema>;

/** The documented defaults. */
export const DEFAULT_REVISION_POLICY_CONFIG: RevisionPolicyConfig = RevisionPolicyConfigSchema.parse({});
