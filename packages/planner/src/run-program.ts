import { z } from 'zod';
import {
  InvalidInputError,
  SelectorSpecSchema,
  canonicalJson,
  errorKindOf,
  toLeasebackError,
  type Notice,
  type AuditTrace,
  type ErrorInfo,
  type ExplanationNode,
  type LlmMethod,
  type ProgramOutcome,
  type ProgramRequest,
  type ProgramResponse,
  type SelectorSpec,
} from '@leaseback/domain';
import { enforceRevisionPolicy } from '@leaseback/revision-policy';
import { holdProgramEconomics } from './hold-program-economics.js';
import { LlmError, type LlmCallMetadata, type LlmClient, type LlmResult } from '@leaseback/llm';
import { applyRequestOverrides } from './apply-request-overrides.js';
import { AuditRecorder, llmCallRecord } from './audit-recorder.js';
import { checkRequestNames, checkSpecNames } from './check-request-names.js';
import { exactAlternative } from './exact-alternative.js';
import { orderNotices, outcomeNotices, readingNotices, revisionNotices, targetWasDefaulted } from './plan-notices.js';
import { readSummary, targetMissingError } from './target-missing.js';
import { PlannerConfigSchema, type PlannerConfig, type PlannerConfigInput } from './planner-config.js';
import type { EngineRunner } from './engine-runner.js';
import { notifyProgress, type PlannerProgressListener } from './planner-progress.js';
import { runEngine } from './run-engine.js';
import { summarizeAssets } from './summarize-assets.js';

/** What `runProgram` needs besides the request. Clock and ids are injected for exact replay. */
export interface RunProgramOptions {
  readonly llm: LlmClient;
  readonly config?: PlannerConfigInput | PlannerConfig;
  /** Cancels the run between steps (and inside LLM calls that honour it). */
  readonly signal?: AbortSignal;
  /** The clock for trace timestamps; defaults to the system clock. */
  readonly now?: () => Date;
  /**
   * A spec already read from this request's brief (with its call metadata). When
   * given, the run records it instead of asking the model again: a scenario set
   * reads the brief once and shares it across its variants.
   */
  readonly preparedSpec?: LlmResult<SelectorSpec>;
  /** Told of every step as the trace records it (CLI progress, job progress). */
  readonly onProgress?: PlannerProgressListener;
  /**
   * Told the original thrown value when a run fails with an internal error
   * (`internal_error`, `solver_error`...): the failed result carries only the
   * code and a generic message, so this is where the cause can be logged.
   */
  readonly onInternalError?: (cause: unknown) => void;
  /** Where the engine's solves run (default: inline, on the calling thread). */
  readonly engine?: EngineRunner;
}

/**
 * A run either completes with a full response (an infeasible outcome is still a
 * completed run) or fails with a stable error code and the trace up to the failure.
 */
export type ProgramRunResult =
  | { readonly status: 'completed'; readonly response: ProgramResponse }
  | { readonly status: 'failed'; readonly error: ErrorInfo; readonly audit_trace: AuditTrace };

class RunCancelledError extends Error {
  constructor() {
    super('the run was cancelled');
    this.name = 'RunCancelledError';
  }
}

/**
 * Plans one program: reads the brief into a spec, applies the caller's overrides,
 * runs the engine, revises within the revision policy while the outcome is
 * infeasible (at most `max_iterations` engine runs), and explains the result.
 * Every failure of the run (LLM error, cancellation, internal error) becomes a
 * `failed` result whose trace records every step up to it. Bad input is thrown
 * instead, as an `InvalidInputError`, before the engine runs: the request is at
 * fault, not the run (`target_missing`, `unknown_market`, `unknown_asset`, a
 * floor override above the target).
 */
