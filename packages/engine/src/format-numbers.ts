/**
 * Number formatting for explanation text. Locale-independent (`toFixed`), so
 * the same outcome is produced byte for byte on every machine.
 */

function trimZeros(fixed: string): string {
  if (fixed.indexOf('.') === -1) return fixed;
  let end = fixed.length;
  while (fixed.charCodeAt(end - 1) === 48) end -= 1; // '0'
  if (fixed.charCodeAt(end - 1) === 46) end -= 1; // '.'
  return fixed.slice(0, end);
}

/** Money in USD: `$58.8M`, `$1.25B`, `$950K`, `$58.8`; negative as `-$1.2M`. */
export function formatMoney(value: number): string {
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9) return `${sign}$${trimZeros((magnitude / 1e9).toFixed(2))}B`;
  if (magnitude >= 1e6) return `${sign}$${trimZeros((magnitude / 1e6).toFixed(2))}M`;
  if (magnitude >= 1e3) return `${sign}$${trimZeros((magnitude / 1e3).toFixed(1))}K`;
  return `${sign}$${trimZeros(magnitude.toFixed(2))}`;
}

/** A ratio with two decimals and an `x`: `2.52x`. */
export function formatRatio(value: number): string {
  return `${value.toFixed(2)}x`;
}

/** A share as a percentage with one decimal: `45.0%`. */
export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A rate as a percentage with two decimals: `9.23%` (costs of capital differ by basis points). */
export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(2)}%`;
}

const scoreTexts = new Map<number, string>();

/**
 * A 0..1 score (criticality, leaseability) with two decimals: `0.95`. Scores
 * repeat across large portfolios, so formatted texts are memoised (bounded).
 */
export function formatScore(value: number): string {
  let text = scoreTexts.get(value);
  if (text === undefined) {
    text = value.toFixed(2);
    if (scoreTexts.size < 4096) scoreTexts.set(value, text);
  }
  return text;
}

/** `1 asset`, `3 assets`. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
