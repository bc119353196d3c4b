import { LeasebackError, type AuditTrace, type RunRecord } from '@leaseback/domain';
import { createReplayLlmClient } from '@leaseback/llm';
import { runProgram, type EngineRunner, type PlannerConfig } from '@leaseback/planner';

/** What replaying a stored run established. */
export interface ReplayReport {
  readonly run_id: string;
  /** True when the replayed response is byte-for-byte the stored one. */
  readonly identical: boolean;
  /** JSON paths where the replay differs (at most 20), empty when identical. */
  readonly differences: string[];
  /** How many recorded model calls the replay answered from the trace. */
  readonly llm_calls_replayed: number;
}

/**
 * Raised for a run that cannot be replayed: stored without its request, or failed
 * (the answer of the call that failed was never recorded, so there is nothing to
 * replay it from).
 */
export class RunNotReplayableError extends LeasebackError {
  constructor(message: string) {
    super('run_not_replayable', message);
    this.name = 'RunNotReplayableError';
  }
}

/**
 * Replays a stored, completed run: the same request through the planner, with
 * every model call answered from the run's audit trace and the clock set to the
 * trace's timestamps, then compares the result with what was stored. A
 * difference means the engine, the policy or the planner's configuration no
 * longer gives what it gave when the run was recorded.
 */
export async function replayStoredRun(
  run: RunRecord,
  config: PlannerConfig,
  signal?: AbortSignal,
  engine?: EngineRunner,
): Promise<ReplayReport> {
  if (run.request === null) throw new RunNotReplayableError(`run "${run.run_id}" was stored without its request, so it cannot be replayed`);
  if (run.status !== 'completed' || run.response === null) {
    throw new RunNotReplayableError(`run "${run.run_id}" failed; only completed runs can be replayed`);
  }
  const trace: AuditTrace = run.response.audit_trace;
  const timestamps = trace.entries.map((entry) => entry.timestamp);
  let tick = 0;
  // The recorder stamps one entry per clock reading, so the recorded timestamps, in order, are the clock.
  const now = (): Date => new Date(timestamps[Math.min(tick++, timestamps.length - 1)] ?? 0);
  const replay = createReplayLlmClient(trace);
  const result = await runProgram(run.request, { llm: replay, config, now, ...(signal ? { signal } : {}), ...(engine ? { engine } : {}) });
  const replayed = result.status === 'completed' ? result.response : { error: result.error, audit_trace: result.audit_trace };
  const differences = differingPaths(run.response, replayed, '', 20);
  return {
    run_id: run.run_id,
    identical: differences.length === 0 && JSON.stringify(run.response) === JSON.stringify(replayed),
    differences,
    llm_calls_replayed: trace.entries.filter((entry) => entry.llm_call !== null).length - replay.remaining,
  };
}

/** The JSON paths where two values differ, depth first, at most `limit`. */
function differingPaths(left: unknown, right: unknown, path: string, limit: number): string[] {
  if (Object.is(left, right)) return [];
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
  if (!isObject(left) || !isObject(right) || Array.isArray(left) !== Array.isArray(right)) return [path === '' ? '(root)' : path];
  const found: string[] = [];
  const keys = Array.isArray(left)
    ? Array.from({ length: Math.max(left.length, (right as unknown as unknown[]).length) }, (_, index) => index)
    : [...new Set([...Object.keys(left), ...Object.keys(right)])];
  for (const key of keys) {
    const childPath = typeof key === 'number' ? `${path}[${key}]` : path === '' ? key : `${path}.${key}`;
    found.push(
      ...differingPaths(
        (left as Record<string | number, unknown>)[key],
        (right as Record<string | number, unknown>)[key],
        childPath,
        limit - found.length,
      ),
    );
    if (found.length >= limit) break;
  }
  if (found.length === 0 && JSON.stringify(left) !== JSON.stringify(right)) found.push(`${path === '' ? '(root)' : path} (key order)`);
  return found.slice(0, limit);
}
