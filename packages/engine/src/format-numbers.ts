// Money, ratios and percentages have one notation, the domain's; scores and counts are the engine's own.
export { formatMoney, formatPercent, formatRatio } from '@leaseback/domain';

/**
 * Number formatting for explanation text. Locale-independent (`toFixed`), so
 * the same outcome is produced byte for byte on every machine.
 */

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