export async function runProgram(request: ProgramRequest, options: RunProgramOptions): Promise<ProgramRunResult> {
  const config = PlannerConfigSchema.parse(options.config ?? {});
  const now = options.now ?? (() => new Date());
  const onProgress = options.onProgress;
  const recorder = new AuditRecorder(
    now,
    onProgress === undefined
      ? undefined
      : (entry) => notifyProgress(onProgress, { step: entry.step, iteration: entry.iteration, scenarios_done: 0, scenarios_total: 0 }),
  );
  let iteration = 0;
  try {
    const response = await planProgram(request, options, config, recorder, (value) => (iteration = value));
    return { status: 'completed', response };
  } catch (thrown) {
    if (thrown instanceof InvalidInputError) throw thrown;
    const cancelled = thrown instanceof RunCancelledError || (thrown instanceof LlmError && thrown.code === 'llm_cancelled');
    const error = cancelled ? { code: 'cancelled', message: 'the run was cancelled' } : describeFailure(thrown);
    if (!cancelled) reportIfInternal(thrown, error.code, options.onInternalError);
    recorder.record({ step: cancelled ? 'run_cancelled' : 'run_failed', iteration, error, message: error.message });
    return { status: 'failed', error, audit_trace: recorder.trace() };
  }
}

/** Hands an internal failure's cause to `onInternalError`; a throwing reporter never changes the run's result. */
export function reportIfInternal(thrown: unknown, code: string, onInternalError: ((cause: unknown) => void) | undefined): void {
  if (onInternalError === undefined || errorKindOf(code) !== 'internal') return;
  try {
    onInternalError(thrown);
  } catch {
    // Reporting is best effort: the failed result is the answer either way.
  }
}

function describeFailure(thrown: unknown): ErrorInfo {
  const error = toLeasebackError(thrown);
  return { code: error.code, message: error.message };
}

