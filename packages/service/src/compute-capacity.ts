import { SelectorSpecSchema, type Notice, type ProgramRequest } from '@leaseback/domain';
import { LlmError, type LlmClient } from '@leaseback/llm';
import {
  applyRequestOverrides,
  checkRequestNames,
  checkSpecNames,
  inlineEngineRunner,
  readingNotices,
  summarizeAssets,
  targetWasDefaulted,
  type EngineRunner,
  type PlannerConfig,
} from '@leaseback/planner';
import type { CapacityReport } from './leaseback-service.js';

/** What `computeCapacity` needs besides the request. */
export interface ComputeCapacityOptions {
  readonly llm: LlmClient;
  readonly config: PlannerConfig;
  readonly signal?: AbortSignal;
  /** Where the solve runs (default: inline). */
  readonly engine?: EngineRunner;
}

/**
 * The most the portfolio can raise under the brief: the brief is read into a
 * spec exactly as a run's first step does (the model's spec, then the caller's
 * overrides), and the engine's `maxProceeds` answers for that spec.
 */
export async function computeCapacity(asked: ProgramRequest, options: ComputeCapacityOptions): Promise<CapacityReport> {
  // The same checks as a plan: unknown markets are bad input, states resolve with a notice.
  const checked = checkRequestNames(asked);
  const request = checked.request;
  const summary = summarizeAssets(request.assets, request.corporate_state);
  const generated = await options.llm.generateSelectorSpec(
    request.program_description,
    summary,
    options.signal ? { signal: options.signal } : {},
  );
  const parsed = SelectorSpecSchema.safeParse(generated.value);
  if (!parsed.success) throw new LlmError('llm_invalid_output', "the model's spec is invalid", { provider: options.llm.provider });
  const { spec } = applyRequestOverrides(parsed.data, request, options.config.revision.default_floor_fraction);
  checkSpecNames(spec, request);
  const notices: Notice[] = [...checked.notices, ...readingNotices(generated.metadata)];
  const targetGiven = request.target_override !== null && request.target_override !== undefined;
  if (!targetGiven && targetWasDefaulted(generated.metadata)) {
    // Capacity does not need a target; the report says none was stated instead of comparing with a guess.
    notices.unshift({
      code: 'target_defaulted',
      severity: 'info',
      message: 'no target stated: capacity does not need one, so none is compared',
      field: 'target_amount',
    });
  }
  const engine = options.engine ?? inlineEngineRunner;
  const capacity = await engine.maxProceeds(
    request.assets,
    request.corporate_state,
    spec,
    { exact: { time_limit_ms: options.config.solver_time_limit_ms } },
    options.signal,
  );
  return { spec, capacity, notices };
}
