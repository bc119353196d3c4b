import type { LlmMethod, Notice } from '@leaseback/domain';
import type { z } from 'zod';
import { checkAnthropicSchema } from './check-anthropic-schema.js';
import { fitAnthropicLimits } from './fit-anthropic-limits.js';
import { checkStrictSchema, type JsonSchema } from './check-strict-schema.js';
import { withPortfolioEnums, type PortfolioVocabulary } from './portfolio-enums.js';
import { toStrictJsonSchema } from './strict-json-schema.js';

/**
 * What a provider adapter sends for one LlmClient call: the prompts and the
 * answer format. Both adapters send the same task; only the wire differs.
 */
export interface TaskRequest {
  readonly method: LlmMethod;
  /** Name of the answer format (OpenAI `json_schema.name`, Anthropic tool name): `[a-z_]{1,64}`. */
  readonly name: string;
  /** One line on what the answer is, sent beside the schema. */
  readonly description: string;
  /** The strict JSON Schema of the answer (`toStrictJsonSchema(schema)`). */
  readonly jsonSchema: JsonSchema;
  /** Instructions (system prompt). */
  readonly system: string;
  /** The inputs of this call (first user message). */
  readonly user: string;
}

/**
 * A task with what the repair loop needs to check the answer: the zod schema
 * it must pass (after `fromStrictOutput`) and how the validated answer becomes
 * the method's value (e.g. `{ summary }` → the summary string).
 */
export interface StructuredTask<Answer, Value> extends TaskRequest {
  readonly schema: z.ZodType<Answer>;
  readonly toValue: (answer: Answer) => Value;
  /**
   * What the call must report beside the value, read off the validated answer
   * (a target the brief did not state, filled by default): recorded in the
   * call's metadata as assumptions and notices. Absent: nothing to report.
   */
  readonly report?: (answer: Answer) => TaskReport;
}

/** Assumptions and notices a task reports about one answer. */
export interface TaskReport {
  readonly assumptions: readonly string[];
  readonly notices: readonly Notice[];
}

// Static schemas are converted once; the cache holds them for the process lifetime.
const strictSchemaCache = new WeakMap<z.ZodType, JsonSchema>();

/** The strict JSON Schema of `schema`, converted once per schema object. */
export function cachedStrictJsonSchema(schema: z.ZodType): JsonSchema {
  let jsonSchema = strictSchemaCache.get(schema);
  if (jsonSchema === undefined) {
    jsonSchema = toStrictJsonSchema(schema);
    strictSchemaCache.set(schema, jsonSchema);
  }
  return jsonSchema;
}

/**
 * Builds a task, deriving its strict JSON Schema from its zod schema, and
 * narrowing it to the portfolio's markets and asset types when the request
 * knows them (the zod schema, which checks the answer, stays as it is).
 */
export function defineStructuredTask<Answer, Value>(
  definition: Omit<StructuredTask<Answer, Value>, 'jsonSchema'>,
  vocabulary: PortfolioVocabulary = {},
): StructuredTask<Answer, Value> {
  const general = cachedStrictJsonSchema(definition.schema);
  const narrowed = withPortfolioEnums(general, vocabulary);
  // A very large portfolio could push the enums past a provider's schema limits (1,000 enum values, the
  // string budget); then the general schema goes out and the prompt's market list and zod do the narrowing.
  const withinLimits =
    narrowed === general ||
    (checkStrictSchema(narrowed).length === 0 &&
      checkAnthropicSchema(fitAnthropicLimits(narrowed)).every(
        (violation) => violation.rule !== 'too_many_unions' && violation.rule !== 'too_many_optional',
      ));
  return { ...definition, jsonSchema: withinLimits ? narrowed : general };
}
