import {
  MAX_SCENARIOS,
  ScenarioDefinitionListSchema,
  problemsFromZodError,
  formatProblem,
  toLeasebackError,
  type ProgramRequest,
  type RunRecord,
  type ScenarioDefinition,
  type ScenarioSetResult,
} from '@leaseback/domain';
import type { LlmCallMetadata, LlmClient } from '@leaseback/llm';
import { buildScenarioRequest } from './build-scenario-request.js';
import { mapWithConcurrency } from './map-with-concurrency.js';
import { ScenarioDefinitionsError } from './planner-error.js';
import { PlannerConfigSchema, type PlannerConfig, type PlannerConfigInput } from './planner-config.js';
import type { EngineRunner } from './engine-runner.js';
import { notifyProgress, type PlannerProgressListener } from './planner-progress.js';
import { reportIfInternal, runProgram, type ProgramRunResult } from './run-program.js';
import { runRecordFromResult } from './run-record.js';
import { AuditRecorder } from './audit-recorder.js';
import { summarizeAssets } from './summarize-assets.js';

/** What `runScenarioSet` needs besides the brief and the base request. */
export interface RunScenarioSetOptions {
  readonly llm: LlmClient;
  readonly config?: PlannerConfigInput | PlannerConfig;
  /** 1..5 scenarios; default 3. */
  readonly numScenarios?: number;
  /** Caller-defined what-ifs (kind `custom`), run after the base case in place of the last generated variants. */
  readonly customDefinitions?: readonly ScenarioDefinition[];
  readonly fundId?: string | null;
  readonly signal?: AbortSignal;
  /** The clock for `created_at` and trace timestamps. */
  readonly now?: () => Date;
  /** The id generator for the set and its runs. */
  readonly newId?: () => string;
  /** Called as each run finishes (for progress display). */
  readonly onRunFinished?: (run: RunRecord, index: number, total: number) => void;
  /** See `RunProgramOptions.onInternalError`: told the cause of every run failing with an internal error. */
  readonly onInternalError?: (cause: unknown) => void;
  /** Where the engine's solves run (default: inline). */
  readonly engine?: EngineRunner;
  /**
   * Told when the definitions are known and as each scenario's steps are
   * recorded and each scenario finishes, with `scenarios_done` of `scenarios_total`.
   */
  readonly onProgress?: PlannerProgressListener;
}

/** A scenario set's result, plus the definitions and the call that produced them. */
export interface ScenarioSetRun extends ScenarioSetResult {
  readonly definitions: readonly ScenarioDefinition[];
  readonly definitions_call: LlmCallMetadata;
}

/**
 * Runs a what-if scenario set: one LLM call proposes the definitions (the first is
 * `base`), then each runs as its own program on the same portfolio, at most
 * `scenario_concurrency` at a time. A run that fails is recorded as a `failed`
 * run and the set goes on; failing to obtain valid definitions fails the whole set
 * with a `ScenarioDefinitionsError`. Runs come back in definition order.
 */
