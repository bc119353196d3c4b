import { AssetTypeSchema } from '@leaseback/domain';
import { EXTRACTABLE_FIELDS } from '@leaseback/llm';
import { z } from 'zod';

/** How the conversation treats one field the playbooks collect. */
export interface SessionFieldRule {
  /** What the field holds, for the field extractor. */
  readonly description: string;
  /** The one question the reply asks when the field is missing. */
  readonly question: string;
  /** The values accepted; anything else is ignored and reported. */
  readonly schema: z.ZodType;
  /**
   * Rewrites a bare answer to this field's question ("150M", "3.5x") as a
   * phrase the extractor reads ("raise 150M"). Absent when answers always
   * carry their own cue (a run id is a UUID).
   */
  readonly frameAnswer?: (message: string) => string;
}

/** Fields the service sets itself (never read from a message). */
export const SERVICE_FIELDS: readonly string[] = Object.freeze(['portfolio_id']);

/** The control fields read from every message besides the playbooks' fields. */
export const CONTROL_FIELDS = Object.freeze({ lifecycleSignal: 'lifecycle_signal', confirmation: 'confirmation' } as const);

/**
 * The fields the SLB playbooks collect, with their questions and bounds. The
 * bounds are those of the program request the fields become overrides of
 * (`target_override > 0`, `max_leverage_override` in (0, 10),
 * `min_coverage_override` in (0, 20)) and of a scenario set (1 to 5 scenarios).
 */
export const SESSION_FIELD_RULES: Readonly<Record<string, SessionFieldRule>> = Object.freeze({
  target_amount: {
    description: EXTRACTABLE_FIELDS.target_amount,
    question: 'How much should the program raise (for example $150M)?',
    schema: z.number().finite().gt(0, 'must be more than zero'),
    frameAnswer: (message: string) => `raise ${message}`,
  },
  max_net_leverage: {
    description: EXTRACTABLE_FIELDS.max_net_leverage,
    question: 'What is the highest net leverage the program may leave you at (for example 3.5x)?',
    schema: z.number().gt(0, 'must be between 0 and 10').lt(10, 'must be between 0 and 10'),
    frameAnswer: (message: string) => `net leverage below ${message}`,
  },
  min_fixed_charge_coverage: {
    description: EXTRACTABLE_FIELDS.min_fixed_charge_coverage,
    question: 'What is the lowest fixed charge coverage you can accept (for example 1.5x)?',
    schema: z.number().gt(0, 'must be between 0 and 20').lt(20, 'must be between 0 and 20'),
    frameAnswer: (message: string) => `FCCR of at least ${message}`,
  },
  num_scenarios: {
    description: EXTRACTABLE_FIELDS.num_scenarios,
    question: 'How many scenarios should I compare (1 to 5, the base case first)?',
    schema: z.int('must be a whole number').min(1, 'must be between 1 and 5').max(5, 'must be between 1 and 5'),
    frameAnswer: (message: string) => `${message} scenarios`,
  },
  floor_amount: {
    description: EXTRACTABLE_FIELDS.floor_amount,
    question: 'What is the least the program may raise (for example $120M)?',
    schema: z.number().finite().gt(0, 'must be more than zero'),
  },
  max_lease_adjusted_leverage: {
    description: EXTRACTABLE_FIELDS.max_lease_adjusted_leverage,
    question: 'What is the highest lease-adjusted leverage the program may leave you at?',
    schema: z.number().gt(0, 'must be between 0 and 20').lt(20, 'must be between 0 and 20'),
  },
  max_market_share: {
    description: EXTRACTABLE_FIELDS.max_market_share,
    question: 'What share of the proceeds may come from any one market?',
    schema: z.number().gt(0, 'must be more than 0 and at most 1').max(1, 'must be more than 0 and at most 1'),
  },
  max_criticality: {
    description: EXTRACTABLE_FIELDS.max_criticality,
    question: 'How critical may a sold asset be (0 to 1)?',
    schema: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  },
  min_leaseability: {
    description: EXTRACTABLE_FIELDS.min_leaseability,
    question: 'How leasable must a sold asset be (0 to 1)?',
    schema: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  },
  asset_types: {
    description: EXTRACTABLE_FIELDS.asset_types,
    question: 'Which asset types may be sold?',
    schema: z.array(AssetTypeSchema).min(1, 'must name at least one asset type'),
  },
  include_markets: {
    description: EXTRACTABLE_FIELDS.include_markets,
    question: 'Which markets may assets be sold in?',
    schema: z.array(z.string().trim().min(1)).min(1, 'must name at least one market'),
  },
  exclude_markets: {
    description: EXTRACTABLE_FIELDS.exclude_markets,
    question: 'Which markets are ruled out?',
    schema: z.array(z.string().trim().min(1)).min(1, 'must name at least one market'),
  },
  exclude_asset_ids: {
    description: EXTRACTABLE_FIELDS.exclude_asset_ids,
    question: 'Which assets are ruled out?',
    schema: z.array(z.string().trim().min(1)).min(1, 'must name at least one asset'),
  },
  exclude_mortgaged: {
    description: EXTRACTABLE_FIELDS.exclude_mortgaged,
    question: 'May mortgaged assets be sold?',
    schema: z.boolean('must be true or false'),
  },
  max_rent_added: {
    description: EXTRACTABLE_FIELDS.max_rent_added,
    question: 'What is the most new rent a year the program may add (for example $10M)?',
    schema: z.number().finite().gt(0, 'must be more than zero'),
  },
  lease_term_years: {
    description: EXTRACTABLE_FIELDS.lease_term_years,
    question: 'How long are the leasebacks (whole years, 1 to 50)?',
    schema: z.int('must be a whole number of years').min(1, 'must be between 1 and 50').max(50, 'must be between 1 and 50'),
  },
  rent_escalator: {
    description: EXTRACTABLE_FIELDS.rent_escalator,
    question: 'By how much does the rent rise each year (for example 2%)?',
    schema: z.number().min(0, 'must be at least 0 and below 0.25').lt(0.25, 'must be at least 0 and below 0.25'),
  },
  tax_rate: {
    description: EXTRACTABLE_FIELDS.tax_rate,
    question: 'What tax rate applies to the gain on sale (for example 21%)?',
    schema: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
  },
  accounting_basis: {
    description: EXTRACTABLE_FIELDS.accounting_basis,
    question: 'Do you report under US GAAP or IFRS 16?',
    schema: z.enum(['us_gaap', 'ifrs16'], 'must be "us_gaap" or "ifrs16"'),
  },
  objective: {
    description: EXTRACTABLE_FIELDS.objective,
    question: 'Should the program raise the least above the target, or the cheapest capital?',
    schema: z.enum(['min_proceeds', 'min_npv_cost'], 'must be "min_proceeds" or "min_npv_cost"'),
  },
  strategy: {
    description: EXTRACTABLE_FIELDS.strategy,
    question: 'Which selection strategy, exact or greedy?',
    schema: z.enum(['exact', 'greedy'], 'must be "exact" or "greedy"'),
  },
  run_id: {
    description: EXTRACTABLE_FIELDS.run_id,
    question: 'Which run should I explain? Give me its id.',
    schema: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  },
});

