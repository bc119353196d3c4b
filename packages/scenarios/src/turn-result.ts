import { z } from 'zod';
import { IdentifierSchema, IsoTimestampSchema } from './json-value.js';
import { LifecycleProposalSchema } from './lifecycle-evaluator.js';
import { ScoredCandidateSchema } from './score-candidates.js';
import { InstanceStatusSchema, LifecycleActionSchema, SessionSchema } from './session.js';
import { AppliedRuleSchema, SignalTypeSchema } from './turn-input.js';

const ConfidenceSchema = z.number().min(0).max(1);

/** Which instance of which scenario (and version) a decision is about: the fields every decision starts with. */
const INSTANCE_ADDRESS = {
  /** The instance this is about (unique in the session; a session may hold several instances of one scenario over time). */
  instance_id: z
    .string()
    .min(1)
    .describe('The scenario instance (unique in the session; a session may hold several instances of one scenario over time)')
    .optional(),
  scenario_id: IdentifierSchema.describe('The scenario'),
  scenario_version: z.int().positive().describe('The version of the scenario definition'),
};

/**
 * A lifecycle decision (P6.2). `source` says which rule made it: `rule` (the
 * defaults: continue, complete, loop detection), `signal` (a user signal),
 * `candidate` (a scored candidate) or `evaluator` (an accepted proposal).
 * A scenario started or resumed and finished in the same turn gets two
 * decisions (START or resuming CONTINUE, then COMPLETE).
 */
export const LifecycleDecisionSchema = z.strictObject({
  ...INSTANCE_ADDRESS,
  action: LifecycleActionSchema.describe('What is done with the instance (START, CONTINUE, PAUSE, COMPLETE, CANCEL)'),
  reasoning: z.string().describe('Why, in plain English'),
  confidence: ConfidenceSchema.describe('How sure the decision is, 0 to 1'),
  source: z
    .enum(['rule', 'signal', 'candidate', 'evaluator'])
    .describe(
      'Which rule made the decision: rule (the defaults), signal (a user signal), candidate (a scored candidate) or evaluator (an accepted proposal)',
    ),
  /** The entry step, for START. */
  entry_step_id: IdentifierSchema.nullable().describe('The entry step, for START; otherwise null'),
  /** The step the instance was at, for CONTINUE / PAUSE / COMPLETE / CANCEL. */
  source_step_id: IdentifierSchema.nullable().describe(
    'The step the instance was at, for CONTINUE, PAUSE, COMPLETE and CANCEL; otherwise null',
  ),
  /** True on the CONTINUE that brings a paused instance back. */
  resumed: z.boolean().describe('True on the CONTINUE that brings a paused instance back'),
  /** For PAUSE: `user_requested`, `loop_detected` or `evaluator`. */
  pause_reason: z.string().nullable().describe('For PAUSE: user_requested, loop_detected or evaluator; otherwise null'),
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
  ...INSTANCE_ADDRESS,
  source_step_id: IdentifierSchema.describe('The step the instance was at'),
  target_step_id: IdentifierSchema.describe('The step the instance is at now'),
  moved: z.boolean().describe('Whether the instance changed step'),
  was_skipped: z.boolean().describe('Whether steps were passed without stopping'),
  skipped_steps: z.array(IdentifierSchema).describe('The steps left without stopping, in the order passed'),
  reasoning: z.string().describe('Why, in plain English'),
  confidence: ConfidenceSchema.describe('How sure the decision is, 0 to 1'),
});

/** A step transition decision (see `StepTransitionDecisionSchema`). */
export type StepTransitionDecision = z.output<typeof StepTransitionDecisionSchema>;

/** What a scenario wants from the reply. */
export const ContributionTypeSchema = z.enum(['ASK', 'CONFIRM', 'ACTION_HINT', 'INFORM', 'NONE']);

/** A contribution type (see `ContributionTypeSchema`). */
export type ContributionType = z.output<typeof ContributionTypeSchema>;

/** Which instance a contribution or resume hint is about, and where it stands: the fields both carry. */
const INSTANCE_POSITION = {
  instance_id: INSTANCE_ADDRESS.instance_id,
  scenario_id: INSTANCE_ADDRESS.scenario_id,
  scenario_name: z.string().describe("The scenario's name, for people"),
  scenario_version: INSTANCE_ADDRESS.scenario_version,
  current_step_id: IdentifierSchema.describe('The step the instance is at'),
  current_step_name: z.string().describe('The step the instance is at, for people'),
};

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
  ...INSTANCE_POSITION,
  contribution_type: ContributionTypeSchema.describe('What the scenario wants from the reply: ASK, CONFIRM, ACTION_HINT, INFORM or NONE'),
  fields_to_ask: z.array(z.string()).describe('For ASK: the fields still missing at the current step'),
  action_to_confirm: z.string().nullable().describe('For CONFIRM: the action awaiting confirmation; otherwise null'),
  suggested_tools: z.array(IdentifierSchema).describe('The tools the step runs (once confirmed, for CONFIRM)'),
  template_ids: z.array(IdentifierSchema).describe('For INFORM: the templates to render'),
  priority: z.int().describe('Merge priority, highest first'),
  deferred: z.boolean().describe('True for a question held back so the reply asks one thing at a time'),
  is_final: z.boolean().describe('True for the last contribution of an instance that completed this turn'),
  /** `failed` when the caller reported a failed action at this step. */
  last_action_status: z
    .enum(['succeeded', 'failed'])
    .nullable()
    .describe('failed when the caller reported a failed action at this step; otherwise succeeded or null'),
});

