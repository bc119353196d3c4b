import { z } from 'zod';
import { IdentifierSchema } from './json-value.js';

/** What an evaluator may propose for one scenario. `DO_NOT_START` vetoes a start or resume the rules would make. */
export const ProposalActionSchema = z.enum(['START', 'CONTINUE', 'PAUSE', 'COMPLETE', 'CANCEL', 'DO_NOT_START']);

/** A proposal action (see `ProposalActionSchema`). */
export type ProposalAction = z.output<typeof ProposalActionSchema>;

/** One proposed lifecycle decision. */
export const LifecycleProposalSchema = z.strictObject({
  scenario_id: IdentifierSchema.describe('The scenario the proposal is about').meta({ examples: ['program_intake'] }),
  action: ProposalActionSchema.describe('What to do with the scenario').meta({ examples: ['PAUSE'] }),
  reasoning: z
    .string()
    .min(1, 'must explain the proposal')
    .describe('Why, in plain English')
    .meta({ examples: ['The user asked to stop for now.'] }),
  confidence: z
    .number()
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1')
    .describe('How sure the proposal is, 0 to 1')
    .meta({ examples: [0.8] }),
});

/** A proposal (see `LifecycleProposalSchema`). */
export type LifecycleProposal = z.output<typeof LifecycleProposalSchema>;

/** What an evaluator must answer: validated before anything is applied. */
export const LifecycleProposalsSchema = z.strictObject({
  proposals: z.array(LifecycleProposalSchema).max(50, 'at most 50 proposals'),
});

/** An evaluator's answer (see `LifecycleProposalsSchema`). */
export type LifecycleProposals = z.output<typeof LifecycleProposalsSchema>;

/** A scenario as the evaluator sees it. */
export interface EvaluatorScenarioView {
  readonly scenario_id: string;
  readonly name: string;
  readonly description: string;
  /** `candidate` for a scenario not open in the session. */
  readonly status: 'active' | 'paused' | 'candidate';
  readonly current_step_id: string | null;
  readonly current_step_name: string | null;
  /** The candidate score, when it was scored this turn. */
  readonly score: number | null;
}

/** What the evaluator is asked about one ambiguous turn (JSON-serialisable, ready for a prompt). */
export interface LifecycleEvaluationRequest {
  readonly session_id: string;
  readonly message: string;
  readonly intent: string | null;
  readonly signal: { readonly type: string; readonly scenario_id: string | null };
  /** Why the turn counts as ambiguous, e.g. `borderline candidate "what_if" (score 0.55)`. */
  readonly ambiguity: readonly string[];
  readonly scenarios: readonly EvaluatorScenarioView[];
  /** What the deterministic rules decided, for the evaluator to confirm or change. */
  readonly deterministic_decisions: readonly { readonly scenario_id: string; readonly action: string; readonly reasoning: string }[];
  readonly applied_rules: readonly { readonly id: string; readonly name?: string | undefined }[];
  readonly min_start_score: number;
  readonly max_simultaneous_scenarios: number;
}

/**
 * Optional judge for ambiguous turns (`use_llm = true`, `processTurnAsync`).
 * A service implements it with its LLM client; the answer is validated against
 * `LifecycleProposalsSchema` and every proposal is checked against the
 * invariants (known scenario, limits, named user signals win, COMPLETE only
 * where the rules complete, steps never skipped past a checkpoint). Throwing or
 * answering something invalid falls back to the deterministic decisions.
 */
export interface LifecycleEvaluator {
  evaluate(request: LifecycleEvaluationRequest, options: { readonly signal?: AbortSignal }): Promise<unknown>;
}
