import { ScenarioDefinitionListSchema, type ScenarioDefinition, type SelectorSpec } from '@leaseback/domain';
import type { AssetSummary } from '../llm-client.js';
import type { CaseOverrides, CaseToCompare } from './cases-to-compare.js';
import { formatMoney, formatRatio, formatScore } from './format-figures.js';

/** The knobs of the offline what-if variants. */
export const OFFLINE_SCENARIO_RULES = {
  /** risk_off target as a share of the base target. */
  risk_off_target_fraction: 0.8,
  /** risk_off tightens net leverage by this many turns. */
  risk_off_leverage_step: 0.5,
  /** risk_off tightens coverage by this much. */
  risk_off_coverage_step: 0.25,
  /** risk_off caps criticality here (or keeps the brief's, when lower). */
  risk_off_max_criticality: 0.5,
  /** aggressive target as a share of the base target. */
  aggressive_target_fraction: 1.25,
  /** aggressive loosens a brief's criticality limit up to here (never tightens it). */
  aggressive_max_criticality: 0.8,
  /** custom "Leasable only" requires at least this leaseability. */
  custom_min_leaseability: 0.7,
  /** custom "Short leases" sells on leases of this many years, when the program's own term is longer. */
  short_lease_term_years: 10,
} as const;

const LABEL_LIMIT = 50;
const RATIONALE_LIMIT = 200;

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 3).trimEnd()}...`;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A money amount to the cent, so that 80 % of a target carries no binary noise. */
function money(value: number): number {
  return round(value, 2);
}

/**
 * The what-if variants of a brief, in this order, `count` of them (1..5):
 * base (the brief as read; `null` overrides mean "as the brief says"), risk_off
 * (80 % of the target, leverage 0.5x tighter, coverage 0.25x tighter,
 * criticality at most 0.5), aggressive (125 % of the target; a criticality
 * limit below 0.8 is loosened to 0.8, covenants stay as the brief says),
 * geo_focus (also excludes the market holding the largest share of potential
 * proceeds) and custom "Leasable only" (leaseability at least 0.7).
 *
 * When the lease term the program would carry is known (stated in the brief,
 * else `assetSummary.typical_lease_term_years`) and longer than 10 years, a
 * custom "Short leases" what-if (the base ask on 10-year leases) comes fourth,
 * before geo_focus, and "Leasable only" gives way to it: a shorter commitment
 * is the economics question a treasurer asks next.
 *
 * Cases the brief asks to compare (`cases`, see `findCasesToCompare`) come
 * right after the base case, in the brief's order, before any variant chosen
 * here; a case whose words were not understood is not run, and the assumptions
 * say so, as they say when more cases are named than `count` holds.
 */
export function scenariosFromSpec(
  spec: SelectorSpec,
  assetSummary: AssetSummary,
  count: number,
  cases: readonly CaseToCompare[] = [],
): { definitions: ScenarioDefinition[]; assumptions: string[] } {
  const rules = OFFLINE_SCENARIO_RULES;
  const assumptions: string[] = [];
  const base = spec.target_amount;
  const leverage = spec.hard_constraints.max_net_leverage;
  const coverage = spec.hard_constraints.min_fixed_charge_coverage;
  const filters = spec.asset_filters;

  const riskOffLeverage = round(leverage > rules.risk_off_leverage_step ? leverage - rules.risk_off_leverage_step : leverage / 2, 4);
  const riskOffCoverage = round(Math.min(coverage + rules.risk_off_coverage_step, 19.99), 4);
  const riskOffCriticality = Math.min(filters.max_criticality ?? 1, rules.risk_off_max_criticality);
  const riskOffTarget = money(base * rules.risk_off_target_fraction);
  const aggressiveTarget = money(base * rules.aggressive_target_fraction);
  const aggressiveCriticality =
    filters.max_criticality !== undefined && filters.max_criticality < rules.aggressive_max_criticality
      ? rules.aggressive_max_criticality
      : null;

  const definitions: ScenarioDefinition[] = [
    {
      label: 'Base case',
      kind: 'base',
      rationale: clip(
        `The brief as written: ${formatMoney(base)} with net leverage at most ${formatRatio(leverage)} and fixed charge coverage at least ${formatRatio(coverage)}.`,
        RATIONALE_LIMIT,
      ),
      target_amount: base,
      max_leverage: null,
      min_coverage: null,
    },
    {
      label: 'Risk-off',
      kind: 'risk_off',
      rationale: clip(
        `A smaller ask of ${formatMoney(riskOffTarget)} (${Math.round(rules.risk_off_target_fraction * 100)}% of base) with tighter covenants, leverage at most ${formatRatio(riskOffLeverage)} and coverage at least ${formatRatio(riskOffCoverage)}, selling only sites of criticality up to ${formatScore(riskOffCriticality)}.`,
        RATIONALE_LIMIT,
      ),
      target_amount: riskOffTarget,
      max_leverage: riskOffLeverage,
      min_coverage: riskOffCoverage,
      max_criticality: riskOffCriticality,
    },
    {
      label: 'Aggressive',
      kind: 'aggressive',
      rationale: clip(
        `A larger ask of ${formatMoney(aggressiveTarget)} (${Math.round(rules.aggressive_target_fraction * 100)}% of base) under the same covenants${aggressiveCriticality === null ? '' : `, allowing sites of criticality up to ${formatScore(aggressiveCriticality)}`}.`,
        RATIONALE_LIMIT,
      ),
      target_amount: aggressiveTarget,
      max_leverage: null,
      min_coverage: null,
      max_criticality: aggressiveCriticality,
    },
    ...shortLeases(spec, assetSummary, assumptions),
    geoFocus(spec, assetSummary, assumptions),
    {
      label: 'Leasable only',
      kind: 'custom',
      rationale: clip(
        `The base ask of ${formatMoney(base)} from easily re-lettable sites only (leaseability at least ${formatScore(Math.max(filters.min_leaseability ?? 0, rules.custom_min_leaseability))}), which investors price best.`,
        RATIONALE_LIMIT,
      ),
      target_amount: base,
      max_leverage: null,
      min_coverage: null,
      min_leaseability: Math.max(filters.min_leaseability ?? 0, rules.custom_min_leaseability),
    },
  ];
  const [baseCase, ...variants] = definitions as [ScenarioDefinition, ...ScenarioDefinition[]];
  const asked = askedCases(spec, cases, variants, assumptions);
  if (asked.length > count - 1)
    assumptions.push(
      `the brief names ${asked.length} cases to compare; ${count} scenario${count === 1 ? '' : 's'} hold the base case${count > 1 ? ` and the first ${count - 1}` : ''}`,
    );
  const taken = new Set(asked.map((definition) => definition.label.toLowerCase()));
  const chosen = [baseCase, ...asked, ...variants.filter((definition) => !taken.has(definition.label.toLowerCase()))];
  return { definitions: ScenarioDefinitionListSchema.parse(chosen.slice(0, count)), assumptions };
}

/** The definitions of the cases a brief asks to compare, in its order, each label once; cases not understood are noted. */
function askedCases(
  spec: SelectorSpec,
  cases: readonly CaseToCompare[],
  variants: readonly ScenarioDefinition[],
  assumptions: string[],
): ScenarioDefinition[] {
  const asked: ScenarioDefinition[] = [];
  const add = (definition: ScenarioDefinition | undefined): void => {
    if (definition !== undefined && !asked.some((other) => other.label.toLowerCase() === definition.label.toLowerCase()))
      asked.push(definition);
  };
  for (const { words, change } of cases) {
    if (change === undefined) {
      assumptions.push(`case not understood, so not run: "${words}"`);
      continue;
    }
    if (change.variant === 'leasable_only') add(variants.find((definition) => definition.label === 'Leasable only'));
    else if (change.variant !== 'custom') add(variants.find((definition) => definition.kind === change.variant));
    else {
      const { overrides } = change;
      const excluded = overrides.exclude_markets;
      const already = spec.asset_filters.exclude_markets ?? [];
      add({
        label: clip(change.label, LABEL_LIMIT),
        kind: 'custom',
        rationale: clip(`Asked for in the brief ("${words}"): ${caseSummary(spec, overrides)}.`, RATIONALE_LIMIT),
        target_amount: overrides.target_amount ?? spec.target_amount,
        max_leverage: null,
        min_coverage: null,
        ...(overrides.lease_term_years === undefined ? {} : { lease_term_years: overrides.lease_term_years }),
        ...(overrides.rent_escalator === undefined ? {} : { rent_escalator: overrides.rent_escalator }),
        ...(overrides.max_criticality === undefined ? {} : { max_criticality: overrides.max_criticality }),
        ...(excluded === undefined ? {} : { exclude_markets: [...already, ...excluded.filter((market) => !already.includes(market))] }),
      });
    }
  }
  return asked;
}

/** What a named case changes, in words, for its rationale. */
function caseSummary(spec: SelectorSpec, overrides: CaseOverrides): string {
  const changes: string[] = [];
  if (overrides.target_amount !== undefined) changes.push(`a target of ${formatMoney(overrides.target_amount)}`);
  if (overrides.lease_term_years !== undefined) changes.push(`${overrides.lease_term_years}-year leases`);
  if (overrides.rent_escalator !== undefined)
    changes.push(overrides.rent_escalator === 0 ? 'flat rent' : `${round(overrides.rent_escalator * 100, 2)}% escalators`);
  if (overrides.max_criticality !== undefined) changes.push(`only sites of criticality up to ${formatScore(overrides.max_criticality)}`);
  if (overrides.exclude_markets !== undefined) changes.push(`nothing sold in ${overrides.exclude_markets.join(', ')}`);
  const ask = overrides.target_amount === undefined ? `the base ask of ${formatMoney(spec.target_amount)} with ` : '';
  return `${ask}${changes.join(', ')}`;
}

/** The "Short leases" what-if, when the program's lease term is known and longer than the short term; else none. */
function shortLeases(spec: SelectorSpec, assetSummary: AssetSummary, assumptions: string[]): ScenarioDefinition[] {
  const short = OFFLINE_SCENARIO_RULES.short_lease_term_years;
  const stated = spec.program_terms?.lease_term_years;
  const term = stated ?? assetSummary.typical_lease_term_years;
  if (term === undefined || term <= short) return [];
  const source = stated === undefined ? "the portfolio's typical" : "the brief's";
  assumptions.push(`short leases: ${short}-year leases tested against ${source} ${term}-year term`);
  return [
    {
      label: 'Short leases',
      kind: 'custom',
      rationale: clip(
        `The base ask of ${formatMoney(spec.target_amount)} on ${short}-year leases instead of ${source} ${term}: a smaller lease liability and a shorter rent commitment, at its own implied cost of capital.`,
        RATIONALE_LIMIT,
      ),
      target_amount: spec.target_amount,
      max_leverage: null,
      min_coverage: null,
      lease_term_years: short,
    },
  ];
}

function geoFocus(spec: SelectorSpec, assetSummary: AssetSummary, assumptions: string[]): ScenarioDefinition {
  const already = spec.asset_filters.exclude_markets ?? [];
  const allowed = spec.asset_filters.include_markets;
  const isExcluded = (market: string): boolean => already.some((excluded) => excluded.toLowerCase() === market.toLowerCase());
  const isAllowed = (market: string): boolean =>
    allowed === undefined || allowed.some((included) => included.toLowerCase() === market.toLowerCase());
  const candidates = assetSummary.markets.filter((market) => !isExcluded(market) && isAllowed(market));
  const proceeds = assetSummary.market_proceeds;
  const base = spec.target_amount;

  let chosen: string | undefined;
  let why: string;
  if (proceeds !== undefined && candidates.some((market) => proceeds[market] !== undefined)) {
    // Largest potential proceeds first; ties go to the market first in portfolio order.
    chosen = candidates.reduce<string | undefined>((best, market) => {
      const value = proceeds[market] ?? -Infinity;
      return best === undefined || value > (proceeds[best] ?? -Infinity) ? market : best;
    }, undefined);
    const total = assetSummary.total_potential_proceeds;
    why = `the market with the largest potential proceeds (${formatMoney(proceeds[chosen ?? ''] ?? 0)} of ${formatMoney(total)})`;
  } else {
    chosen = candidates[0];
    why = 'the first market listed (potential proceeds by market were not given)';
    if (chosen !== undefined)
      assumptions.push(`geo focus: potential proceeds by market were not given, so it excludes the first market listed, ${chosen}`);
  }

  if (chosen === undefined) {
    assumptions.push('geo focus: no market left to exclude, so it repeats the base case');
    return {
      label: 'Geo focus',
      kind: 'geo_focus',
      rationale: 'No market is left to exclude, so this repeats the base ask.',
      target_amount: base,
      max_leverage: null,
      min_coverage: null,
      exclude_markets: null,
    };
  }
  const remaining = candidates.length - 1;
  return {
    label: clip(`Geo focus: ex-${chosen}`, LABEL_LIMIT),
    kind: 'geo_focus',
    rationale: clip(
      `The base ask of ${formatMoney(base)} without ${chosen}, ${why}, to test reliance on one market${remaining === 0 ? '; no other market remains' : ''}.`,
      RATIONALE_LIMIT,
    ),
    target_amount: base,
    max_leverage: null,
    min_coverage: null,
    exclude_markets: [...already, chosen],
  };
}
