import type { ProgramRequest, RunRecord } from '@leaseback/domain';
import type { ProgramRunResult } from './run-program.js';

/** Where a run is stored and under which scenario, besides its result. */
export interface RunRecordPlacement {
  readonly runId: string;
  readonly fundId: string | null;
  /** ISO 8601 time the run started. */
  readonly createdAt: string;
  /** The request the run answered (stored so it can be shown and replayed). */
  readonly request: ProgramRequest;
  /** The scenario set and scenario it belongs to; all `null` for a plain run. */
  readonly scenario?: { readonly setId: string; readonly kind: RunRecord['scenario_kind']; readonly label: string };
}

/**
 * The one mapping from a planner result to the `RunRecord` that is stored: a
 * completed run keeps its response, a failed one its error and the audit trace
 * up to the failure.
 */
export function runRecordFromResult(result: ProgramRunResult, placement: RunRecordPlacement): RunRecord {
  return {
    run_id: placement.runId,
    fund_id: placement.fundId,
    program_description: placement.request.program_description,
    status: result.status,
    created_at: placement.createdAt,
    scenario_set_id: placement.scenario?.setId ?? null,
    scenario_kind: placement.scenario?.kind ?? null,
    scenario_label: placement.scenario?.label ?? null,
    response: result.status === 'completed' ? result.response : null,
    error: result.status === 'failed' ? result.error.message : null,
    error_code: result.status === 'failed' ? result.error.code : null,
    audit_trace: result.status === 'failed' ? result.audit_trace : null,
    request: placement.request,
  };
}
