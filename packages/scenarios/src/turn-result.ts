import { z } from 'zod';
import { IdentifierSchema, IsoTimestampSchema } from './json-value.js';
import { LifecycleProposalSchema } from './lifecycle-evaluator.js';
import { ScoredCandidateSchema } from './score-candidates.js';
import { InstanceStatusSchema, LifecycleActionSchema, SessionSchema } from './session.js';
import { AppliedRuleSchema, SignalTypeSchema } from './turn-input.js';

const ConfidenceSchema = z.number().min(0).max(1);

/**
 * A lifecycle decision (P6.2). `source` says which rule made it: `rule` (the
 * defaults: continue, complete, loop detection), `signal` (a user signal),
 * `candidate` (a scored candidate) or `evaluator` (an accepted proposal).
 * A scenario started or resumed and finished in the same turn gets two
 * decisions (START or resuming CONTINUE, then COMPLETE).
 */
export const LifecycleDecisionSchema = z.strictObject({
  /** The instance this is about (unique in the session; a session may hold several instances of one scenario over time). */
  instance_id: z.string().min(1).optional(),
  scenario_id: IdentifierSchema,
  scenario_version: z.int().positive(),
  action: LifecycleActionSchema,
  reasoning: z.string(),
  confidence: ConfidenceSchema,
  source: z.enum(['rule', 'signal', 'candidate', 'evaluator']),
  /** The entry step, for START. */
  entry_step_id: IdentifierSchema.nullable(),
  /** The step the instance was at, for CONTINUE / PAUSE / COMPLETE / CANCEL. */
  source_step_id: IdentifierSchema.nullable(),
  /** True on the CONTINUE that brings a paused instance back. */
  resumed: z.boolean(),
  /** For PAUSE: `user_requested`, `loop_detected` or `evaluator`. */
  pause_reason: z.string().nullable(),
});

/** A lifecycle decision (see `LifecycleDecisionSchema`). */
export type LifecycleDecision = z.output<typeof LifecycleDecisionSchema>;

/**
 * A step transition decision (P6.3) for every instance that was active during
 * the turn. `skipped_steps` lists, in the order passed, the steps left without
 * stopping; a step the user had already been shown is left by a plain
 * transition and is not listed.
 */
export const StepTransitionDecisionSchema = z.strictObject({
  /** The instance this is about (unique in the session; a session may hold several instances of one scenario over time). */
  instance_id: z.string().min(1).optional(),
  scenario_id: IdentifierSchema,
  scenario_version: z.int().positive(),
  source_step_id: IdentifierSchema,
  target_step_id: IdentifierSchema,
  moved: z.boolean(),
  was_skipped: z.boolean(),
  skipped_steps: z.array(IdentifierSchema),
  reasoning: z.string(),
  confidence: ConfidenceSchema,
});

/** A step transition decision (see `StepTransitionDecisionSchema`). */
export type StepTransitionDecision = z.output<typeof StepTransitionDecisionSchema>;

/** What a scenario wants from the reply. */
export const ContributionTypeSchema = z.enum(['ASK', 'CONFIRM', 'ACTION_HINT', 'INFORM', 'NONE']);

/** A contribution type (see `ContributionTypeSchema`). */
export type ContributionType = z.output<typeof ContributionTypeSchema>;

/**
 * What one scenario contributes to this turn's reply (P6.4).
 *
 * - `ASK`: `fields_to_ask` are still missing at the current step.
 * - `CONFIRM`: the current step is a checkpoint awaiting confirmation;
 *   `action_to_confirm` describes it and `suggested_tools` lists what the step
 *   runs once confirmed, if it performs an action itself.
 * - `ACTION_HINT`: run `suggested_tools`, then report an action result.
 * - `INFORM`: render `template_ids`.
 * - `NONE`: nothing to say this turn.
 *
 * `deferred` marks a question held back so the reply asks one thing at a time;
 * `is_final` marks the last contribution of an instance that completed this turn.
 */
export const ScenarioContributionSchema = z.strictObject({
  /** The instance this is about (unique in the session; a session may hold several instances of one scenario over time). */
  instance_id: z.string().min(1).optional(),
  scenario_id: IdentifierSchema,
  scenario_name: z.string(),
  scenario_version: z.int().positive(),
  current_step_id: IdentifierSchema,
  current_step_name: z.string(),
  contribution_type: ContributionTypeSchema,
  fields_to_ask: z.array(z.string()),
  action_to_confirm: z.string().nullable(),
  suggested_tools: z.array(IdentifierSchema),
  template_ids: z.array(IdentifierSchema),
  priority: z.int(),
  deferred: z.boolean(),
  is_final: z.boolean(),
  /** `failed` when the caller reported a failed action at this step. */
  last_action_status: z.enum(['succeeded', 'failed']).nullable(),
});

/** A contribution (see `ScenarioContributionSchema`). */
export type ScenarioContribution = z.output<typeof ScenarioContributionSchema>;

