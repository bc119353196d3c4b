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

const FundIdSchema = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty')
  .nullable()
  .describe("The fund the session and its runs belong to; default: the API key's only fund (needed when the key holds several)")
  .optional();
const JsonFieldsSchema = z.record(z.string(), JsonValueSchema);
const TimestampSchema = z.string();

/** `POST /api/sessions` with the portfolio's fields at the top level (the shape of a program request). */
export const InlinePortfolioSessionRequestSchema = z.strictObject({
  company: z.string().describe("The company's name").optional(),
  description: z
    .string()
    .describe('A free-text description of the portfolio')
    .meta({ examples: ['US third-party logistics operator; owns its hubs, plants and parts stores.'] })
    .optional(),
  corporate_state: CorporateStateSchema.describe("The company's balance sheet and income figures before any sale"),
  assets: AssetListSchema.describe('The assets the company could sell and lease back'),
  /** The fund the session and its runs belong to. */
  fund_id: FundIdSchema,
});

/** `POST /api/sessions` with a portfolio file's content under `portfolio`. */
export const PortfolioSessionRequestSchema = z.strictObject({
  portfolio: PortfolioSchema.describe("A portfolio file's content: corporate state and assets"),
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
  message: z
    .string({ error: 'must be a string' })
    .trim()
    .min(1, 'must not be empty')
    .max(10_000, 'must be at most 10000 characters')
    .describe('What the user said, in plain English (at most 10,000 characters)'),
  /** The session version the client last saw; a different stored version answers 409 before any work. */
  expected_version: z
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .describe('The session version the client last saw; a different stored version answers 409 before any work')
    .optional(),
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
  scenario_id: z.string().describe('The scenario whose step ran the tool'),
  step_id: z.string().describe('The step that ran the tool'),
  tool_id: SessionToolIdSchema.describe('The tool run: run_program or run_scenario_set'),
  status: z
    .enum(['succeeded', 'failed', 'in_progress'])
    .describe('succeeded (stored, an infeasible outcome included), failed (error says why) or in_progress (another request runs it)'),
  /** The stored run (`run_program`). */
  run_id: z.string().nullable().describe('The stored run (run_program); otherwise null'),
  /** The stored set (`run_scenario_set`). */
  scenario_set_id: z.string().nullable().describe('The stored scenario set (run_scenario_set); otherwise null'),
  /** Every run the tool stored. */
  run_ids: z.array(z.string()).describe('Every run the tool stored'),
  /** The run's status (`run_program`). */
  run_status: z.enum(['completed', 'failed']).nullable().describe("The run's status (run_program); otherwise null"),
  /** The engine's outcome status (`ok`, `infeasible`, ...) of the run, or of the set's base run. */
  outcome_status: z
    .string()
    .nullable()
    .describe("The outcome status (ok, infeasible...) of the run, or of the set's base run; null when none"),
  proceeds: z.number().nullable().describe('Cash proceeds of the run (or of the base run), USD; null when none'),
  target_amount: z.number().nullable().describe('The target the outcome answers, USD; null when none'),
  /** One line for people. */
  summary: z.string().describe('What the tool did, in one line for people'),
  error: z
    .strictObject({
      code: z
        .string()
        .describe('The error code (one of the documented error codes)')
        .meta({ examples: ['llm_unavailable'] }),
      message: z
        .string()
        .describe('What went wrong, in plain English')
        .meta({ examples: ['the language model is unavailable; retry later'] }),
    })
    .nullable()
    .describe('Why the tool failed; null otherwise'),
});
/** A tool result (see `ToolResultSchema`). */
export type ToolResult = z.output<typeof ToolResultSchema>;

/** A template rendered for an INFORM contribution (program results, a comparison, a run's explanation). */
export const InformResultSchema = z.strictObject({
  scenario_id: z.string().describe('The scenario that informs'),
  template_id: z.string().describe('The template rendered'),
  text: z.string().describe('The rendered text, for people'),
  run_id: z.string().nullable().describe('The run the text is about; null when none'),
  scenario_set_id: z.string().nullable().describe('The scenario set the text is about; null when none'),
});
/** An inform result (see `InformResultSchema`). */
export type InformResult = z.output<typeof InformResultSchema>;

/** A value the message stated that the session did not use, and why. */
export const IgnoredFieldSchema = z.strictObject({
  field: z
    .string()
    .describe('The field the message stated')
    .meta({ examples: ['target_amount'] }),
  value: JsonValueSchema,
  reason: z
    .string()
    .describe('Why the session did not use it')
    .meta({ examples: ['must be > 0'] }),
});

