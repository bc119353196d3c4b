import { JsonValueSchema, ScenarioDefinitionListSchema, SelectorSpecSchema, type LlmMethod } from '@leaseback/domain';
import { z } from 'zod';

/**
 * The schema each LlmClient method's value must satisfy. The test double and
 * the replay client validate through these, so a configured or recorded value
 * reaches the caller exactly as a real client's would (defaults applied).
 */
export const METHOD_OUTPUT_SCHEMAS = {
  generateSelectorSpec: SelectorSpecSchema,
  reviseSelectorSpec: SelectorSpecSchema,
  generateExplanationSummary: z.string(),
  generateScenarioDefinitions: ScenarioDefinitionListSchema,
  extractFields: z.record(z.string(), JsonValueSchema),
} as const satisfies Record<LlmMethod, z.ZodType>;
