import { NoticeSchema } from './notice.js';
import { z } from 'zod';
import { CapacitySchema } from './program-outcome.js';
import { RunRecordSchema } from './run-record.js';
import { ScenarioComparisonRowSchema, ScenarioSetSummarySchema } from './scenario-set.js';
import { SelectorSpecSchema } from './selector-spec.js';

/**
 * The composite answers of the API, as zod schemas so the OpenAPI document is
 * generated from them like every other shape (the service's TypeScript types
 * for these answers are structurally the same).
 */

/** `POST /api/scenario_sets` and `GET /api/scenario_sets/{id}`: a set, its runs and the comparison table. */
export const ScenarioSetWithComparisonSchema = z
  .strictObject({
    scenario_set: ScenarioSetSummarySchema.describe('The set: id, brief, fund, creation time and its run ids in definition order.'),
    runs: z.array(RunRecordSchema).describe('Every run of the set, in definition order (the base scenario first).'),
    comparison: z
      .array(ScenarioComparisonRowSchema)
      .describe('One row per scenario, side by side: proceeds, leverage, coverage, assets sold.'),
  })
  .describe('A scenario set, its runs in definition order and the side-by-side comparison.');

/** `POST /api/capacity`: the spec read from the brief and the most the portfolio can raise under it. */
export const CapacityReportSchema = z
  .strictObject({
    spec: SelectorSpecSchema.describe('The spec read from the brief, with the request’s overrides applied.'),
    capacity: CapacitySchema.describe(
      'The largest proceeds (USD) any set of eligible assets reaches under the spec’s covenants, with that set.',
    ),
    notices: z
      .array(NoticeSchema)
      .describe('What the reading assumed or resolved (a defaulted target, a state resolved to its markets), warnings first.')
      .optional(),
  })
  .describe('The spec read from the brief and the most the portfolio can raise under it.');

/** `POST /api/runs/{run_id}/replay`: whether replaying a stored run gives exactly what was stored. */
export const ReplayReportSchema = z
  .strictObject({
    run_id: z
      .string()
      .describe('The replayed run.')
      .meta({ examples: ['3f1c2a9e-5b7d-4c1e-9a2b-6d8e0f1a2b3c'] }),
    identical: z
      .boolean()
      .describe('True when the replayed response is byte-for-byte the stored one.')
      .meta({ examples: [true] }),
    differences: z
      .array(z.string())
      .describe('JSON paths where the replay differs from the stored response (at most 20); empty when identical.')
      .meta({ examples: [[]] }),
    llm_calls_replayed: z
      .number()
      .int()
      .min(0)
      .describe('How many recorded language-model calls the replay answered from the run’s audit trace (a count).')
      .meta({ examples: [3] }),
  })
  .describe('Whether replaying a stored run from its audit trace gives exactly the stored response.');
