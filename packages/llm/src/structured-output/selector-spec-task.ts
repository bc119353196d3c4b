import { SelectorSpecSchema, type SelectorSpec } from '@leaseback/domain';
import type { AssetSummary } from '../llm-client.js';
import { defaultTarget, targetDefaultedNotice } from '../offline/offline-defaults.js';
import type { z } from 'zod';
import { ANSWER_FORMAT_RULES, describePortfolio } from './prompt-formatting.js';
import { defineStructuredTask, type StructuredTask } from './structured-task.js';

/** How a brief's words map onto the spec; shared with the revision prompt. */
export const SELECTOR_SPEC_READING_RULES = [
  'program_type is always "slb".',
  'target_amount: the cash proceeds the brief asks for, in USD; "at least $40M" asks for $40M, so the target is 40000000; a range ("$75M-$100M") asks for its top. null when the brief states no amount (a bare number without a unit, such as "raise 150", is not an amount): never guess one.',
  'floor_amount: the lowest acceptable amount the brief names: "at least $40M" makes $40M the floor as well as the target (floor_amount 40000000); "no less than $30M" or "a minimum of $30M" beside a higher target is that floor. Otherwise null.',
  'hard_constraints.max_net_leverage: the net debt / EBITDA ceiling ("net leverage below 3.5x", "leverage under 4 turns"); 4.0 when the brief names none.',
  'hard_constraints.min_fixed_charge_coverage: the coverage floor ("FCCR of at least 1.5x", "coverage above 2x"); 1.5 when the brief names none.',
  'hard_constraints.max_lease_adjusted_leverage and max_market_share ("no more than 40% from any one market" = 0.4): only when stated; otherwise null.',
  'asset_filters.asset_types: only the listed enum values; map synonyms (DCs = distribution_center, plants and factories = manufacturing, stores and shops = retail, offices = office). null when the brief does not restrict types.',
  'asset_filters.include_markets / exclude_markets: market names exactly as listed for the portfolio; a region ("outside Texas") means every listed market in it. null when not restricted.',
  'asset_filters.max_criticality: "nothing mission-critical" = 0.7, "non-core only" = 0.5; null when the brief says nothing about criticality.',
  'asset_filters.min_leaseability: "only easily re-lettable sites", "highly leasable" or "generic boxes" = 0.7, "leasable" = 0.5; null when the brief says nothing about leaseability.',
  'asset_filters.exclude_asset_ids: only ids the brief names; otherwise null.',
  'strategy: "exact" only when the brief asks for the optimal or provably best selection, or for the cheapest capital; otherwise "greedy".',
  'objective: "min_npv_cost" when the brief asks for the cheapest capital ("cheapest capital", "minimise cost of capital", "lowest cost of funding"), and then strategy is "exact"; otherwise null.',
  'program_terms.lease_term_years: the leaseback term in whole years when stated ("15-year leases", "ten year term" = 10); otherwise null.',
  'program_terms.rent_escalator: annual rent growth as a decimal when stated ("2% annual bumps" = 0.02, "flat rent" or "no escalators" = 0); otherwise null.',
  'program_terms.accounting_basis: "ifrs16" when the brief says the company reports under IFRS (IFRS 16), "us_gaap" when it says US GAAP; otherwise null.',
  'program_terms.tax_rate: the tax rate on a gain on sale as a decimal when stated ("21% tax rate" = 0.21); otherwise null. program_terms is null when the brief states none of these.',
].join('\n- ');

/**
 * What a provider answers for a brief: a selector spec whose target is null
 * when the brief states no amount, so that the model never has to invent one.
 */
export const SelectorSpecAnswerSchema = SelectorSpecSchema.extend({
  target_amount: SelectorSpecSchema.shape.target_amount
    .nullable()
    .describe('Cash proceeds the brief asks for, USD; null when the brief states no amount'),
});
/** A provider's reading of a brief, before a missing target is filled. */
export type SelectorSpecAnswer = z.output<typeof SelectorSpecAnswerSchema>;

/**
 * The `generateSelectorSpec` task: read a brief, with the portfolio's figures
 * and market names beside it, into a `SelectorSpec`. When the model reads no
 * amount (a null target), the spec carries the documented default target and
 * the call reports it as a `target_defaulted` notice, as the offline reader
 * does: a plan then refuses the brief (`target_missing`), capacity needs none.
 */
export function selectorSpecTask(brief: string, assetSummary: AssetSummary): StructuredTask<SelectorSpecAnswer, SelectorSpec> {
  const assumed = defaultTarget(assetSummary.total_potential_proceeds);
  return defineStructuredTask(
    {
      method: 'generateSelectorSpec',
      name: 'selector_spec',
      description: 'The selector spec the brief asks for.',
      schema: SelectorSpecAnswerSchema,
      toValue: (answer) => ({ ...answer, target_amount: answer.target_amount ?? assumed.amount }),
      report: (answer) =>
        answer.target_amount === null
          ? { assumptions: [assumed.assumption], notices: [targetDefaultedNotice(assumed.assumption)] }
          : { assumptions: [], notices: [] },
      system: [
        'You read a corporate sale-leaseback (SLB) brief and write the selector spec that a deterministic selection engine runs: the cash target, the covenants to keep, and which assets may be sold.',
        `Read the brief as follows:\n- ${SELECTOR_SPEC_READING_RULES}`,
        'Do not invent constraints the brief does not state, beyond the defaults above.',
        ANSWER_FORMAT_RULES,
      ].join('\n\n'),
      user: [`Portfolio:\n${describePortfolio(assetSummary)}`, `Brief:\n${brief.trim()}`].join('\n\n'),
    },
    { markets: assetSummary.markets, assetTypes: assetSummary.asset_types },
  );
}
