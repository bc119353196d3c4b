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

/** A share or rate given as a decimal, in percent with one decimal: `0.4` → `40.0%`; `n/a` when missing. */
export function formatPercent(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return 'n/a';
  return `${(share * 100).toFixed(1)}%`;
}
