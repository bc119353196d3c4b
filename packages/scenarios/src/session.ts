import { z } from 'zod';
import { IdentifierSchema, IsoTimestampSchema, JsonRecordSchema } from './json-value.js';

/** Where an instance stands in its lifecycle. */
export const InstanceStatusSchema = z.enum(['active', 'paused', 'completed', 'cancelled']);

/** An instance status (see `InstanceStatusSchema`). */
export type InstanceStatus = z.output<typeof InstanceStatusSchema>;

/** The lifecycle actions a turn can decide. */
export const LifecycleActionSchema = z.enum(['START', 'CONTINUE', 'PAUSE', 'COMPLETE', 'CANCEL']);

/** A lifecycle action (see `LifecycleActionSchema`). */
export type LifecycleAction = z.output<typeof LifecycleActionSchema>;

/**
 * Progress on the instance's current step; cleared whenever the instance moves.
 * `confirmed_at` is set when a checkpoint is confirmed; `action_status` when the
 * caller reports the result of the step's action.
 */
export const StepStateSchema = z.strictObject({
  confirmed_at: IsoTimestampSchema.optional(),
  action_status: z.enum(['succeeded', 'failed']).optional(),
  action_reported_at: IsoTimestampSchema.optional(),
});

/** Progress on the current step (see `StepStateSchema`). */
export type StepState = z.output<typeof StepStateSchema>;

/**
 * One run of a scenario within a session, pinned to the definition version it
 * started on. `visited_steps` counts the times the instance stopped at each
 * step; `variables` are scenario-scoped (fields aimed at this scenario and
 * variables reported with action results).
 */
export const ScenarioInstanceSchema = z.strictObject({
  /** Unique in the session, set when the instance starts (`<scenario_id>#<position>`); older sessions get it from their position. */
  instance_id: z.string().min(1).optional(),
  scenario_id: IdentifierSchema,
  scenario_version: z.int().positive(),
  current_step_id: IdentifierSchema,
  visited_steps: z.record(z.string(), z.int().nonnegative()).default({}),
  variables: JsonRecordSchema.default({}),
  status: InstanceStatusSchema,
  started_at: IsoTimestampSchema,
  last_active_at: IsoTimestampSchema,
  paused_at: IsoTimestampSchema.optional(),
  pause_reason: z.string().optional(),
  /** When the instance completed or was cancelled. */
  ended_at: IsoTimestampSchema.optional(),
  step_state: StepStateSchema.optional(),
  /**
   * Fields whose session values this instance does not use until the user
   * states them again: the answers an earlier instance of the same scenario was
   * given (see the definition's `field_reuse`). A field leaves the list when a
   * turn states it.
   */
  fields_to_restate: z.array(z.string().min(1)).optional(),
});

/** A scenario instance (see `ScenarioInstanceSchema`). */
export type ScenarioInstance = z.output<typeof ScenarioInstanceSchema>;

/** What one turn did, kept in the session's history (no message text). */
export const SessionHistoryEntrySchema = z.strictObject({
  /** The session version this turn produced. */
  turn: z.int().positive(),
  at: IsoTimestampSchema,
  decisions: z.array(
    z.strictObject({ instance_id: z.string().min(1).optional(), scenario_id: IdentifierSchema, action: LifecycleActionSchema }),
  ),
  transitions: z.array(
    z.strictObject({
      scenario_id: IdentifierSchema,
      from_step_id: IdentifierSchema,
      to_step_id: IdentifierSchema,
      skipped_step_ids: z.array(IdentifierSchema),
    }),
  ),
  primary_scenario_id: IdentifierSchema.nullable(),
});

/** A history entry (see `SessionHistoryEntrySchema`). */
export type SessionHistoryEntry = z.output<typeof SessionHistoryEntrySchema>;

/**
 * A conversation's scenario state. `version` increases by one on every
 * processed turn, so a store can persist it with optimistic concurrency.
 * `variables` are session-wide fields (every field extracted from a message
 * lands here and is shared by all scenarios).
 */
export const SessionSchema = z.strictObject({
  id: z.string().min(1, 'must not be empty'),
  version: z.int().nonnegative(),
  instances: z.array(ScenarioInstanceSchema).default([]),
  variables: JsonRecordSchema.default({}),
  history: z.array(SessionHistoryEntrySchema).default([]),
});

/** A session (see `SessionSchema`). */
export type Session = z.output<typeof SessionSchema>;

/** Creates an empty session at version 0. */
export function createSession(id: string, variables: Session['variables'] = {}): Session {
  return { id, version: 0, instances: [], variables: { ...variables }, history: [] };
}

/** Whether an instance still takes part in the conversation (active or paused). */
export function isOpenInstance(instance: ScenarioInstance): boolean {
  return instance.status === 'active' || instance.status === 'paused';
}

/**
 * The fields an instance sees: the session's variables, less those it must
 * have restated (`fields_to_restate`), overlaid with its own variables. What a
 * caller should read for the instance's templates, confirmations and tools.
 */
export function instanceFieldValues(session: Pick<Session, 'variables'>, instance: ScenarioInstance): Session['variables'] {
  const values: Session['variables'] = { ...session.variables };
  for (const field of instance.fields_to_restate ?? []) delete values[field];
  return { ...values, ...instance.variables };
}
