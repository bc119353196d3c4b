import { z } from 'zod';
import { IdentifierSchema, IsoTimestampSchema, JsonRecordSchema } from './json-value.js';
import type { Scenario } from './scenario-definition.js';
import {
  InvalidSessionError,
  ScenarioError,
  ScenarioVersionNotFoundError,
  SessionMigrationError,
  type ScenarioProblem,
} from './scenario-error.js';
import type { ScenarioRegistry } from './scenario-registry.js';
import { isOpenInstance, ScenarioInstanceSchema, SessionSchema, type ScenarioInstance, type Session } from './session.js';
import { problemsFromZodError } from './zod-problems.js';

/**
 * Moves an instance pinned to a version that is no longer registered onto
 * another version (typically the next). Migrations chain: `1 → 2` then `2 → 3`.
 */
export interface SessionMigration {
  /** The scenario this migration applies to. */
  readonly scenarioId: string;
  /** The pinned version it migrates from. */
  readonly fromVersion: number;
  /** The version it produces. */
  readonly toVersion: number;
  /**
   * Returns the instance rewritten for `toVersion` (for example mapping renamed
   * step ids). Must not mutate its argument. The result is validated: same
   * scenario id, `scenario_version === toVersion`, and a current step that
   * exists in the target definition when `toVersion` is registered.
   */
  migrate(instance: ScenarioInstance, context: { readonly target: Scenario | undefined }): ScenarioInstance;
}

/** Options of `loadSession`. */
export interface LoadSessionOptions {
  /** The definitions instances are checked against. */
  readonly registry: ScenarioRegistry;
  /** Migrations for instances pinned to versions that are no longer registered. */
  readonly migrations?: readonly SessionMigration[];
  /** Timestamp for legacy sessions that carry none (ISO string). */
  readonly now?: string;
}

/** The legacy single-scenario session shape: one scenario tracked by top-level fields. */
export const LegacySessionSchema = z.looseObject({
  id: z.string().min(1).optional(),
  session_id: z.string().min(1).optional(),
  version: z.int().nonnegative().optional(),
  active_scenario_id: IdentifierSchema.nullable(),
  scenario_version: z.int().positive().optional(),
  current_step_id: IdentifierSchema.nullable().optional(),
  visited_steps: z.record(z.string(), z.int().nonnegative()).optional(),
  variables: JsonRecordSchema.optional(),
  scenario_variables: JsonRecordSchema.optional(),
  started_at: IsoTimestampSchema.optional(),
  created_at: IsoTimestampSchema.optional(),
  last_active_at: IsoTimestampSchema.optional(),
  updated_at: IsoTimestampSchema.optional(),
});

const MAX_MIGRATION_HOPS = 50;

/**
 * Validates a stored session and brings it up to the registered definitions.
 *
 * - A legacy single-scenario session (`active_scenario_id`, `current_step_id`,
 *   `visited_steps`, ...) becomes a session with one active instance (none when
 *   `active_scenario_id` is null); `variables` become session variables,
 *   `scenario_variables` the instance's; legacy history is dropped.
 * - Every active or paused instance must be pinned to a registered version; if
 *   it is not, registered migrations are chained from the pinned version until
 *   one is reached.
 *
 * @throws InvalidSessionError when the shape is wrong or a current step does not exist.
 * @throws ScenarioVersionNotFoundError when a pinned version is not registered and no migration leads to one.
 * @throws SessionMigrationError when a migration throws or returns an invalid instance.
 */
export function loadSession(input: unknown, options: LoadSessionOptions): Session {
  const session = isLegacySession(input) ? fromLegacy(input, options) : parseSession(input);
  let changed = false;
  const instances = session.instances.map((instance, index) => {
    if (!isOpenInstance(instance)) return instance;
    const resolved = resolvePinnedVersion(instance, options);
    const definition = options.registry.get(resolved.scenario_id, resolved.scenario_version);
    if (definition !== undefined && !definition.steps.some((step) => step.id === resolved.current_step_id)) {
      throw new InvalidSessionError([
        {
          path: `instances[${index}].current_step_id`,
          message: `step "${resolved.current_step_id}" does not exist in scenario "${resolved.scenario_id}" version ${resolved.scenario_version}`,
        },
      ]);
    }
    if (resolved !== instance) changed = true;
    return resolved;
  });
  return changed ? { ...session, instances } : session;
}

function isLegacySession(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input) && !('instances' in input) && 'active_scenario_id' in input;
}

function parseSession(input: unknown): Session {
  const parsed = SessionSchema.safeParse(input);
  if (!parsed.success) throw new InvalidSessionError(problemsFromZodError(parsed.error));
  return normaliseTimestamps(parsed.data);
}

