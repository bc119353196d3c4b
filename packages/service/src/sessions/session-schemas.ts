import { AssetListSchema, AssetTypeSchema, CorporateStateSchema, JsonValueSchema, PortfolioSchema } from '@leaseback/domain';
import {
  ContributionPlanSchema,
  EvaluationRecordSchema,
  InstanceStatusSchema,
  LifecycleActionSchema,
  LifecycleDecisionSchema,
  SignalTypeSchema,
  StepTransitionDecisionSchema,
  TurnWarningSchema,
} from '@leaseback/scenarios';
import { z } from 'zod';

const FundIdSchema = z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').nullable().optional();
const JsonFieldsSchema = z.record(z.string(), JsonValueSchema);
const TimestampSchema = z.string();

/** `POST /api/sessions` with the portfolio's fields at the top level (the shape of a program request). */
export const InlinePortfolioSessionRequestSchema = z.strictObject({
  company: z.string().optional(),
  description: z.string().optional(),
  corporate_state: CorporateStateSchema,
  assets: AssetListSchema,
  /** The fund the session and its runs belong to. */
  fund_id: FundIdSchema,
});

/** `POST /api/sessions` with a portfolio file's content under `portfolio`. */
export const PortfolioSessionRequestSchema = z.strictObject({
  portfolio: PortfolioSchema,
  fund_id: FundIdSchema,
});

/**
 * The body of `POST /api/sessions`: `{ assets, corporate_state, company?,
 * description?, fund_id? }` or `{ portfolio, fund_id? }`.
 */
export const CreateSessionRequestSchema = z.union([InlinePortfolioSessionRequestSchema, PortfolioSessionRequestSchema]);
/** A create-session request as a caller writes it. */
export type CreateSessionRequestInput = z.input<typeof CreateSessionRequestSchema>;

/** The body of `POST /api/sessions/{id}/turns`. */
export const TurnRequestSchema = z.strictObject({
  /** What the user said. */
  message: z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(10_000, 'must be at most 10000 characters'),
  /** The session version the client last saw; a different stored version answers 409 before any work. */
  expected_version: z.int('must be a whole number').min(1, 'must be at least 1').optional(),
});
/** A turn request as a caller writes it. */
export type TurnRequestInput = z.input<typeof TurnRequestSchema>;
/** A validated turn request. */
export type TurnRequest = z.output<typeof TurnRequestSchema>;

/** The tools a session runs. */
export const SessionToolIdSchema = z.enum(['run_program', 'run_scenario_set']);

/**
 * What a tool did this turn. `succeeded`: the run (or the scenario set) was
 * stored, an infeasible outcome included; `failed`: it could not finish
 * (`error` says why; the step waits for a new confirmation); `in_progress`:
 * another request is running it.
 */
export const ToolResultSchema = z.strictObject({
  scenario_id: z.string(),
  step_id: z.string(),
  tool_id: SessionToolIdSchema,
  status: z.enum(['succeeded', 'failed', 'in_progress']),
  /** The stored run (`run_program`). */
  run_id: z.string().nullable(),
  /** The stored set (`run_scenario_set`). */
  scenario_set_id: z.string().nullable(),
  /** Every run the tool stored. */
  run_ids: z.array(z.string()),
  /** The run's status (`run_program`). */
  run_status: z.enum(['completed', 'failed']).nullable(),
  /** The engine's outcome status (`ok`, `infeasible`, ...) of the run, or of the set's base run. */
  outcome_status: z.string().nullable(),
  proceeds: z.number().nullable(),
  target_amount: z.number().nullable(),
  /** One line for people. */
  summary: z.string(),
  error: z.strictObject({ code: z.string(), message: z.string() }).nullable(),
});
/** A tool result (see `ToolResultSchema`). */
export type ToolResult = z.output<typeof ToolResultSchema>;

/** A template rendered for an INFORM contribution (program results, a comparison, a run's explanation). */
export const InformResultSchema = z.strictObject({
  scenario_id: z.string(),
  template_id: z.string(),
  text: z.string(),
  run_id: z.string().nullable(),
  scenario_set_id: z.string().nullable(),
});
/** An inform result (see `InformResultSchema`). */
export type InformResult = z.output<typeof InformResultSchema>;

/** A value the message stated that the session did not use, and why. */
export const IgnoredFieldSchema = z.strictObject({ field: z.string(), value: JsonValueSchema, reason: z.string() });

/** One turn as the session's history keeps it. */
export const SessionTurnRecordSchema = z.strictObject({
  /** 1 for the first message. */
  turn: z.int().positive(),
  /** The session version this turn produced. */
  version: z.int().positive(),
  at: TimestampSchema,
  message: z.string(),
  reply: z.string(),
  primary_scenario_id: z.string().nullable(),
  decisions: z.array(z.strictObject({ scenario_id: z.string(), action: LifecycleActionSchema })),
  tool_results: z.array(ToolResultSchema),
});
/** A history entry (see `SessionTurnRecordSchema`). */
export type SessionTurnRecord = z.output<typeof SessionTurnRecordSchema>;

/**
 * The answer to `POST /api/sessions/{id}/turns`. `version` is the session's
 * new version (send it as `expected_version` next time). Decisions and
 * transitions cover the whole turn, including the step a tool result moved;
 * `plan` is the final contribution plan (what each scenario contributes now);
 * `reply` is a plain rendering of it.
 */
