import { ASSET_TYPE_WORDS } from '@leaseback/llm';
import type { AssetType } from '@leaseback/domain';
import { formatMoney, formatMultiple, formatPercent } from './format-figures.js';
import { list } from './session-brief.js';

/**
 * One field as the reply says it back ("target $200M", "exclude Chicago and
 * Dallas", "net leverage at most 3.5x"): what the turn understood, and what
 * changed since a checkpoint was last shown.
 */
export function describeField(name: string, value: unknown): string {
  const number = typeof value === 'number' && Number.isFinite(value) ? value : null;
  const items = Array.isArray(value) ? value.map(String) : [];
  switch (name) {
    case 'target_amount':
      return `target ${formatMoney(number)}`;
    case 'floor_amount':
      return `no less than ${formatMoney(number)}`;
    case 'max_net_leverage':
      return `net leverage at most ${formatMultiple(number)}`;
    case 'min_fixed_charge_coverage':
      return `fixed charge coverage at least ${formatMultiple(number)}`;
    case 'max_lease_adjusted_leverage':
      return `lease-adjusted leverage at most ${formatMultiple(number)}`;
    case 'max_market_share':
      return `at most ${formatPercent(number)} from any one market`;
    case 'max_criticality':
      return `criticality at most ${number ?? 'n/a'}`;
    case 'min_leaseability':
      return `leaseability at least ${number ?? 'n/a'}`;
    case 'asset_types':
      return `only ${list(items.map((type) => ASSET_TYPE_WORDS[type as AssetType]?.[0] ?? type.replaceAll('_', ' ')))}`;
    case 'include_markets':
      return `only in ${list(items)}`;
    case 'exclude_markets':
      return `exclude ${list(items)}`;
    case 'exclude_asset_ids':
      return `exclude asset${items.length === 1 ? '' : 's'} ${list(items)}`;
    case 'exclude_mortgaged':
      return value === true ? 'nothing mortgaged' : 'mortgaged assets allowed';
    case 'max_rent_added':
      return `new rent at most ${formatMoney(number)} a year`;
    case 'lease_term_years':
      return `${number ?? 'n/a'}-year leases`;
    case 'rent_escalator':
      return number === 0 ? 'flat rent' : `${formatPercent(number)} annual rent escalators`;
    case 'tax_rate':
      return `tax rate ${formatPercent(number)}`;
    case 'accounting_basis':
      return value === 'ifrs16' ? 'reporting under IFRS 16' : 'reporting under US GAAP';
    case 'objective':
      return value === 'min_npv_cost' ? 'the cheapest capital (lowest NPV cost)' : 'the least proceeds above the target';
    case 'strategy':
      return `the ${String(value)} strategy`;
    case 'num_scenarios':
      return `${number ?? String(value)} scenario${number === 1 ? '' : 's'}`;
    case 'run_id':
      return `run ${String(value)}`;
    default:
      return `${name.replaceAll('_', ' ')} ${JSON.stringify(value)}`;
  }
}

/**
 * What changed between the fields a checkpoint last showed and those in force
 * now, one phrase each: "target $150M → $200M", "exclude Chicago (new)",
 * "only in Dallas (dropped)".
 */
export function describeChanges(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
  names: readonly string[],
): string[] {
  const changes: string[] = [];
  for (const name of names) {
    const had = before[name];
    const has = after[name];
    if (JSON.stringify(had) === JSON.stringify(has)) continue;
    if (has === undefined || has === null) changes.push(`${describeField(name, had)} (dropped)`);
    else if (had === undefined || had === null) changes.push(`${describeField(name, has)} (new)`);
    else changes.push(`${describeField(name, had)} → ${describeField(name, has)}`);
  }
  return changes;
}
