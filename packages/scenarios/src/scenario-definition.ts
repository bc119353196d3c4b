import { z } from 'zod';
import { ConditionSchema } from './condition.js';
import { IdentifierSchema } from './json-value.js';

/** A move from one step to another, taken when its optional condition holds. */
export const TransitionSchema = z.strictObject({
  /** The step to move to. */
  to_step_id: IdentifierSchema,
  /** When absent the transition always holds. */
  condition: ConditionSchema.optional(),
});

/** A transition (see `TransitionSchema`). */
export type Transition = z.output<typeof TransitionSchema>;

/**
 * How a message is matched to a scenario (see `scoreCandidates`): whole-word
 * keywords or phrases, case-insensitive regular expressions, and intent labels.
 */
export const ScenarioTriggersSchema = z.strictObject({
  /** Words or phrases matched as whole words, case-insensitively, punctuation ignored. */
  keywords: z.array(z.string().min(1, 'must not be empty')).default([]),
  /** Regular expression sources, matched case-insensitively. */
  patterns: z.array(z.string().min(1, 'must not be empty')).default([]),
  /** Intent labels; a turn whose intent is listed matches fully. */
  intents: z.array(z.string().min(1, 'must not be empty')).default([]),
});

/** A scenario's triggers (see `ScenarioTriggersSchema`). */
export type ScenarioTriggers = z.output<typeof ScenarioTriggersSchema>;

/**
 * One step of a scenario. A step with no transitions is terminal.
 *
 * - `collects_fields`: the fields this step asks for; it waits until they are known.
 * - `can_skip`: the step may be passed without stopping when its fields are known.
 * - `is_checkpoint`: the step waits for an explicit confirmation (never skipped).
 * - `performs_action`: the step runs its `tool_ids` and waits for the caller to
 *   report the result; `is_required_action` additionally forbids skipping it.
 * - `template_ids`: what the step informs the user with.
 */
export const ScenarioStepSchema = z.strictObject({
  id: IdentifierSchema,
  name: z.string().min(1, 'must not be empty'),
  collects_fields: z.array(z.string().min(1, 'must name a field')).default([]),
  can_skip: z.boolean().default(false),
  is_checkpoint: z.boolean().default(false),
  checkpoint_description: z.string().min(1, 'must not be empty').optional(),
  performs_action: z.boolean().default(false),
  is_required_action: z.boolean().default(false),
  tool_ids: z.array(IdentifierSchema).default([]),
  template_ids: z.array(IdentifierSchema).default([]),
  transitions: z.array(TransitionSchema).default([]),
});

/** A validated step (see `ScenarioStepSchema`). */
export type ScenarioStep = z.output<typeof ScenarioStepSchema>;

/**
 * What a new instance of a scenario does with the answers an earlier instance
 * of the same scenario in the session was given (session variables are shared
 * by every scenario, so without this a second run would silently reuse them).
 *
 * - `policy: "ask_again"` (the default): a new instance does not use the
 *   session's values of the `fields` it covers until the user states them again
 *   (its steps then ask for them); the first instance of a scenario is never
 *   affected. `policy: "reuse"`: a new instance uses every value in force.
 * - `fields`: the fields the policy covers; empty (the default) means every
 *   field the scenario's steps collect or its conditions test. List fields no
 *   step collects here when the caller reads them too (a program's exclusions).
 * - `carry_fields`: fields always reused, even under `ask_again` (a portfolio
 *   id the caller sets once for the whole session).
 */
export const FieldReuseSchema = z.strictObject({
  policy: z.enum(['ask_again', 'reuse']).default('ask_again'),
  fields: z.array(z.string().min(1, 'must name a field')).default([]),
  carry_fields: z.array(z.string().min(1, 'must name a field')).default([]),
});

/** A field-reuse policy (see `FieldReuseSchema`). */
export type FieldReuse = z.output<typeof FieldReuseSchema>;

/** A scenario definition: a versioned, multi-step workflow, as data. */
export const ScenarioSchema = z.strictObject({
  id: IdentifierSchema,
  name: z.string().min(1, 'must not be empty'),
  version: z.int('must be a whole number').positive('must be 1 or more'),
  description: z.string().default(''),
  triggers: ScenarioTriggersSchema.default({ keywords: [], patterns: [], intents: [] }),
  entry_step_id: IdentifierSchema,
  steps: z.array(ScenarioStepSchema).min(1, 'must list at least one step'),
  /** See `FieldReuseSchema`; a new instance asks again for every field it covers by default. */
  field_reuse: FieldReuseSchema.default({ policy: 'ask_again', fields: [], carry_fields: [] }),
});

/** A validated scenario definition (defaults filled in). */
export type Scenario = z.output<typeof ScenarioSchema>;

/** A scenario definition as authored (optional fields may be left out). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** A step as authored (optional fields may be left out). */
export type ScenarioStepInput = z.input<typeof ScenarioStepSchema>;

/** The object form `loadScenarioDefinitions` accepts besides a plain list: `{ scenarios: [...] }`. */
export const ScenarioDefinitionsObjectSchema = z.strictObject({ scenarios: z.array(ScenarioSchema) });
