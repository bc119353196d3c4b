import { parse as parseToml, TomlError } from 'smol-toml';
import { z } from 'zod';
import { ScenarioConfigError } from './scenario-error.js';
import { problemsFromZodError } from './zod-problems.js';

/**
 * The `[scenario_orchestration]` settings. The first seven are the documented
 * switches; the last three tune thresholds that the documented rules leave open.
 */
export const OrchestrationConfigSchema = z.strictObject({
  /** When false, turns return no decisions and leave the session untouched. */
  enabled: z.boolean().default(true),
  /** A step the instance stops at more than this many times pauses the instance (loop detection). */
  max_loop_count: z.int('must be a whole number').min(1, 'must be at least 1').default(3),
  /** At most this many active instances at once. */
  max_simultaneous_scenarios: z
    .int('must be a whole number')
    .min(1, 'must be between 1 and 20')
    .max(20, 'must be between 1 and 20')
    .default(5),
  /** Wait and ask, rather than route on a guess, when a transition condition needs a field that is unknown. */
  block_on_missing_hard_fields: z.boolean().default(true),
  /** Pass skippable steps whose fields are already known. */
  enable_step_skipping: z.boolean().default(true),
  /** Allow more than one active instance; when false the limit is one. */
  enable_multi_scenario: z.boolean().default(true),
  /** Ask the injected lifecycle evaluator about ambiguous turns (`processTurnAsync`). */
  use_llm: z.boolean().default(false),
  /** A candidate scoring at least this starts (or resumes) its scenario. */
  min_start_score: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').default(0.5),
  /** With `use_llm`, a candidate within this distance of `min_start_score` makes the turn ambiguous. */
  ambiguity_margin: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').default(0.15),
  /** How many questions (ASK/CONFIRM from different scenarios) one reply may carry; the rest are deferred. */
  max_questions_per_turn: z.int('must be a whole number').min(1, 'must be at least 1').default(1),
});

/** Validated orchestration settings (see `OrchestrationConfigSchema`). */
export type OrchestrationConfig = z.output<typeof OrchestrationConfigSchema>;

/** Orchestration settings as written (every key optional). */
export type OrchestrationConfigInput = z.input<typeof OrchestrationConfigSchema>;

/** The documented defaults. */
export const DEFAULT_ORCHESTRATION_CONFIG: OrchestrationConfig = Object.freeze(OrchestrationConfigSchema.parse({}));

/**
 * Validates settings given as an object (keys as in TOML), filling defaults.
 *
 * @throws ScenarioConfigError listing every problem as `scenario_orchestration.<key>: message`.
 */
export function resolveOrchestrationConfig(input: unknown = {}): OrchestrationConfig {
  const parsed = OrchestrationConfigSchema.safeParse(input ?? {});
  if (!parsed.success) throw new ScenarioConfigError(problemsFromZodError(parsed.error, 'scenario_orchestration'));
  return parsed.data;
}

/**
 * Reads the `[scenario_orchestration]` table of a TOML document (other tables
 * are ignored; a missing table means every default).
 *
 * @throws ScenarioConfigError on a TOML syntax error (with line and column) or an invalid setting.
 */
export function parseOrchestrationConfig(toml: string): OrchestrationConfig {
  let document: Record<string, unknown>;
  try {
    document = parseToml(toml) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ScenarioConfigError([{ path: '', message: `not valid TOML${where}: ${reason}` }], { cause: error });
  }
  const table = document['scenario_orchestration'];
  if (table === undefined) return resolveOrchestrationConfig({});
  if (typeof table !== 'object' || table === null || Array.isArray(table)) {
    throw new ScenarioConfigError([{ path: 'scenario_orchestration', message: 'must be a table' }]);
  }
  return resolveOrchestrationConfig(table);
}
