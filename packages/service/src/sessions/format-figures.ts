/**
 * Money as people read it in replies and terminal tables: `$150.0M`, `$1.20B`,
 * `$750K`; negative as `-$1.2M`; `n/a` for `null`. The one display notation the
 * service's replies and the CLI share.
 */
export function formatMoney(value: number | null): string {
  if (value === null) return 'n/a';
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  // Each threshold sits where the smaller unit would round up to 1000.
  if (magnitude >= 999.95e6) return `${sign}$${(magnitude / 1e9).toFixed(2)}B`;
  if (magnitude >= 999.95e3) return `${sign}$${(magnitude / 1e6).toFixed(1)}M`;
  if (magnitude >= 999.5) return `${sign}$${(magnitude / 1e3).toFixed(0)}K`;
  return `${sign}$${magnitude.toFixed(0)}`;
}

/** `3.5x`, `2x` (at most two decimals); `n/a` for `null`. */
export function formatMultiple(value: number | null): string {
  return value === null ? 'n/a' : `${Number(value.toFixed(2))}x`;
}