/** One turn as the session's history keeps it. */
export const SessionTurnRecordSchema = z.strictObject({
  /** 1 for the first message. */
  turn: z.int().positive().describe('The turn number, 1 for the first message'),
  /** The session version this turn produced. */
  version: z.int().positive().describe('The session version this turn produced'),
  at: TimestampSchema.describe('When the turn happened, an ISO 8601 UTC timestamp'),
  message: z.string().describe('What the user said'),
  reply: z.string().describe('What the session answered'),
  primary_scenario_id: z.string().nullable().describe('The scenario that led the reply; null when none did'),
  decisions: z
    .array(
      z.strictObject({
        scenario_id: z.string().describe('The scenario decided on'),
        action: LifecycleActionSchema.describe('What was done with it (start, pause, resume...)'),
      }),
    )
    .describe('What the turn did with each scenario'),
  tool_results: z.array(ToolResultSchema).describe('What each tool run this turn did'),
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
  session_id: z.string().describe("The session's id"),
  version: z.int().positive().describe("The session's new version; send it as expected_version next time"),
  turn: z.int().positive().describe('The turn number, 1 for the first message'),
  reply: z.string().describe('What the session answers, in plain English (a rendering of the plan)'),
  extracted_fields: JsonFieldsSchema.describe('The fields read from this message, by name'),
  ignored_fields: z.array(IgnoredFieldSchema).describe('Values the message stated that the session did not use, and why'),
  signal: z
    .strictObject({
      type: SignalTypeSchema.describe('What the message signals (a new request, a confirmation, a switch...)'),
      scenario_id: z.string().nullable().describe('The scenario the signal names; null when none'),
    })
    .describe('What the message signals beyond its fields'),
  confirmation: z.boolean().nullable().describe('Whether the message confirmed (true) or declined (false) a checkpoint; null when neither'),
  lifecycle_decisions: z.array(LifecycleDecisionSchema).describe('What the turn did with each scenario instance (start, pause, resume...)'),
  transition_decisions: z.array(StepTransitionDecisionSchema).describe('Which steps the scenario instances moved between'),
  plan: ContributionPlanSchema.describe('What each scenario contributes to the reply now'),
  tool_results: z.array(ToolResultSchema).describe('What each tool run this turn did'),
  informs: z.array(InformResultSchema).describe('The templates rendered for the reply'),
  warnings: z.array(TurnWarningSchema).describe('Problems the turn met that did not stop it'),
  evaluation: EvaluationRecordSchema.describe('How the proposals of the turn were evaluated (accepted, rejected, ambiguity)'),
  /** What the turn understood, one phrase each ("target $200M", "a what-if: also exclude Chicago"). */
  understood: z.array(z.string()).describe('What the turn understood, one phrase each'),
  /** What the message said that the turn could not use, one phrase each (said back in the reply). */
  not_used: z.array(z.string()).describe('What the message said that the turn could not use, one phrase each'),
  /** Every field the session knows after the turn. */
  known_fields: JsonFieldsSchema.describe('Every field the session knows after the turn, by name'),
});
/** A turn response (see `TurnResponseSchema`). */
export type TurnResponse = z.output<typeof TurnResponseSchema>;

/** One scenario instance of a session, for people and dashboards. */
export const SessionInstanceViewSchema = z.strictObject({
  scenario_id: z.string().describe("The scenario's id"),
  scenario_name: z.string().describe("The scenario's name, for people"),
  scenario_version: z.int().positive().describe('The version of the scenario definition the instance follows'),
  status: InstanceStatusSchema.describe('Where the instance stands (active, paused, completed...)'),
  current_step_id: z.string().describe('The step the instance is at'),
  current_step_name: z.string().describe('The step the instance is at, for people'),
  started_at: TimestampSchema.describe('When the instance started, an ISO 8601 UTC timestamp'),
  last_active_at: TimestampSchema.describe('When the instance last moved, an ISO 8601 UTC timestamp'),
  paused_at: TimestampSchema.nullable().describe('When the instance was paused, an ISO 8601 UTC timestamp; null when not paused'),
  pause_reason: z.string().nullable().describe('Why the instance was paused; null when not paused'),
  ended_at: TimestampSchema.nullable().describe('When the instance ended, an ISO 8601 UTC timestamp; null while it runs'),
  variables: JsonFieldsSchema.describe('The fields the instance holds, by name'),
});
/** An instance view (see `SessionInstanceViewSchema`). */
export type SessionInstanceView = z.output<typeof SessionInstanceViewSchema>;

/** The answer to `POST /api/sessions` and `GET /api/sessions/{id}`. */
export const SessionViewSchema = z.strictObject({
  session_id: z.string().describe("The session's id"),
  fund_id: z.string().nullable().describe('The fund the session belongs to; null when it has none'),
  /** 1 when created; send it as `expected_version` with the next turn. */
  version: z.int().positive().describe('The session version, 1 when created; send it as expected_version with the next turn'),
  created_at: TimestampSchema.describe('When the session was created, an ISO 8601 UTC timestamp'),
  updated_at: TimestampSchema.describe('When the session last changed, an ISO 8601 UTC timestamp'),
  portfolio: z
    .strictObject({
      company: z.string().nullable().describe("The company's name; null when not given"),
      asset_count: z.int().nonnegative().describe('How many assets the portfolio holds'),
      markets: z.array(z.string()).describe('The markets of its assets'),
      asset_types: z.array(AssetTypeSchema).describe('The types of its assets'),
    })
    .describe("A summary of the session's portfolio"),
  /** The brief the next run would be planned from and stored under: the fields in force, written out; `null` before any planning. */
  brief: z
    .string()
    .nullable()
    .describe('The brief the next run would be planned from: the fields in force, written out; null before any planning'),
  known_fields: JsonFieldsSchema.describe('Every field the session knows, by name'),
  instances: z.array(SessionInstanceViewSchema).describe("The session's scenario instances"),
  active_scenario_ids: z.array(z.string()).describe('The scenarios running now'),
  paused_scenario_ids: z.array(z.string()).describe('The scenarios paused'),
  history: z.array(SessionTurnRecordSchema).describe('Every turn so far, in order'),
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
