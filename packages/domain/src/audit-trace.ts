import { z } from 'zod';
import { ConstraintNameSchema, OutcomeStatusSchema } from './program-outcome.js';
import { JsonValueSchema, PolicyStatusSchema, PolicyViolationSchema } from './revision-policy-result.js';
import { SelectorSpecSchema } from './selector-spec.js';
import { NoticeSchema } from './notice.js';
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
  input_tokens: z.number().int().min(0).describe('Tokens sent to the model (prompt), a count'),
  output_tokens: z.number().int().min(0).describe('Tokens the model produced, a count'),
  total_tokens: z.number().int().min(0).describe('Input plus output tokens, a count'),
});
/** Token usage. */
export type TokenUsage = z.output<typeof TokenUsageSchema>;

/**
 * What one LLM call did: enough to audit it and to replay it exactly.
 * `raw_output` is the validated value the call returned.
 */
export const LlmCallRecordSchema = z.strictObject({
  method: LlmMethodSchema.describe('The client method called (generateSelectorSpec, reviseSelectorSpec...)'),
  provider: z.string().describe('Who answered: openai, anthropic or offline'),
  model: z.string().describe('The model that answered'),
  latency_ms: finiteNumber().min(0).describe('Time the call took, milliseconds, every attempt included'),
  usage: TokenUsageSchema.describe('Token usage summed over every attempt'),
  /** Each attempt's usage, in order (repairs included); absent in traces recorded before it was kept. */
  attempt_usage: z
    .array(TokenUsageSchema)
    .describe('Token usage of each attempt, in order (repairs included); absent in older traces')
    .meta({ examples: [[{ input_tokens: 1830, output_tokens: 212, total_tokens: 2042 }]] })
    .optional(),
  attempts: z.number().int().min(1).describe('How many attempts the call took (1 when the first answer was valid)'),
  raw_output: JsonValueSchema,
  /** Phrases of the input the client could not interpret (offline client). */
  unrecognized: z.array(z.string()).describe('Phrases of the input the client could not interpret (offline client)').default([]),
  /** Values the client assumed because the input did not say (documented defaults). */
  assumptions: z.array(z.string()).describe('Values the client assumed because the input did not say (documented defaults)').default([]),
  /** How the client read its input, as notices (a state resolved, a default applied); optional. */
  notices: z
    .array(NoticeSchema)
    .describe('How the client read its input (a state resolved, a default applied)')
    .meta({
      examples: [
        [
          {
            code: 'floor_defaulted',
            severity: 'info',
            message: 'No floor was stated; the floor is 80 % of the target.',
            field: 'floor_amount',
          },
        ],
      ],
    })
    .optional(),
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
  status: OutcomeStatusSchema.describe('The outcome status at this step (ok, infeasible, numeric_error)'),
  proceeds: finiteNumber().describe('Cash proceeds of the assets selected, USD'),
  shortfall: finiteNumber().describe('max(0, target_amount - proceeds), USD'),
  target_amount: finiteNumber().describe('The target at this step, USD'),
  selected_asset_ids: z.array(z.string()).describe('The assets selected, in selection order'),
  binding_constraints: z.array(ConstraintNameSchema).describe('The covenants that stopped more assets being sold'),
});
/** An outcome snapshot. */
export type OutcomeSnapshot = z.output<typeof OutcomeSnapshotSchema>;

/** The spec as it stood at one step. */
export const SpecSnapshotSchema = SelectorSpecSchema;
/** A spec snapshot. */
export type SpecSnapshot = z.output<typeof SpecSnapshotSchema>;

/** An error as recorded in a trace or a run record. */
export const ErrorInfoSchema = z.strictObject({
  code: z.string().describe('The error code (one of the documented error codes)'),
  message: z.string().describe('What went wrong, in plain English'),
});
/** An error record. */
export type ErrorInfo = z.output<typeof ErrorInfoSchema>;

/** One step of a run. */
export const AuditTraceEntrySchema = z.strictObject({
  step: AuditStepSchema.describe('What happened at this step (spec_generated, engine_run, revision_proposed...)'),
  timestamp: timestamp().describe('When the step happened, an ISO 8601 UTC timestamp'),
  /** 0 for spec generation, then 1.. for each engine iteration. */
  iteration: z.number().int().min(0).describe('0 for spec generation, then 1, 2... for each engine iteration'),
  spec: SpecSnapshotSchema.nullable().describe('The selector spec as it stood at this step; null when the step has none'),
  outcome: OutcomeSnapshotSchema.nullable().describe('A compact view of the outcome at this step; null when the step has none'),
  policy_status: PolicyStatusSchema.nullable().describe(
    'What the revision policy did with a proposal (accepted, clamped, invalid); null on other steps',
  ),
  violations: z.array(PolicyViolationSchema).describe('The revision policy rules a proposal broke, and what was applied instead'),
  llm_call: LlmCallRecordSchema.nullable().describe('The language-model call made at this step; null when none was'),
  message: z.string().nullable().describe('A plain-English note on the step; null when there is none'),
  error: ErrorInfoSchema.nullable().describe('The error that ended the run, on run_failed and run_cancelled steps; otherwise null'),
});
/** An audit trace entry. */
export type AuditTraceEntry = z.output<typeof AuditTraceEntrySchema>;

/** Every step of one run, in order. */
export const AuditTraceSchema = z.strictObject({
  entries: z.array(AuditTraceEntrySchema).describe('Every step of the run, in order'),
});
/** An audit trace. */
export type AuditTrace = z.output<typeof AuditTraceSchema>;
