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
  run_id: z.string().describe("The run's id"),
  fund_id: z.string().nullable().describe('The fund the run belongs to; null when stored without one'),
  program_description: z.string().describe('The brief the run answered, in plain English'),
  status: RunStatusSchema.describe('completed (an infeasible outcome is still completed) or failed (error says why)'),
  created_at: timestamp().describe('When the run was stored, an ISO 8601 UTC timestamp'),
  /** The three scenario fields are always present; `null` for single runs. */
  scenario_set_id: z.string().nullable().describe('The scenario set the run belongs to; null for a single run'),
  scenario_kind: ScenarioKindSchema.nullable().describe("The scenario's kind within its set; null for a single run"),
  scenario_label: z.string().nullable().describe("The scenario's label within its set; null for a single run"),
};

/** A stored run. */
export const RunRecordSchema = z.strictObject({
  ...runFields,
  response: ProgramResponseSchema.nullable().describe('The completed plan; null when the run failed'),
  /** Why the run failed, in plain English; `null` when completed. */
  error: z.string().nullable().describe('Why the run failed, in plain English; null when completed'),
  /** The stable code of the failure (e.g. `llm_unavailable`); `null` when completed. */
  error_code: z.string().nullable().describe('The stable code of the failure (e.g. llm_unavailable); null when completed'),
  /** For a failed run, the trace up to the failure; `null` when `response` holds it. */
  audit_trace: AuditTraceSchema.nullable().describe('For a failed run, the trace up to the failure; null when response holds it'),
  /**
   * The request the run answered (portfolio, brief, overrides), so that a stored
   * run can be shown with its assets and replayed from its trace; `null` for runs
   * stored without it.
   */
  request: ProgramRequestSchema.nullable()
    .describe('The request the run answered (portfolio, brief, overrides); null for runs stored without it')
    .default(null),
});
/** A run record. */
export type RunRecord = z.output<typeof RunRecordSchema>;

/** A run in a list: the record without `response`, `error` and the trace. */
export const RunListItemSchema = z.strictObject(runFields);
/** A run list item. */
export type RunListItem = z.output<typeof RunListItemSchema>;

/** The answer to `POST /api/runs`. */
export const CreateRunResponseSchema = z.strictObject({
  run_id: z.string().describe("The stored run's id"),
  status: RunStatusSchema.describe('completed (an infeasible outcome is still completed) or failed (error says why)'),
  response: ProgramResponseSchema.nullable().describe('The completed plan; null when the run failed'),
  error: z.string().nullable().describe('Why the run failed, in plain English; null when completed'),
  error_code: z.string().nullable().describe('The stable code of the failure (e.g. llm_unavailable); null when completed'),
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
