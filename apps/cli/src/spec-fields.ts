import { formatMoney, formatPercent, formatRate, formatRatio, formatScore } from './format-values.js';

/** How the CLI names an accounting basis. */
export const BASIS_LABELS = { us_gaap: 'US GAAP', ifrs16: 'IFRS 16' } as const;

const formatBasis = (value: unknown): string =>
  typeof value === 'string' && Object.hasOwn(BASIS_LABELS, value) ? BASIS_LABELS[value as keyof typeof BASIS_LABELS] : formatOther(value);

/** How one field of a selector spec is named and printed. */
export interface SpecField {
  /** Path inside the spec, e.g. `['hard_constraints', 'max_net_leverage']`. */
  readonly path: readonly string[];
  /** The field's name in a change list: `max net leverage`. */
  readonly name: string;
  /** The field as a term of the spec, value included: `net leverage ≤ 3.50x`. */
  readonly term: (value: unknown) => string;
  /** The value alone: `3.50x`. */
  readonly format: (value: unknown) => string;
}

const asNumber = (format: (value: number) => string) => (value: unknown) =>
  typeof value === 'number' ? format(value) : formatOther(value);
const asList = (value: unknown): string => (Array.isArray(value) ? (value.length === 0 ? 'none' : value.join(', ')) : formatOther(value));

/** Prints a value of a field this catalogue does not know (kept readable for fields added later). */
export function formatOther(value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

const field = (path: readonly string[], name: string, format: (value: unknown) => string, term: (text: string) => string): SpecField => ({
  path,
  name,
  format,
  term: (value) => term(format(value)),
});

/** Every field of `SelectorSpec` the CLI prints, in the order it prints them. */
export const SPEC_FIELDS: readonly SpecField[] = [
  field(['program_type'], 'program type', formatOther, (text) => `program ${text}`),
  field(['target_amount'], 'target', asNumber(formatMoney), (text) => `target ${text}`),
  field(['floor_amount'], 'floor', asNumber(formatMoney), (text) => `floor ${text}`),
  field(['hard_constraints', 'max_net_leverage'], 'max net leverage', asNumber(formatRatio), (text) => `net leverage ≤ ${text}`),
  field(
    ['hard_constraints', 'min_fixed_charge_coverage'],
    'min coverage',
    asNumber(formatRatio),
    (text) => `fixed-charge coverage ≥ ${text}`,
  ),
  field(
    ['hard_constraints', 'max_lease_adjusted_leverage'],
    'max lease-adjusted leverage',
    asNumber(formatRatio),
    (text) => `lease-adjusted leverage ≤ ${text}`,
  ),
  field(['hard_constraints', 'max_market_share'], 'max market share', asNumber(formatPercent), (text) => `market share ≤ ${text}`),
  field(['hard_constraints', 'max_rent_added'], 'max new rent', asNumber(formatMoney), (text) => `new rent ≤ ${text} a year`),
  field(['asset_filters', 'max_criticality'], 'max criticality', asNumber(formatScore), (text) => `criticality ≤ ${text}`),
  field(['asset_filters', 'min_leaseability'], 'min leaseability', asNumber(formatScore), (text) => `leaseability ≥ ${text}`),
  field(['asset_filters', 'asset_types'], 'asset types', asList, (text) => `types ${text}`),
  field(['asset_filters', 'include_markets'], 'markets', asList, (text) => `markets ${text}`),
  field(['asset_filters', 'exclude_markets'], 'excluded markets', asList, (text) => `excluding markets ${text}`),
  field(['asset_filters', 'exclude_asset_ids'], 'excluded assets', asList, (text) => `excluding assets ${text}`),
  field(['asset_filters', 'exclude_mortgaged'], 'exclude mortgaged', formatOther, (text) =>
    text === 'true' ? 'excluding mortgaged assets' : 'mortgaged assets allowed',
  ),
  field(['strategy'], 'strategy', formatOther, (text) => `strategy ${text}`),
  field(['objective'], 'objective', formatOther, (text) => `objective ${text}`),
  field(
    ['program_terms', 'lease_term_years'],
    'lease term',
    asNumber((years) => `${years} years`),
    (text) => `leases of ${text}`,
  ),
  field(['program_terms', 'rent_escalator'], 'rent escalator', asNumber(formatRate), (text) => `rent escalator ${text} a year`),
  field(['program_terms', 'accounting_basis'], 'accounting basis', formatBasis, (text) => `${text} basis`),
  field(['program_terms', 'tax_rate'], 'tax rate', asNumber(formatRate), (text) => `tax rate ${text}`),
];

/** The value at `path` in a plain object, or `undefined`. */
export function valueAt(target: unknown, path: readonly string[]): unknown {
  let current = target;
  for (const segment of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
