import { z } from 'zod';
import { ConstraintNameSchema, OutcomeStatusSchema } from './program-outcome.js';
import { JsonValueSchema, PolicyStatusSchema, PolicyViolationSchema } from './revision-policy-result.js';
import { SelectorSpecSchema } from './selector-spec.js';
import { finiteNumber, timestamp } from './primitives.js';

/** The LlmClient methods, as recorded in a trace. */
export const LlmMethodSchema = z.enum([
  'generateSelectorSpec',
  'reviseSelectorSpec',
  'generateExplanationSummary',
  'generateScenarioDefinitions',
  'extractFields',
]);
/** An LlmClient method name. */
export type LlmMethod = z.infer<typeof LlmMethodSchema>;

/** Token usage, summed over every attempt of one call. */
export const TokenUsageSchema = z.strictObject({
  input_tokens: z.number().int().min(0),
  output_tokens: z.number().int().min(0),
  total_tokens: z.number().int().min(0),
});
/** Token usage. */
export type TokenUsage = z.output<typeof TokenUsageSchema>;

/**
 * What one LLM call did: enough to audit it and to replay it exactly.
 * `raw_output` is the validated value the call returned.
 */
export const LlmCallRecordSchema = z.strictObject({
  method: LlmMethodSchema,
  provider: z.string(),
  model: z.string(),
  latency_ms: finiteNumber().min(0),
  usage: TokenUsageSchema,
  /** Each attempt's usage, in order (repairs included); absent in traces recorded before it was kept. */
  attempt_usage: z.array(TokenUsageSchema).optional(),
  attempts: z.number().int().min(1),
  raw_output: JsonValueSchema,
  /** Phrases of the input the client could not interpret (offline client). */
  unrecognized: z.array(z.string()).default([]),
  /** Values the client assumed because the input did not say (documented defaults). */
  assumptions: z.array(z.string()).default([]),
});
/** An LLM call record. */
export type LlmCallRecord = z.output<typeof LlmCallRecordSchema>;

/** The steps of one run. */
export const AuditStepSchema = z.enum([
  'spec_generated',
  'engine_run',
  'revision_proposed',
  'policy_applied',
  'explanation',
  'run_failed',
  'run_cancelled',
]);
/** An audit step. */
export type AuditStep = z.infer<typeof AuditStepSchema>;

/** A compact view of an outcome at one step. */
export const OutcomeSnapshotSchema = z.strictObject({
  status: OutcomeStatusSchema,
  proceeds: finiteNumber(),
  shortfall: finiteNumber(),
  target_amount: finiteNumber(),
  selected_asset_ids: z.array(z.string()),
  binding_constraints: z.array(ConstraintNameSchema),
});
/** An outcome snapshot. */
export type OutcomeSnapshot = z.output<typeof OutcomeSnapshotSchema>;

/** The spec as it stood at one step. */
export const SpecSnapshotSchema = SelectorSpecSchema;
/** A spec snapshot. */
export type SpecSnapshot = z.output<typeof SpecSnapshotSchema>;

/** An error as recorded in a trace or a run record. */
export const ErrorInfoSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
});
/** An error record. */
export type ErrorInfo = z.output<typeof ErrorInfoSchema>;

/** One step of a run. */
export const AuditTraceEntrySchema = z.strictObject({
  step: AuditStepSchema,
  timestamp: timestamp(),
  /** 0 for spec generation, then 1.. for each engine iteration. */
  iteration: z.number().int().min(0),
  spec: SpecSnapshotSchema.nullable(),
  outcome: OutcomeSnapshotSchema.nullable(),
  policy_status: PolicyStatusSchema.nullable(),
  violations: z.array(PolicyViolationSchema),
  llm_call: LlmCallRecordSchema.nullable(),
  message: z.string().nullable(),
  error: ErrorInfoSchema.nullable(),
});
/** An audit trace entry. */
export type AuditTraceEntry = z.output<typeof AuditTraceEntrySchema>;

/** Every step of one run, in order. */
export const AuditTraceSchema = z.strictObject({
  entries: z.array(AuditTraceEntrySchema),
});
/** An audit trace. */
export type AuditTrace = z.output<typeof AuditTraceSchema>;
