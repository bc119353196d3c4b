import type { AssetSummary } from '../llm-client.js';

/** The JSON rule every answer follows: the schema's shape, null for what the input does not determine. */
export const JSON_ANSWER_RULE =
  'Answer with one JSON object that matches the response schema exactly. Every field must be present; use null for a field the input does not determine (the schema says which fields may be null).';

/** How figures are written as JSON numbers (every task but the prose summary, which has its own money rule). */
export const NUMBER_VALUE_RULES = [
  'Money is in US dollars as plain numbers: $50M = 50000000, $1.2bn = 1200000000, $12,500,000 = 12500000.',
  'Multiples are plain numbers (3.5x = 3.5); percentages and scores are fractions (40% = 0.4).',
].join('\n');

/**
 * Rules every structured answer with figures follows, appended to its system
 * prompt: the JSON shape, null for what the text does not say, and how to
 * write money and ratios as numbers.
 */
export const ANSWER_FORMAT_RULES = [JSON_ANSWER_RULE, NUMBER_VALUE_RULES].join('\n');

/** `$150,000,000`: whole dollars with thousands separators. */
export function formatUsd(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  return `${sign}$${Math.round(Math.abs(amount)).toLocaleString('en-US')}`;
}

/** `3.25x`, or `n/a` when the ratio is undefined. */
export function formatMultiple(ratio: number | null): string {
  return ratio === null ? 'n/a' : `${Number(ratio.toFixed(4))}x`;
}

/** Pretty JSON for a prompt block. */
export function jsonBlock(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** The portfolio as a prompt block: the summary text, then the figures a brief may refer to. */
export function describePortfolio(assetSummary: AssetSummary): string {
  return [
    assetSummary.text.trim(),
    `Assets: ${assetSummary.asset_count}; total potential proceeds ${formatUsd(assetSummary.total_potential_proceeds)}.`,
    `Asset types present: ${assetSummary.asset_types.join(', ') || 'none'}.`,
    `Markets (use these exact names): ${assetSummary.markets.join(', ') || 'none'}.`,
    `Baseline: EBITDA ${formatUsd(assetSummary.baseline.ebitda)}, net debt ${formatUsd(assetSummary.baseline.net_debt)}, ` +
      `net leverage ${formatMultiple(assetSummary.baseline.net_leverage)}, fixed-charge coverage ${formatMultiple(assetSummary.baseline.fixed_charge_coverage)}.`,
  ]
    .filter((line) => line !== '')
    .join('\n');
}
