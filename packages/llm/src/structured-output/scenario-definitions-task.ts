import type { ScenarioDefinition } from '@leaseback/domain';
import type { AssetSummary } from '../llm-client.js';
import { ANSWER_FORMAT_RULES, describePortfolio } from './prompt-formatting.js';
import { scenarioDefinitionsOutputSchema, type ScenarioDefinitionsOutput } from './output-schemas.js';
import { defineStructuredTask, type StructuredTask } from './structured-task.js';

/**
 * The `generateScenarioDefinitions` task: exactly `count` (1..5) what-if
 * variants of a brief, the first being the brief read literally (`base`).
 * Throws `InvalidInputError` for a count outside 1..5.
 */
export function scenarioDefinitionsTask(
  brief: string,
  assetSummary: AssetSummary,
  count: number,
): StructuredTask<ScenarioDefinitionsOutput, ScenarioDefinition[]> {
  const schema = scenarioDefinitionsOutputSchema(count);
  return defineStructuredTask(
    {
      method: 'generateScenarioDefinitions',
      name: 'scenario_definitions',
      description: `Exactly ${count} what-if scenario definitions for the brief.`,
      schema,
      toValue: (answer) => answer.scenarios,
      system: [
        'You propose what-if scenarios for a corporate sale-leaseback (SLB) program, so that a finance team can compare alternatives side by side.',
        [
          'Return exactly the number of scenarios asked for, in "scenarios".',
          'The first is kind "base": the brief read literally, with its stated target; its overrides stay null unless the brief states them.',
          'Each later scenario uses one of the other kinds, preferably a different one each: "risk_off" (a lower target and/or tighter covenants), "aggressive" (a higher target), "geo_focus" (leave markets out with exclude_markets), or "custom" (another meaningful alternative). Only the first may be "base".',
          'label: 1 to 50 characters, unique. rationale: 1 to 200 characters saying what changes and why.',
          'target_amount: the cash proceeds sought in that scenario (USD, > 0).',
          'max_leverage (0 to 10, net debt / EBITDA ceiling), min_coverage (0 to 20, fixed-charge coverage floor), max_criticality and min_leaseability (0 to 1), exclude_markets (exact market names from the portfolio): null means "as the brief says".',
          'lease_term_years (whole years 1 to 50) and rent_escalator (decimal, 0 to below 0.25) apply to every sale in the scenario: a "custom" scenario may vary them (e.g. "Short leases": 10-year terms); null means "as the brief and portfolio say".',
          'Stay within what the portfolio can plausibly raise.',
        ].join('\n- '),
        ANSWER_FORMAT_RULES,
      ].join('\n\n'),
      user: [`Portfolio:\n${describePortfolio(assetSummary)}`, `Brief:\n${brief.trim()}`, `Number of scenarios: ${count}.`].join('\n\n'),
    },
    { markets: assetSummary.markets },
  );
}
