import { z } from 'zod';
import { IdentifierSchema, IsoTimestampSchema, JsonRecordSchema, JsonValueSchema } from './json-value.js';
import { ScoredCandidateSchema } from './score-candidates.js';

/** The user signals a turn can carry. */
export const SignalTypeSchema = z.enum(['none', 'exit', 'pause', 'cancel', 'resume']);

/** A signal type (see `SignalTypeSchema`). */
export type SignalType = z.output<typeof SignalTypeSchema>;

/**
 * A user signal, optionally aimed at one scenario or one instance. Without
 * either, pause / cancel / exit aim at the primary scenario (the previous
 * turn's primary when still active, else the most recently active) and resume
 * at the most recently paused instance. `scenario_id` reaches the scenario's
 * open instance; when the scenario has several that the signal could mean,
 * nothing is done and the warning `ambiguous_signal_target` lists their
 * `instance_id`s, so the caller can ask which one. `instance_id` reaches
 * exactly one instance.
 */
export const TurnSignalSchema = z.strictObject({
  type: SignalTypeSchema,
  scenario_id: IdentifierSchema.optional(),
  instance_id: z.string().min(1, 'must not be empty').optional(),
});

/** A signal (see `TurnSignalSchema`). */
export type TurnSignal = z.output<typeof TurnSignalSchema>;

/**
 * The user confirmed a checkpoint ("yes, run it"). Without `scenario_id` it
 * goes to the active instance waiting at an unconfirmed checkpoint (the previous
 * primary first, then the most recently active). With `step_id` it only applies
 * while the instance is still at that step, so a late confirmation cannot
 * confirm a different checkpoint.
 */
export const ConfirmationSchema = z.strictObject({
  /** Confirms this instance only (needed when several instances of one scenario wait at a checkpoint). */
  instance_id: z.string().min(1, 'must not be empty').optional(),
  scenario_id: IdentifierSchema.optional(),
  step_id: IdentifierSchema.optional(),
});

/** A confirmation (see `ConfirmationSchema`). */
export type Confirmation = z.output<typeof ConfirmationSchema>;

/**
 * The caller ran the tool an ACTION_HINT named and reports how it went.
 * `variables` are merged into the instance's variables (e.g. `{ run_id: "r-42" }`),
 * where later conditions and the caller's templates can use them. A failed
 * result keeps the instance at the step.
 */
export const ActionResultSchema = z.strictObject({
  /** Reports for this instance only (needed when several instances of the scenario wait for the action). */
  instance_id: z.string().min(1, 'must not be empty').optional(),
  scenario_id: IdentifierSchema,
  step_id: IdentifierSchema.optional(),
  tool_id: IdentifierSchema.optional(),
  status: z.enum(['succeeded', 'failed']),
  variables: JsonRecordSchema.default({}),
});

/** An action result (see `ActionResultSchema`). */
export type ActionResult = z.output<typeof ActionResultSchema>;

/** A rule the caller applied this turn; carried into the selection context and the evaluator request. */
export const AppliedRuleSchema = z
  .object({ id: z.string().min(1, 'must not be empty'), name: z.string().optional() })
  .catchall(JsonValueSchema);

/** An applied rule (see `AppliedRuleSchema`). */
export type AppliedRule = z.output<typeof AppliedRuleSchema>;

/**
 * Everything one turn knows. Only `message` matters for logs (never logged at
 * info level); the orchestrator decides from the structured fields.
 */
export const TurnInputSchema = z.strictObject({
  /** The user's message (used by the optional evaluator only). */
  message: z.string().default(''),
  /** Fields extracted from this message; merged into the session variables, shared by all scenarios. */
  fields: JsonRecordSchema.default({}),
  /** Fields meant for one instance only, keyed by instance id or by scenario id (its one open instance); merged into its variables. */
  scenario_fields: z.record(IdentifierSchema, JsonRecordSchema).default({}),
  /** Customer or profile data known outside the conversation; read, never stored in the session. */
  customer_data: JsonRecordSchema.default({}),
  /** Scored candidate scenarios for this message (see `scoreCandidates`). */
  candidates: z.array(ScoredCandidateSchema).default([]),
  applied_rules: z.array(AppliedRuleSchema).default([]),
  intent: z.string().min(1).nullable().default(null),
  intent_confidence: z.number().min(0).max(1).nullable().default(null),
  /** `"pause"` is short for `{ type: "pause" }`. */
  signal: z.union([SignalTypeSchema.transform((type): TurnSignal => ({ type })), TurnSignalSchema]).default({ type: 'none' }),
  confirmations: z.array(ConfirmationSchema).default([]),
  action_results: z.array(ActionResultSchema).default([]),
  /** The turn's time; defaults to the orchestrator's clock. */
  now: IsoTimestampSchema.optional(),
});

/** A turn input as the caller writes it (every key but `message` optional). */
export type TurnInput = z.input<typeof TurnInputSchema>;

/** A validated turn input with defaults filled in. */
export type ParsedTurnInput = z.output<typeof TurnInputSchema>;
