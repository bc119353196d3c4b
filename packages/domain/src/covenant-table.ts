import { formatMoney, formatPercent, formatRatio } from './display-figures.js';
import type { ConstraintName } from './program-outcome.js';

/** How one covenant is named, measured and bounded. */
export interface CovenantDefinition {
  /** The covenant in words, for sentences: `net leverage`. */
  readonly label: string;
  /** The covenant as a table heading: `Net leverage`. */
  readonly title: string;
  /** `ratio` (shown as `3.50x`), `share` (a decimal shown as `40.0%`) or `money` (a yearly amount, `$10M`). */
  readonly unit: 'ratio' | 'share' | 'money';
  /** `max`: the value must stay at or below the limit; `min`: at or above. */
  readonly direction: 'max' | 'min';
  /** What an undefined value means: coverage with no fixed charges is unbounded, leverage with no EBITDA undefined. */
  readonly nullMeans: 'unbounded' | 'undefined';
}

/**
 * Every covenant the engine checks, defined once: the engine's explanations,
 * the summaries, the session replies, the CLI and the API's descriptions all
 * read their labels, units and directions from here.
 */
export const COVENANTS: Readonly<Record<ConstraintName, CovenantDefinition>> = Object.freeze({
  max_net_leverage: { label: 'net leverage', title: 'Net leverage', unit: 'ratio', direction: 'max', nullMeans: 'undefined' },
  min_fixed_charge_coverage: {
    label: 'fixed-charge coverage',
    title: 'Fixed-charge coverage',
    unit: 'ratio',
    direction: 'min',
    nullMeans: 'unbounded',
  },
  max_lease_adjusted_leverage: {
    label: 'lease-adjusted leverage',
    title: 'Lease-adjusted leverage',
    unit: 'ratio',
    direction: 'max',
    nullMeans: 'undefined',
  },
  max_market_share: {
    label: 'largest single-market share',
    title: 'Largest market share',
    unit: 'share',
    direction: 'max',
    nullMeans: 'undefined',
  },
  max_rent_added: { label: 'new rent', title: 'New rent a year', unit: 'money', direction: 'max', nullMeans: 'undefined' },
});

/** The covenant in words: `net leverage`, `fixed-charge coverage`... */
export function covenantLabel(name: ConstraintName): string {
  return COVENANTS[name].label;
}

/** A covenant's value in its unit: `2.52x` for ratios, `40.0%` for the market share; `unbounded` / `undefined` for null. */
export function formatCovenantValue(name: ConstraintName, value: number | null): string {
  if (value === null) return COVENANTS[name].nullMeans;
  if (value === Number.POSITIVE_INFINITY) return 'unbounded';
  const unit = COVENANTS[name].unit;
  if (unit === 'money') return formatMoney(value);
  return unit === 'share' ? formatPercent(value) : formatRatio(value);
}

/** `at most 3.50x` / `at least 1.50x` / `at most 40.0% of the target from one market`. */
export function formatCovenantLimit(name: ConstraintName, limit: number): string {
  const bound = COVENANTS[name].direction === 'min' ? 'at least' : 'at most';
  if (name === 'max_market_share') return `${bound} ${formatPercent(limit)} of the target from one market`;
  if (name === 'max_rent_added') return `${bound} ${formatMoney(limit)} of new rent a year`;
  return `${bound} ${formatRatio(limit)}`;
}

/** The comparison sign of a covenant's limit: `≤` for a ceiling, `≥` for a floor. */
export function covenantComparator(name: ConstraintName): '≤' | '≥' {
  return COVENANTS[name].direction === 'min' ? '≥' : '≤';
}
