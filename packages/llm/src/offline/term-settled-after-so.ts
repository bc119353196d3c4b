import type { BriefText } from './brief-text.js';
import { WORD_NUMBER } from './written-numbers.js';

/** A term's years, captured: "15", "fifteen". */
const YEARS_FIGURE = String.raw`(\d{1,2}|${WORD_NUMBER})`;

/**
 * A term named and then settled by a bare figure after "so": "The fund's term sheet has 25-year leases; we'd rather
 * have eighteen, so model 18", "lease term is open, so use 15". The whole is claimed, so that the term proposed before
 * is not read; the settled years are the one group. A figure with another unit ("so use $40M") is no term.
 */
const TERM_SETTLED_AFTER_SO = new RegExp(
  String.raw`\b(?:(?:\d{1,2}|${WORD_NUMBER})[\s-]*(?:years?|yrs?)[\s-]+(?:lease(?:back)?s?|terms?|tenors?)|(?:lease\s+)?(?:term|tenor)s?)\b[^.!?\n]{0,80}?\bso\s+(?:let'?s\s+|we(?:'ll|\s+will|\s+should)\s+|please\s+)?(?:model|use|run|assume|go\s+with|take)\s+(?:it\s+(?:at|as)\s+)?${YEARS_FIGURE}(?:[\s-]*(?:years?|yrs?))?(?!\d|\.\d|\s*(?:%|percent|x\b|times|m\b|mm\b|million|bn\b|billion))`,
  'g',
);

/**
 * The terms settled after "so", each with the words of its years and where it starts. The words before the settled
 * figure are often taken back as a figure replaced ("25-year leases; we'd rather have eighteen, so model" is read as
 * nothing),
 * so the brief as written is searched, and only a match no reader has claimed is read and claimed.
 */
export function termsSettledAfterSo(text: BriefText): { years: string; start: number }[] {
  const written = text.source.toLowerCase();
  if (!written.includes(' so ') || written.length !== text.source.length) return [];
  const found: { years: string; start: number }[] = [];
  for (const match of written.matchAll(TERM_SETTLED_AFTER_SO)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    text.claim(match.index, end);
    found.push({ years: match[1] ?? '', start: match.index });
  }
  return found;
}