function fromLegacy(input: Record<string, unknown>, options: LoadSessionOptions): Session {
  const parsed = LegacySessionSchema.safeParse(input);
  if (!parsed.success) throw new InvalidSessionError(problemsFromZodError(parsed.error));
  const legacy = parsed.data;
  const problems: ScenarioProblem[] = [];
  const id = legacy.id ?? legacy.session_id;
  if (id === undefined) problems.push({ path: 'id', message: 'a legacy session needs an id (or session_id)' });
  const instances: ScenarioInstance[] = [];
  if (legacy.active_scenario_id !== null) {
    const scenarioId = legacy.active_scenario_id;
    const version = legacy.scenario_version ?? options.registry.latest(scenarioId)?.version;
    const startedAt = legacy.started_at ?? legacy.created_at ?? options.now;
    const lastActiveAt = legacy.last_active_at ?? legacy.updated_at ?? startedAt;
    if (version === undefined)
      throw new ScenarioVersionNotFoundError(scenarioId, 0, 'the legacy session names no version and none is registered');
    if (legacy.current_step_id === null || legacy.current_step_id === undefined) {
      problems.push({ path: 'current_step_id', message: 'a legacy session with an active scenario needs a current step' });
    }
    if (startedAt === undefined || lastActiveAt === undefined) {
      problems.push({ path: 'started_at', message: 'the legacy session has no timestamps; pass options.now' });
    }
    if (problems.length === 0) {
      instances.push({
        scenario_id: scenarioId,
        scenario_version: version,
        current_step_id: legacy.current_step_id as string,
        visited_steps: { ...(legacy.visited_steps ?? {}) },
        variables: { ...(legacy.scenario_variables ?? {}) },
        status: 'active',
        started_at: startedAt as string,
        last_active_at: lastActiveAt as string,
      });
    }
  }
  if (problems.length > 0) throw new InvalidSessionError(problems);
  return normaliseTimestamps({
    id: id as string,
    version: legacy.version ?? 0,
    instances,
    variables: { ...(legacy.variables ?? {}) },
    history: [],
  });
}

function resolvePinnedVersion(instance: ScenarioInstance, options: LoadSessionOptions): ScenarioInstance {
  let current = instance;
  const seen = new Set<number>();
  for (let hop = 0; hop < MAX_MIGRATION_HOPS; hop += 1) {
    if (options.registry.has(current.scenario_id, current.scenario_version)) return current;
    seen.add(current.scenario_version);
    const migration = options.migrations?.find(
      (candidate) => candidate.scenarioId === current.scenario_id && candidate.fromVersion === current.scenario_version,
    );
    if (migration === undefined) {
      const registered = options.registry.versions(current.scenario_id);
      const detail =
        registered.length === 0
          ? 'no version of this scenario is registered and no migration applies'
          : `registered versions: ${registered.join(', ')}; register a migration from version ${current.scenario_version}`;
      throw new ScenarioVersionNotFoundError(current.scenario_id, current.scenario_version, detail);
    }
    current = runMigration(migration, current, options.registry);
    if (seen.has(current.scenario_version)) {
      throw new SessionMigrationError(
        migration.scenarioId,
        migration.fromVersion,
        `migrations loop back to version ${current.scenario_version}`,
      );
    }
  }
  throw new SessionMigrationError(instance.scenario_id, instance.scenario_version, `more than ${MAX_MIGRATION_HOPS} migrations chained`);
}

function runMigration(migration: SessionMigration, instance: ScenarioInstance, registry: ScenarioRegistry): ScenarioInstance {
  const target = registry.get(migration.scenarioId, migration.toVersion);
  let migrated: unknown;
  try {
    migrated = migration.migrate(structuredClone(instance), { target });
  } catch (error) {
    if (error instanceof ScenarioError) throw error;
    throw new SessionMigrationError(migration.scenarioId, migration.fromVersion, error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  }
  const parsed = ScenarioInstanceSchema.safeParse(migrated);
  if (!parsed.success) {
    const problems = problemsFromZodError(parsed.error).map((problem) => `${problem.path}: ${problem.message}`);
    throw new SessionMigrationError(
      migration.scenarioId,
      migration.fromVersion,
      `the migrated instance is invalid (${problems.join('; ')})`,
    );
  }
  const result = parsed.data;
  if (result.scenario_id !== migration.scenarioId || result.scenario_version !== migration.toVersion) {
    throw new SessionMigrationError(
      migration.scenarioId,
      migration.fromVersion,
      `expected scenario "${migration.scenarioId}" version ${migration.toVersion}, got "${result.scenario_id}" version ${result.scenario_version}`,
    );
  }
  if (target !== undefined && !target.steps.some((step) => step.id === result.current_step_id)) {
    throw new SessionMigrationError(
      migration.scenarioId,
      migration.fromVersion,
      `step "${result.current_step_id}" does not exist in version ${migration.toVersion}`,
    );
  }
  return result;
}

/** Stores every timestamp as `Date#toISOString()`, so ordering by string and by time agree. */
function normaliseTimestamps(session: Session): Session {
  const canonical = (value: string): string => new Date(value).toISOString();
  return {
    ...session,
    instances: session.instances.map((instance) => {
      const normalised: ScenarioInstance = {
        ...instance,
        started_at: canonical(instance.started_at),
        last_active_at: canonical(instance.last_active_at),
      };
      if (instance.paused_at !== undefined) normalised.paused_at = canonical(instance.paused_at);
      if (instance.ended_at !== undefined) normalised.ended_at = canonical(instance.ended_at);
      return normalised;
    }),
    history: session.history.map((entry) => ({ ...entry, at: canonical(entry.at) })),
  };
}
