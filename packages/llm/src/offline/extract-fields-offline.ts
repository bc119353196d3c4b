import type { JsonValue } from '@leaseback/domain';
import type { BriefReading } from './read-brief.js';

/**
 * The field names the offline extractor understands, with what each holds.
 * Any other requested name is simply absent from the result.
 */
export const EXTRACTABLE_FIELDS = {
  target_amount: 'capital ask in USD ("$50M", "$1.2bn"); a lone minimum ("at least $40M") is also the target',
  floor_amount: 'lowest acceptable ask in USD ("at least $40M", "no less than $40M", "minimum $40M")',
  max_net_leverage: 'net leverage covenant ("leverage under 3.5x", "max leverage 4 turns")',
  min_fixed_charge_coverage: 'coverage covenant ("FCCR of at least 1.5x", "coverage above 2x")',
  max_lease_adjusted_leverage: 'lease-adjusted leverage covenant ("lease-adjusted leverage under 5x")',
  max_market_share: 'single-market cap as a share ("no more than 40% from any one market" = 0.4)',
  max_criticality: 'criticality cap ("nothing mission-critical" = 0.7, "non-core" = 0.5, "criticality below 0.6")',
  min_leaseability: 'leaseability floor ("easily re-lettable" = 0.7, "leasable" = 0.5, "leaseability above 0.4")',
  asset_types: 'asset-type allow-list in AssetType enum order ("DCs and warehouses")',
  include_markets: 'market allow-list in the spelling of context.markets ("only Phoenix", "in Texas")',
  exclude_markets: 'markets ruled out ("exclude Dallas", "outside Chicago", "not in Newark")',
  exclude_asset_ids: 'asset ids ruled out ("except asset DAL-01")',
  exclude_mortgaged: 'true when mortgaged assets are ruled out ("nothing with a mortgage", "unencumbered assets only")',
  max_rent_added: 'cap on the annual rent the program adds, in USD a year ("keep new rent under $10M a year")',
  strategy: '"exact" for an optimal / minimum-overshoot selection, "greedy" when named',
  lease_term_years: 'lease term of every sale in whole years 1..50 ("15-year leases", "ten year term"; "shorter leases" in a what-if = 10)',
  rent_escalator: 'annual rent escalator as a decimal, 0 <= g < 0.25 ("2% annual bumps" = 0.02, "flat rent" = 0)',
  tax_rate: 'tax rate on the gain on sale as a decimal 0..1 ("21% tax rate" = 0.21)',
  accounting_basis: '"ifrs16" when the company reports under IFRS, "us_gaap" under US GAAP',
  objective: '"min_npv_cost" for "cheapest capital" / "minimise the cost of capital"',
  num_scenarios: 'how many what-if scenarios ("three scenarios", "3 variants")',
  run_id: 'a run id (the first UUID in the message)',
  confirmation:
    'true only when the whole message is an explicit yes to the question just asked ("yes", "yes, run it", "go ahead", "confirm", "do it"); null for "ok", "sure" or a yes that also changes, resumes, pauses or cancels something; false for "no", "not yet"',
  lifecycle_signal:
    '"pause" ("hold on"), "cancel" ("cancel the what-if", "stop"), "resume" ("resume", "back to"), "exit" ("never mind", "exit")',
} as const satisfies Readonly<Record<string, string>>;

/** A field name the offline extractor understands. */
export type ExtractableField = keyof typeof EXTRACTABLE_FIELDS;

function isExtractable(name: string): name is ExtractableField {
  return Object.hasOwn(EXTRACTABLE_FIELDS, name);
}

/** The fields a reading keeps in its `economics` part. */
const ECONOMICS_FIELDS = ['lease_term_years', 'rent_escalator', 'tax_rate', 'accounting_basis', 'objective'] as const;

function isEconomicsField(name: ExtractableField): name is (typeof ECONOMICS_FIELDS)[number] {
  return (ECONOMICS_FIELDS as readonly string[]).includes(name);
}

/**
 * The requested fields that the message states, in the order requested. A
 * field the message does not state is absent (no defaults); so is a name
 * outside `EXTRACTABLE_FIELDS`.
 */
export function fieldsFromReading(reading: BriefReading, fieldNames: readonly string[]): Record<string, JsonValue> {
  const fields: Record<string, JsonValue> = {};
  for (const name of fieldNames) {
    if (!isExtractable(name) || Object.hasOwn(fields, name)) continue;
    const value = isEconomicsField(name) ? reading.economics?.[name] : reading[name];
    if (value === undefined) continue;
    fields[name] = Array.isArray(value) ? [...value] : value;
  }
  return fields;
}