export async function runScenarioSet(brief: string, baseRequest: ProgramRequest, options: RunScenarioSetOptions): Promise<ScenarioSetRun> {
  const config = PlannerConfigSchema.parse(options.config ?? {});
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const count = options.numScenarios ?? 3;
  if (!Number.isInteger(count) || count < 1 || count > MAX_SCENARIOS) {
    throw new ScenarioDefinitionsError(`num_scenarios must be a whole number between 1 and ${MAX_SCENARIOS}, got ${count}`);
  }
  const fundId = options.fundId ?? baseRequest.fund_id ?? null;

  const summary = summarizeAssets(baseRequest.assets, baseRequest.corporate_state);
  const callOptions = options.signal ? { signal: options.signal } : {};
  // The brief is read into a spec once, while the definitions are generated: every
  // variant starts from that same reading plus its own overrides, so a set costs
  // about one run's worth of model latency rather than one per scenario.
  const sharedSpec = options.llm.generateSelectorSpec(baseRequest.program_description, summary, callOptions).then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  let generated: Awaited<ReturnType<typeof options.llm.generateScenarioDefinitions>>;
  try {
    generated = await options.llm.generateScenarioDefinitions(brief, summary, count, callOptions);
  } catch (thrown) {
    const error = toLeasebackError(thrown);
    throw new ScenarioDefinitionsError(`could not generate scenario definitions (${error.code}): ${error.message}`, { cause: thrown });
  }
  // Custom what-ifs take the places of the last generated variants; the base case always stays first.
  const custom = (options.customDefinitions ?? []).slice(0, Math.max(0, count - 1));
  const generatedValue = generated.value?.slice?.(0, count - custom.length) ?? generated.value;
  const parsed = ScenarioDefinitionListSchema.safeParse(
    custom.length === 0 ? generatedValue : uniqueLabels([...(Array.isArray(generatedValue) ? generatedValue : []), ...custom]),
  );
  if (!parsed.success) {
    const problems = problemsFromZodError(parsed.error, 'scenarios').map(formatProblem).join('; ');
    throw new ScenarioDefinitionsError(`the scenario definitions are invalid: ${problems}`, { cause: parsed.error });
  }
  const definitions = parsed.data;
  const total = definitions.length;
  let done = 0;
  notifyProgress(options.onProgress, { step: 'scenarios_defined', iteration: 0, scenarios_done: 0, scenarios_total: total });
  const onProgress = options.onProgress;
  const scenarioProgress: PlannerProgressListener | undefined =
    onProgress === undefined ? undefined : (event) => onProgress({ ...event, scenarios_done: done, scenarios_total: total });

  const setId = newId();
  const createdAt = now().toISOString();
  // Ids are drawn in definition order before anything runs, so they do not depend on timing.
  const runIds = definitions.map(() => newId());
  const spec = await sharedSpec;
  const runs = await mapWithConcurrency(definitions, config.scenario_concurrency, async (definition, index) => {
    const request = buildScenarioRequest({ ...baseRequest, fund_id: fundId }, definition);
    const result = spec.ok
      ? await runProgram(request, {
          llm: options.llm,
          config,
          now,
          preparedSpec: spec.result,
          ...(scenarioProgress ? { onProgress: scenarioProgress } : {}),
          ...(options.signal ? { signal: options.signal } : {}),
          ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
          ...(options.engine ? { engine: options.engine } : {}),
        })
      : failedRun(spec.error, now, index === 0 ? options.onInternalError : undefined);
    const run = runRecordFromResult(result, {
      runId: runIds[index] as string,
      fundId,
      createdAt,
      request,
      scenario: { setId, kind: definition.kind, label: definition.label },
    });
    done += 1;
    options.onRunFinished?.(run, index, definitions.length);
    notifyProgress(options.onProgress, { step: 'scenario_finished', iteration: 0, scenarios_done: done, scenarios_total: total });
    return run;
  });

  return {
    scenario_set: { id: setId, brief, created_at: createdAt, run_ids: runIds, fund_id: fundId },
    runs,
    definitions,
    definitions_call: generated.metadata,
  };
}

/** Every run of a set fails the same way when the shared reading of the brief failed. */
function failedRun(thrown: unknown, now: () => Date, onInternalError: ((cause: unknown) => void) | undefined): ProgramRunResult {
  const error = toLeasebackError(thrown);
  const info = { code: error.code, message: error.message };
  reportIfInternal(thrown, info.code, onInternalError);
  const recorder = new AuditRecorder(now);
  recorder.record({ step: 'run_failed', iteration: 0, error: info, message: info.message });
  return { status: 'failed', error: info, audit_trace: recorder.trace() };
}

/** Suffixes a repeated label (" (2)") so a custom what-if never collides with a generated variant's name. */
function uniqueLabels(definitions: readonly ScenarioDefinition[]): ScenarioDefinition[] {
  const seen = new Set<string>();
  return definitions.map((definition) => {
    let label = definition.label;
    for (let suffix = 2; seen.has(label.toLowerCase()); suffix += 1) label = `${definition.label.slice(0, 45)} (${suffix})`;
    seen.add(label.toLowerCase());
    return label === definition.label ? definition : { ...definition, label };
  });
}