/** A contribution (see `ScenarioContributionSchema`). */
export type ScenarioContribution = z.output<typeof ScenarioContributionSchema>;

/** A paused instance offered back to the user. */
export const ResumeHintSchema = z.strictObject({
  ...INSTANCE_POSITION,
  paused_at: IsoTimestampSchema.describe('When the instance was paused, an ISO 8601 UTC timestamp').meta({
    examples: ['2026-01-15T14:30:00.000Z'],
  }),
  pause_reason: z
    .string()
    .nullable()
    .describe('Why the instance was paused (user_requested, loop_detected, evaluator); null when unknown')
    .meta({ examples: ['user_requested'] }),
});

/** A resume hint (see `ResumeHintSchema`). */
export type ResumeHint = z.output<typeof ResumeHintSchema>;

/**
 * The contribution plan (P6.4). `contributions` are in merge order: priority
 * (highest first), then most recently active, then scenario id;
 * `primary_scenario_id` is the first. Flags cover every contribution, deferred or not.
 */
export const ContributionPlanSchema = z.strictObject({
  contributions: z
    .array(ScenarioContributionSchema)
    .describe('What each scenario contributes, in merge order (priority, then most recently active, then scenario id)'),
  primary_scenario_id: IdentifierSchema.nullable().describe('The scenario of the first contribution; null when none'),
  has_asks: z.boolean().describe('Whether any contribution asks for fields'),
  has_confirms: z.boolean().describe('Whether any contribution awaits a confirmation'),
  has_action_hints: z.boolean().describe('Whether any contribution hints at an action'),
  /** Instances active after the turn, in session order. */
  active_scenario_ids: z.array(IdentifierSchema).describe('The instances active after the turn, in session order'),
  /** Paused instances, most recently paused first. */
  resume_hints: z.array(ResumeHintSchema).describe('The paused instances offered back to the user, most recently paused first'),
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
  code: z
    .string()
    .describe('What was ignored, as a stable code')
    .meta({ examples: ['ambiguous_signal_target'] }),
  message: z
    .string()
    .describe('What was ignored and why, in plain English')
    .meta({ examples: ['The message could name more than one scenario; none was chosen.'] }),
  scenario_id: IdentifierSchema.nullable()
    .describe('The scenario concerned; null when none')
    .meta({ examples: ['program_intake'] }),
});

/** A turn warning (see `TurnWarningSchema`). */
export type TurnWarning = z.output<typeof TurnWarningSchema>;

/**
 * What happened with the optional evaluator: `not_requested` (deterministic
 * path), `not_needed` (turn not ambiguous), `applied` (proposals checked;
 * `accepted` and `rejected` list them) or `failed` (fell back; `error` says why).
 */
export const EvaluationRecordSchema = z.strictObject({
  status: z
    .enum(['not_requested', 'not_needed', 'applied', 'failed'])
    .describe('What happened with the evaluator: not_requested, not_needed, applied or failed'),
  ambiguity: z.array(z.string()).describe('What made the turn ambiguous, one phrase each'),
  accepted: z.array(LifecycleProposalSchema).describe('The proposals accepted'),
  rejected: z
    .array(
      z.strictObject({
        proposal: LifecycleProposalSchema.describe('The proposal').meta({
          examples: [{ scenario_id: 'program_intake', action: 'PAUSE', reasoning: 'The user asked to stop for now.', confidence: 0.8 }],
        }),
        reason: z
          .string()
          .describe('Why it was rejected')
          .meta({ examples: ['the scenario is not running, so it cannot be paused'] }),
      }),
    )
    .describe('The proposals rejected, each with the reason'),
  error: z
    .strictObject({
      code: z
        .string()
        .describe('The error code')
        .meta({ examples: ['lifecycle_evaluation_failed'] }),
      message: z
        .string()
        .describe('What went wrong, in plain English')
        .meta({ examples: ['the language model did not answer in time; the turn used the deterministic rules'] }),
    })
    .nullable()
    .describe('Why the evaluator failed (the turn fell back); null otherwise'),
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