export const TurnResponseSchema = z.strictObject({
  session_id: z.string(),
  version: z.int().positive(),
  turn: z.int().positive(),
  reply: z.string(),
  extracted_fields: JsonFieldsSchema,
  ignored_fields: z.array(IgnoredFieldSchema),
  signal: z.strictObject({ type: SignalTypeSchema, scenario_id: z.string().nullable() }),
  confirmation: z.boolean().nullable(),
  lifecycle_decisions: z.array(LifecycleDecisionSchema),
  transition_decisions: z.array(StepTransitionDecisionSchema),
  plan: ContributionPlanSchema,
  tool_results: z.array(ToolResultSchema),
  informs: z.array(InformResultSchema),
  warnings: z.array(TurnWarningSchema),
  evaluation: EvaluationRecordSchema,
  /** What the turn understood, one phrase each ("target $200M", "a what-if: also exclude Chicago"). */
  understood: z.array(z.string()),
  /** What the message said that the turn could not use, one phrase each (said back in the reply). */
  not_used: z.array(z.string()),
  /** Every field the session knows after the turn. */
  known_fields: JsonFieldsSchema,
});
/** A turn response (see `TurnResponseSchema`). */
export type TurnResponse = z.output<typeof TurnResponseSchema>;

/** One scenario instance of a session, for people and dashboards. */
export const SessionInstanceViewSchema = z.strictObject({
  scenario_id: z.string(),
  scenario_name: z.string(),
  scenario_version: z.int().positive(),
  status: InstanceStatusSchema,
  current_step_id: z.string(),
  current_step_name: z.string(),
  started_at: TimestampSchema,
  last_active_at: TimestampSchema,
  paused_at: TimestampSchema.nullable(),
  pause_reason: z.string().nullable(),
  ended_at: TimestampSchema.nullable(),
  variables: JsonFieldsSchema,
});
/** An instance view (see `SessionInstanceViewSchema`). */
export type SessionInstanceView = z.output<typeof SessionInstanceViewSchema>;

/** The answer to `POST /api/sessions` and `GET /api/sessions/{id}`. */
export const SessionViewSchema = z.strictObject({
  session_id: z.string(),
  fund_id: z.string().nullable(),
  /** 1 when created; send it as `expected_version` with the next turn. */
  version: z.int().positive(),
  created_at: TimestampSchema,
  updated_at: TimestampSchema,
  portfolio: z.strictObject({
    company: z.string().nullable(),
    asset_count: z.int().nonnegative(),
    markets: z.array(z.string()),
    asset_types: z.array(AssetTypeSchema),
  }),
  /** The brief the next run would be planned from and stored under: the fields in force, written out; `null` before any planning. */
  brief: z.string().nullable(),
  known_fields: JsonFieldsSchema,
  instances: z.array(SessionInstanceViewSchema),
  active_scenario_ids: z.array(z.string()),
  paused_scenario_ids: z.array(z.string()),
  history: z.array(SessionTurnRecordSchema),
});
/** A session view (see `SessionViewSchema`). */
export type SessionView = z.output<typeof SessionViewSchema>;

/** A tool step the service is running (claimed before the tool starts, so another request does not run it twice). */
export const PendingActionSchema = z.strictObject({
  scenario_id: z.string(),
  step_id: z.string(),
  tool_id: SessionToolIdSchema,
  started_at: TimestampSchema,
});
/** A pending action (see `PendingActionSchema`). */
export type PendingAction = z.output<typeof PendingActionSchema>;

/**
 * What the store keeps for a session (its `state`): the portfolio, the
 * orchestrator's session (validated by `loadSession`), the brief, the field the
 * last reply asked for, tool steps in progress and the turn history.
 */
export const StoredSessionStateSchema = z.strictObject({
  format: z.literal(1),
  portfolio: PortfolioSchema,
  orchestrator: z.unknown(),
  brief: z.string().nullable(),
  asked: z.strictObject({ scenario_id: z.string(), field: z.string() }).nullable(),
  /** The checkpoints the last reply presented: only these can be confirmed, and only by the next message. */
  presented: z.array(z.strictObject({ scenario_id: z.string(), step_id: z.string() })).default([]),
  /** The program fields each checkpoint last showed, so the next confirmation says what changed. */
  shown: z.record(z.string(), JsonFieldsSchema).default({}),
  /** What-ifs with content waiting for the next scenario set, beside the base and the generated variants. */
  what_ifs: z.array(z.strictObject({ label: z.string(), fields: JsonFieldsSchema })).default([]),
  pending_actions: z.array(PendingActionSchema),
  turns: z.array(SessionTurnRecordSchema),
});
/** The stored state of a session. */
export type StoredSessionState = z.output<typeof StoredSessionStateSchema>;

/** The session wire schemas by component name, for the OpenAPI document. */
export const sessionWireSchemas = Object.freeze({
  CreateSessionRequest: CreateSessionRequestSchema,
  TurnRequest: TurnRequestSchema,
  TurnResponse: TurnResponseSchema,
  SessionView: SessionViewSchema,
  SessionToolResult: ToolResultSchema,
  SessionInformResult: InformResultSchema,
  SessionTurnRecord: SessionTurnRecordSchema,
  SessionInstanceView: SessionInstanceViewSchema,
});