/** The rule of a field, when the playbooks collect it. */
export function fieldRule(field: string): SessionFieldRule | undefined {
  return Object.hasOwn(SESSION_FIELD_RULES, field) ? SESSION_FIELD_RULES[field] : undefined;
}

/** The question for a missing field (a generic one for a field without a rule). */
export function questionFor(field: string): string {
  return fieldRule(field)?.question ?? `What is the ${field.replaceAll('_', ' ')}?`;
}

/**
 * The fields of the program a session would run: read from every message at
 * every step (a constraint stated at the confirm step still counts), kept as
 * session fields, and written into the generated brief the runs are stored
 * under.
 */
export const PROGRAM_FIELDS: readonly string[] = Object.freeze([
  'target_amount',
  'floor_amount',
  'max_net_leverage',
  'min_fixed_charge_coverage',
  'max_lease_adjusted_leverage',
  'max_market_share',
  'max_criticality',
  'min_leaseability',
  'asset_types',
  'include_markets',
  'exclude_markets',
  'exclude_asset_ids',
  'exclude_mortgaged',
  'max_rent_added',
  'strategy',
  'lease_term_years',
  'rent_escalator',
  'tax_rate',
  'accounting_basis',
  'objective',
]);

/** Fields whose new values add to the known ones ("also exclude Chicago") instead of replacing them. */
export const ACCUMULATING_FIELDS: readonly string[] = Object.freeze(['exclude_markets', 'exclude_asset_ids']);

/**
 * The fields a message states, merged over the known ones: exclusions add up,
 * anything else replaces the value it restates.
 */
export function mergeStatedFields(
  known: Readonly<Record<string, unknown>>,
  stated: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(stated)) {
    const previous = known[name];
    merged[name] =
      ACCUMULATING_FIELDS.includes(name) && Array.isArray(previous) && Array.isArray(value) ? [...new Set([...previous, ...value])] : value;
  }
  return merged;
}
