// Money and ratios have one notation, the domain's; shares and scores in prose are the reader's own.
export { formatMoney, formatRatio } from '@leaseback/domain';

/** Formats `value` with at most `decimals` decimals, dropping trailing zeros. */
function trimmed(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/\.?0+$/, '');
}

/** A share in prose: 0.4 as `40%`, 0.125 as `12.5%`. */
export function formatShare(value: number): string {
  return `${trimmed(value * 100, 2)}%`;
}

/** A score in [0, 1] in prose: `0.7`. */
export function formatScore(value: number): string {
  return trimmed(value, 4);
}
