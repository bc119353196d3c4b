import { ASSET_TYPE_WORDS } from '@leaseback/llm';
import type { AssetType } from '@leaseback/domain';
import { formatMoney, formatMultiple, formatPercent } from './format-figures.js';

/**
 * The brief a session's runs are planned from and stored under: the session's
 * accumulated understanding written out as sentences the brief readers
 * understand, one per field in force ("Raise $150M. Keep net leverage below
 * 3.5x. Exclude Dallas and Houston."). It replaces the first message, so a
 * constraint stated at any later step is in the run, and the stored brief says
 * what actually ran.
 */
export function sessionBrief(fields: Readonly<Record<string, unknown>>): string {
  const target = numberOf(fields, 'target_amount');
  const floor = numberOf(fields, 'floor_amount');
  const sentences: string[] = [];
  const ask = target === null ? 'Plan a sale-leaseback program' : `Raise ${formatMoney(target)}`;
  sentences.push(floor === null || floor === target ? ask : `${ask}, no less than ${formatMoney(floor)}`);
  const covenants = [
    phrase(fields, 'max_net_leverage', (value) => `keep net leverage below ${formatMultiple(value)}`),
    phrase(fields, 'min_fixed_charge_coverage', (value) => `FCCR of at least ${formatMultiple(value)}`),
    phrase(fields, 'max_lease_adjusted_leverage', (value) => `lease-adjusted leverage under ${formatMultiple(value)}`),
  ].filter((text): text is string => text !== null);
  if (covenants.length > 0) sentences.push(capitalize(list(covenants)));
  const types = listOf(fields, 'asset_types');
  if (types.length > 0)
    sentences.push(`Only ${list(types.map((type) => ASSET_TYPE_WORDS[type as AssetType]?.[0] ?? type.replaceAll('_', ' ')))}`);
  const include = listOf(fields, 'include_markets');
  if (include.length > 0) sentences.push(`Only in ${list(include)}`);
  const exclude = listOf(fields, 'exclude_markets');
  if (exclude.length > 0) sentences.push(`Exclude ${list(exclude)}`);
  const assets = listOf(fields, 'exclude_asset_ids');
  if (assets.length > 0) sentences.push(`Except asset${assets.length === 1 ? '' : 's'} ${list(assets)}`);
  const share = numberOf(fields, 'max_market_share');
  if (share !== null) sentences.push(`No more than ${formatPercent(share)} from any one market`);
  const criticality = numberOf(fields, 'max_criticality');
  if (criticality !== null) sentences.push(`Criticality below ${criticality}`);
  const leaseability = numberOf(fields, 'min_leaseability');
  if (leaseability !== null) sentences.push(`Leaseability above ${leaseability}`);
  if (fields['exclude_mortgaged'] === true) sentences.push('Nothing with a mortgage');
  const rent = numberOf(fields, 'max_rent_added');
  if (rent !== null) sentences.push(`Keep new rent under ${formatMoney(rent)} a year`);
  const strategy = fields['strategy'];
  if (strategy === 'exact' || strategy === 'greedy') sentences.push(`Use the ${strategy} strategy`);
  const term = numberOf(fields, 'lease_term_years');
  if (term !== null) sentences.push(`${term}-year leases`);
  const escalator = numberOf(fields, 'rent_escalator');
  if (escalator !== null) sentences.push(escalator === 0 ? 'Flat rent' : `${formatPercent(escalator)} annual rent escalators`);
  const tax = numberOf(fields, 'tax_rate');
  if (tax !== null) sentences.push(`Tax rate of ${formatPercent(tax)}`);
  const basis = fields['accounting_basis'];
  if (basis === 'ifrs16') sentences.push('We report under IFRS 16');
  else if (basis === 'us_gaap') sentences.push('We report under US GAAP');
  if (fields['objective'] === 'min_npv_cost') sentences.push('Minimise the cost of capital');
  return `${sentences.join('. ')}.`;
}

/** "Dallas", "Dallas and Houston", "Dallas, Houston and Phoenix". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) as string}`;
}

function phrase(fields: Readonly<Record<string, unknown>>, name: string, write: (value: number) => string): string | null {
  const value = numberOf(fields, name);
  return value === null ? null : write(value);
}

function numberOf(fields: Readonly<Record<string, unknown>>, name: string): number | null {
  const value = fields[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function listOf(fields: Readonly<Record<string, unknown>>, name: string): string[] {
  const value = fields[name];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function capitalize(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}`;
}
