import {
  AssetTypeSchema,
  InvalidInputError,
  MAX_SCENARIOS,
  ScenarioDefinitionListSchema,
  SelectionStrategySchema,
} from '@leaseback/domain';
import { z } from 'zod';

/**
 * The answer to `generateExplanationSummary`: strict structured output needs an
 * object at the root, so the summary travels as `{ summary }`.
 */
export const SummaryOutputSchema = z.strictObject({
  summary: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(2_000, 'must be at most 2000 characters')
    .describe('Plain-English summary of the outcome, 2 to 6 sentences, no markdown.'),
});
/** The summary wrapper. */
export type SummaryOutput = z.output<typeof SummaryOutputSchema>;

/**
 * The answer to `generateScenarioDefinitions`: `{ scenarios: [...] }` holding
 * exactly `count` definitions (1..5) that pass `ScenarioDefinitionListSchema`
 * (first is `base`, labels unique).
 */
export function scenarioDefinitionsOutputSchema(count: number) {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SCENARIOS) {
    throw new InvalidInputError([{ path: 'count', message: `must be a whole number between 1 and ${MAX_SCENARIOS}` }]);
  }
  return z.strictObject({
    scenarios: ScenarioDefinitionListSchema.length(count, `must contain exactly ${count} scenario${count === 1 ? '' : 's'}`),
  });
}
/** The scenario definitions wrapper. */
export type ScenarioDefinitionsOutput = z.output<ReturnType<typeof scenarioDefinitionsOutputSchema>>;

/**
 * A value pulled out of a message: text, a number, a yes/no, or a list of
 * names. Nested objects are not extracted.
 */
export const ExtractedFieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
/** An extracted field value. */
export type ExtractedFieldValue = z.output<typeof ExtractedFieldValueSchema>;

/**
 * The value type of each field the planner and the sessions ask for, so that
 * the answer schema is typed per field (a number for an amount, a list of
 * asset types for `asset_types`...) rather than an open union. Other names
 * take `ExtractedFieldValueSchema`.
 */
export const TYPED_EXTRACTED_FIELDS: Readonly<Record<string, z.ZodType>> = {
  target_amount: z.number(),
  floor_amount: z.number(),
  max_net_leverage: z.number(),
  min_fixed_charge_coverage: z.number(),
  max_lease_adjusted_leverage: z.number(),
  max_market_share: z.number(),
  max_criticality: z.number(),
  min_leaseability: z.number(),
  asset_types: z.array(AssetTypeSchema),
  include_markets: z.array(z.string()),
  exclude_markets: z.array(z.string()),
  exclude_asset_ids: z.array(z.string()),
  strategy: SelectionStrategySchema,
  num_scenarios: z.number().int(),
  run_id: z.string(),
  confirmation: z.boolean(),
  lifecycle_signal: z.enum(['pause', 'cancel', 'resume', 'exit']),
};

/**
 * The answer to `extractFields`: one optional property per requested field
 * (strict output sends `null` for a field the message does not state, which
 * then drops out), typed by `TYPED_EXTRACTED_FIELDS` where the name is known,
 * described by `descriptions` where given. Names must be
 * non-empty and distinct.
 */
export function extractFieldsOutputSchema(fieldNames: readonly string[], descriptions: Readonly<Record<string, string>> = {}) {
  const problems: { path: string; message: string }[] = [];
  if (fieldNames.length === 0) problems.push({ path: 'fieldNames', message: 'must name at least one field' });
  const seen = new Set<string>();
  fieldNames.forEach((name, index) => {
    if (name.trim() === '') problems.push({ path: `fieldNames[${index}]`, message: 'must not be empty' });
    else if (seen.has(name)) problems.push({ path: `fieldNames[${index}]`, message: `duplicate field "${name}"` });
    seen.add(name);
  });
  if (problems.length > 0) throw new InvalidInputError(problems);
  // Object.fromEntries defines own properties, so even a field named "__proto__" stays a field.
  const shape = Object.fromEntries(
    fieldNames.map((name) => {
      const description = Object.hasOwn(descriptions, name) ? descriptions[name] : undefined;
      const typed = Object.hasOwn(TYPED_EXTRACTED_FIELDS, name) ? TYPED_EXTRACTED_FIELDS[name] : undefined;
      const field = (typed ?? ExtractedFieldValueSchema).optional();
      return [name, description === undefined ? field : field.describe(description)];
    }),
  );
  return z.strictObject(shape);
}
