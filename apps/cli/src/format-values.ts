/**
 * Number formatting for people reading a terminal. Locale-independent
 * (`toFixed`), so output is the same on every machine and in every test.
 */

// Money, ratios and percentages use the domain's one display notation, so the CLI's tables,
// the guided sessions' replies and the engine's explanations always agree.
export { formatMoney, formatPercent, formatRatio } from '@leaseback/domain';

/** A 0..1 score (criticality, leaseability) with two decimals: `0.70`. */
export function formatScore(value: number): string {
  return value.toFixed(2);
}

/** An ISO timestamp as `2025-01-31 14:05:09Z` (UTC, seconds), or the text itself when it is not a date. */
export function formatTimestamp(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')}Z`;
}

/** `1 asset`, `3 assets`. */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Cuts `text` to `width` characters, ending with `…` when cut. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Breaks `text` into lines of at most `width` characters at spaces (a longer
 * word stays whole on its own line); existing line breaks are kept.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ').filter((part) => part !== '')) {
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}
