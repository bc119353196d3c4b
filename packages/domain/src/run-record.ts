import { z } from 'zod';
import { AuditTraceSchema } from './audit-trace.js';
import { ProgramRequestSchema, ProgramResponseSchema } from './program.js';
import { ScenarioKindSchema, ScenarioSetSummarySchema } from './scenario-set.js';
import { timestamp } from './primitives.js';

/**
 * `completed`: the run finished (an `infeasible` outcome is still completed);
 * `failed`: it could not finish, and `error` says why.
 */
export const RunStatusSchema = z.enum(['completed', 'failed']);
/** A run status. */
export type RunStatus = z.infer<typeof RunStatusSchema>;

const runFields = {
  run_id: z.string(),
  fund_id: z.string().nullable(),
  program_description: z.string(),
  status: RunStatusSchema,
  created_at: timestamp(),
  /** The three scenario fields are always present; `null` for single runs. */
  scenario_set_id: z.string().nullable(),
  scenario_kind: ScenarioKindSchema.nullable(),
  scenario_label: z.string().nullable(),
};

/** A stored run. */
export const RunRecordSchema = z.strictObject({
  ...runFields,
  response: ProgramResponseSchema.nullable(),
  /** Why the run failed, in plain English; `null` when completed. */
  error: z.string().nullable(),
  /** The stable code of the failure (e.g. `llm_unavailable`); `null` when completed. */
  error_code: z.string().nullable(),
  /** For a failed run, the trace up to the failure; `null` when `response` holds it. */
  audit_trace: AuditTraceSchema.nullable(),
  /**
   * The request the run answered (portfolio, brief, overrides), so that a stored
   * run can be shown with its assets and replayed from its trace; `null` for runs
   * stored without it.
   */
  request: ProgramRequestSchema.nullable().default(null),
});
/** A run record. */
export type RunRecord = z.output<typeof RunRecordSchema>;

/** A run in a list: the record without `response`, `error` and the trace. */
export const RunListItemSchema = z.strictObject(runFields);
/** A run list item. */
export type RunListItem = z.output<typeof RunListItemSchema>;

/** The answer to `POST /api/runs`. */
export const CreateRunResponseSchema = z.strictObject({
  run_id: z.string(),
  status: RunStatusSchema,
  response: ProgramResponseSchema.nullable(),
  error: z.string().nullable(),
  error_code: z.string().nullable(),
});
/** A create-run response. */
export type CreateRunResponse = z.output<typeof CreateRunResponseSchema>;

/** A scenario set with its runs, in definition order. */
export const ScenarioSetResultSchema = z.strictObject({
  scenario_set: ScenarioSetSummarySchema,
  runs: z.array(RunRecordSchema),
});
/** A scenario set with its runs. */
export type ScenarioSetResult = z.output<typeof ScenarioSetResultSchema>;
