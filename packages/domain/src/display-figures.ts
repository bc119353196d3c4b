/**
 * The one display notation for figures, used by explanations, notices,
 * summaries, session replies and the CLI's tables alike, so the same amount
 * never reads two ways.
 */

function trimZeros(fixed: string): string {
  if (fixed.indexOf('.') === -1) return fixed;
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === 48) end -= 1; // '0'
  if (fixed.charCodeAt(end - 1) === 46) end -= 1; // '.'
  return fixed.slice(0, end);
}

/**
 * Money in the input's units with a scale suffix and at most two decimals:
 * `$150M`, `$94.79M`, `$1.2B`, `$950K`, `-$3.5M`. `n/a` for a missing or
 * non-finite amount.
 */
export function formatMoney(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  // Each threshold sits where the smaller unit would round up to 1000 ($999.996M reads $1B).
  if (magnitude >= 999.995e6) return `${sign}$${trimZeros((magnitude / 1e9).toFixed(2))}B`;
  if (magnitude >= 999.95e3) return `${sign}$${trimZeros((magnitude / 1e6).toFixed(2))}M`;
  if (magnitude >= 999.995) return `${sign}$${trimZeros((magnitude / 1e3).toFixed(1))}K`;
  return `${sign}$${trimZeros(magnitude.toFixed(2))}`;
}

/** A ratio (leverage, coverage) with two decimals: `3.50x`; `n/a` when missing or non-finite. */
export function formatRatio(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${value.toFixed(2)}x`;
}

/** A rate (a cost of capital) in percent with two decimals: `0.092252` → `9.23%`; `n/a` when missing. Costs differ by basis points. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return 'n/a';
  return `${(rate * 100).toFixed(2)}%`;
}

/** A difference of rates in basis points with its sign: `0.032252` → `+323 bp`; `n/a` when missing. */
export function formatBasisPoints(difference: number | null | undefined): string {
  if (difference === null || difference === undefined || !Number.isFinite(difference)) return 'n/a';
  const points = Math.round(difference * 10_000);
  return `${points > 0 ? '+' : points < 0 ? '−' : ''}${Math.abs(points)} bp`;
}

/** A share or rate given as a decimal, in percent with one decimal: `0.4` → `40.0%`; `n/a` when missing. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return 'n/a';
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * A figure as a person states it in conversation, at most two decimals and no
 * padding: `3.5` → `3.5x`, `0.025` → `2.5%`. Session replies echo the user's
 * own figure this way; tables use the fixed-width `formatRatio` / `formatPercent`.
 */
export function formatStatedRatio(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${trimZeros(value.toFixed(2))}x`;
}

/** A decimal rate as stated in conversation, at most two decimals of a percent: `0.025` → `2.5%`, `0.21` → `21%`. */
export function formatStatedPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return 'n/a';
  return `${trimZeros((rate * 100).toFixed(2))}%`;
}