/** A paused instance offered back to the user. */
export const ResumeHintSchema = z.strictObject({
  /** The instance this is about (unique in the session; a session may hold several instances of one scenario over time). */
  instance_id: z.string().min(1).optional(),
  scenario_id: IdentifierSchema,
  scenario_name: z.string(),
  scenario_version: z.int().positive(),
  current_step_id: IdentifierSchema,
  current_step_name: z.string(),
  paused_at: IsoTimestampSchema,
  pause_reason: z.string().nullable(),
});

/** A resume hint (see `ResumeHintSchema`). */
export type ResumeHint = z.output<typeof ResumeHintSchema>;

/**
 * The contribution plan (P6.4). `contributions` are in merge order: priority
 * (highest first), then most recently active, then scenario id;
 * `primary_scenario_id` is the first. Flags cover every contribution, deferred or not.
 */
export const ContributionPlanSchema = z.strictObject({
  contributions: z.array(ScenarioContributionSchema),
  primary_scenario_id: IdentifierSchema.nullable(),
  has_asks: z.boolean(),
  has_confirms: z.boolean(),
  has_action_hints: z.boolean(),
  /** Instances active after the turn, in session order. */
  active_scenario_ids: z.array(IdentifierSchema),
  /** Paused instances, most recently paused first. */
  resume_hints: z.array(ResumeHintSchema),
});

/** A contribution plan (see `ContributionPlanSchema`). */
export type ContributionPlan = z.output<typeof ContributionPlanSchema>;

/** An instance as summarised in the selection context. */
export const InstanceSummarySchema = z.strictObject({
  instance_id: z.string().min(1).optional(),
  scenario_id: IdentifierSchema,
  scenario_version: z.int().positive(),
  current_step_id: IdentifierSchema,
  status: InstanceStatusSchema,
  last_active_at: IsoTimestampSchema,
});

/** An instance summary (see `InstanceSummarySchema`). */
export type InstanceSummary = z.output<typeof InstanceSummarySchema>;

/** The selection context (P6.1): what the lifecycle decisions were made from. */
export const SelectionContextSchema = z.strictObject({
  /** Known candidates, best first, one per scenario. */
  candidates: z.array(ScoredCandidateSchema),
  active_instances: z.array(InstanceSummarySchema),
  paused_instances: z.array(InstanceSummarySchema),
  applied_rules: z.array(AppliedRuleSchema),
  intent: z.string().nullable(),
  intent_confidence: ConfidenceSchema.nullable(),
  signal: z.strictObject({ type: SignalTypeSchema, scenario_id: IdentifierSchema.nullable() }),
  previous_primary_scenario_id: IdentifierSchema.nullable(),
});

/** A selection context (see `SelectionContextSchema`). */
export type SelectionContext = z.output<typeof SelectionContextSchema>;

/** A candidate that scored high enough but was not started. */
export const DeferredCandidateSchema = z.strictObject({
  scenario_id: IdentifierSchema,
  score: ConfidenceSchema,
  reason: z.enum(['max_simultaneous_reached', 'multi_scenario_disabled']),
});

/** A deferred candidate (see `DeferredCandidateSchema`). */
export type DeferredCandidate = z.output<typeof DeferredCandidateSchema>;

/** Something in the turn input that was ignored, and why (e.g. a confirmation with no checkpoint waiting). */
export const TurnWarningSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  scenario_id: IdentifierSchema.nullable(),
});

/** A turn warning (see `TurnWarningSchema`). */
export type TurnWarning = z.output<typeof TurnWarningSchema>;

/**
 * What happened with the optional evaluator: `not_requested` (deterministic
 * path), `not_needed` (turn not ambiguous), `applied` (proposals checked;
 * `accepted` and `rejected` list them) or `failed` (fell back; `error` says why).
 */
export const EvaluationRecordSchema = z.strictObject({
  status: z.enum(['not_requested', 'not_needed', 'applied', 'failed']),
  ambiguity: z.array(z.string()),
  accepted: z.array(LifecycleProposalSchema),
  rejected: z.array(z.strictObject({ proposal: LifecycleProposalSchema, reason: z.string() })),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});

/** An evaluation record (see `EvaluationRecordSchema`). */
export type EvaluationRecord = z.output<typeof EvaluationRecordSchema>;

/**
 * The result of one turn. `session` is the new state (version + 1) to persist;
 * when the orchestrator is disabled it is the input session, unchanged, and
 * `enabled` is false.
 */
export const TurnResultSchema = z.strictObject({
  enabled: z.boolean(),
  session: SessionSchema,
  selection_context: SelectionContextSchema,
  lifecycle_decisions: z.array(LifecycleDecisionSchema),
  transition_decisions: z.array(StepTransitionDecisionSchema),
  plan: ContributionPlanSchema,
  deferred_candidates: z.array(DeferredCandidateSchema),
  warnings: z.array(TurnWarningSchema),
  evaluation: EvaluationRecordSchema,
});

/** A turn result (see `TurnResultSchema`). */
export type TurnResult = z.output<typeof TurnResultSchema>;