async function planProgram(
  asked: ProgramRequest,
  options: RunProgramOptions,
  config: PlannerConfig,
  recorder: AuditRecorder,
  reportIteration: (iteration: number) => void,
): Promise<ProgramResponse> {
  const { llm, signal } = options;
  let request = asked;
  const checkpoint = (): void => {
    if (signal?.aborted) throw new RunCancelledError();
  };
  const callOptions = signal ? { signal } : {};
  const policy = config.revision;

  const checked = checkRequestNames(request);
  request = checked.request;
  const notices: Notice[] = [...checked.notices];

  checkpoint();
  const generated =
    options.preparedSpec ??
    (await callLlm('generateSelectorSpec', () =>
      llm.generateSelectorSpec(request.program_description, summarizeAssets(request.assets, request.corporate_state), callOptions),
    ));
  const inferred = validateSpec(generated, llm.provider);
  const targetGiven = request.target_override !== null && request.target_override !== undefined;
  if (!targetGiven && targetWasDefaulted(generated.metadata)) {
    throw targetMissingError(request.program_description, readSummary(inferred, generated.metadata));
  }
  notices.push(...readingNotices(generated.metadata));
  const { spec: original, notes, notices: floorNotices } = applyRequestOverrides(inferred, request, policy.default_floor_fraction);
  notices.push(...floorNotices);
  checkSpecNames(original, request);
  recorder.record({
    step: 'spec_generated',
    iteration: 0,
    spec: original,
    llmCall: llmCallRecord('generateSelectorSpec', generated.metadata),
    message: notes.length > 0 ? notes.join('; ') : null,
  });

  let spec: SelectorSpec = original;
  let outcome: ProgramOutcome | undefined;
  let iterationsRun = 0;
  for (let iteration = 1; iteration <= policy.max_iterations; iteration += 1) {
    reportIteration(iteration);
    iterationsRun = iteration;
    checkpoint();
    outcome = await runEngine(request.assets, request.corporate_state, spec, config, signal, options.engine);
    const lastIteration = iteration === policy.max_iterations;
    recorder.record({
      step: 'engine_run',
      iteration,
      spec,
      outcome,
      message:
        outcome.status === 'infeasible' && lastIteration
          ? `still infeasible after ${policy.max_iterations} iteration${policy.max_iterations === 1 ? '' : 's'} (max_iterations reached)`
          : null,
    });
    if (outcome.status !== 'infeasible' || lastIteration) break;

    checkpoint();
    const proposed = await callLlm('reviseSelectorSpec', () =>
      llm.reviseSelectorSpec(
        spec,
        outcome as ProgramOutcome,
        { original, iteration, max_iterations: policy.max_iterations, capacity: outcome?.capacity ?? null, policy },
        callOptions,
      ),
    );
    // program_type is checked by the policy (a change is `invalid` and stops the loop with the
    // last outcome), so the proposal is validated with any program type allowed through.
    const proposal = validateSpec(proposed, llm.provider, RevisionProposalSchema);
    // A model may leave the floor out of its proposal; that is not a request to change it.
    if (proposal.floor_amount === undefined && spec.floor_amount !== undefined) proposal.floor_amount = spec.floor_amount;
    const recordable = SelectorSpecSchema.safeParse(proposal).success;
    recorder.record({
      step: 'revision_proposed',
      iteration,
      // A proposal outside the spec schema (another program type) is kept only as the call's raw output.
      spec: recordable ? proposal : null,
      llmCall: llmCallRecord('reviseSelectorSpec', proposed.metadata),
      message: recordable ? null : `the proposal changes program_type to "${String(proposal.program_type)}"`,
    });

    const enforced = enforceRevisionPolicy(original, spec, proposal, policy);
    const result = enforced.status === 'invalid' ? enforced : { ...enforced, spec: holdProgramEconomics(original, enforced.spec) };
    const unchanged = result.status !== 'invalid' && sameSpec(result.spec, spec);
    recorder.record({
      step: 'policy_applied',
      iteration,
      spec: result.spec,
      policyStatus: result.status,
      violations: result.violations,
      message:
        result.status === 'invalid'
          ? `revision refused: ${result.violations.map((violation) => violation.message).join('; ')}; stopping with the last outcome`
          : unchanged
            ? 'the revision changes nothing the policy allows; stopping with the last outcome'
            : null,
    });
    if (result.status === 'invalid' || unchanged) break;
    notices.push(...revisionNotices(spec, result.spec, iteration));
    spec = result.spec;
  }
  if (!outcome) throw new Error('max_iterations must be at least 1');

  if (spec.target_amount !== original.target_amount) {
    outcome = {
      ...outcome,
      requested_target_amount: original.target_amount,
      shortfall_against_request: Math.max(0, original.target_amount - outcome.proceeds),
    };
  }
  checkpoint();
  const alternative = await exactAlternative(request, spec, outcome, config, signal);
  notices.push(...outcomeNotices(original, outcome, alternative));

  checkpoint();
  // What the revision loop relaxed is a fact of the answer: the summary (offline or model) says it.
  const revisionNodes: ExplanationNode[] = notices
    .filter((notice) => notice.code === 'target_relaxed' || notice.code === 'filter_relaxed' || notice.code === 'covenant_relaxed')
    .map((notice) => ({
      kind: 'spec_revised',
      asset_id: null,
      constraint: null,
      message: notice.message,
      values: { field: notice.field ?? null },
    }));
  const nodes = [...outcome.explanation_nodes, ...revisionNodes];
  const explained = await callLlm('generateExplanationSummary', () => llm.generateExplanationSummary(spec, outcome, nodes, callOptions));
  if (typeof explained.value !== 'string' || explained.value.trim() === '') {
    throw new LlmError('llm_invalid_output', 'the explanation summary is empty', { provider: llm.provider });
  }
  recorder.record({
    step: 'explanation',
    iteration: iterationsRun,
    llmCall: llmCallRecord('generateExplanationSummary', explained.metadata),
  });

  // Every part is already checked: specs and the summary as they came from the model, call
  // metadata when recorded, the outcome by the engine's own contract (tested against the schema).
  return { spec, outcome, audit_trace: recorder.trace(), explanation: { summary: explained.value, nodes }, notices: orderNotices(notices) };
}

async function callLlm<T>(method: LlmMethod, call: () => Promise<LlmResult<T>>): Promise<LlmResult<T> & { metadata: LlmCallMetadata }> {
  const result = await call();
  if (!result || typeof result !== 'object' || !('metadata' in result)) {
    throw new LlmError('llm_invalid_output', `${method} returned no metadata`, { provider: 'unknown' });
  }
  return result;
}

const RevisionProposalSchema = SelectorSpecSchema.extend({ program_type: z.string().min(1) });

function validateSpec(
  result: LlmResult<SelectorSpec>,
  provider: string,
  schema: typeof SelectorSpecSchema | typeof RevisionProposalSchema = SelectorSpecSchema,
): SelectorSpec {
  const parsed = schema.safeParse(result.value) as ReturnType<typeof SelectorSpecSchema.safeParse>;
  if (!parsed.success) {
    throw new LlmError(
      'llm_invalid_output',
      `the model's spec is invalid: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      { provider },
    );
  }
  return parsed.data;
}

function sameSpec(left: SelectorSpec, right: SelectorSpec): boolean {
  return canonicalJson(left) === canonicalJson(right);
}
