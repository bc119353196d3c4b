/** Formats `value` with at most `decimals` decimals, dropping trailing zeros. */
function trimmed(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/\.?0+$/, '');
}

/**
 * Money in prose: `$1.25B`, `$52.3M`, `$750K`, `$58.8`. At most two decimals
 * in the unit, trailing zeros dropped, so `$50M` and `$49.98M` read as written.
 */
export function formatMoney(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e9) return `${sign}$${trimmed(magnitude / 1e9, 2)}B`;
  if (magnitude >= 1e6) return `${sign}$${trimmed(magnitude / 1e6, 2)}M`;
  if (magnitude >= 1e3) return `${sign}$${trimmed(magnitude / 1e3, 1)}K`;
  return `${sign}$${trimmed(magnitude, 2)}`;
}

/** A multiple in prose: `3.50x`; `n/a` for an undefined ratio. */
export function formatRatio(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return 'n/a';
  return `${value.toFixed(2)}x`;
}

/** A share in prose: 0.4 as `40%`, 0.125 as `12.5%`. */
export function formatShare(value: number): string {
  return `${trimmed(value * 100, 2)}%`;
}

/** A score in [0, 1] in prose: `0.7`. */
export function formatScore(value: number): string {
  return trimmed(value, 4);
}
