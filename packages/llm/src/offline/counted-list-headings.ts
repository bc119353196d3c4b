/**
 * A count of assets that heads the names following it: "Exclude the two Houston assets we discussed: the Baytown cold
 * storage and the Pasadena packaging plant". The heading says how many assets the names are, not that every asset in
 * Houston is meant, so it is read as nothing and the names after it are what the exclusion reads.
 */
import { matchesIn } from './required-text.js';

/**
 * "the two Houston assets we discussed:", "both Chicago sites:", "the three properties we flagged -": a count, up to
 * two words, a plural word for assets and what was said of them, then a colon or a spaced dash before "the".
 */
const COUNTED_HEADING =
  /\b(?:the\s+)?(?:two|three|four|both|[234])\s+(?:of\s+the\s+)?(?:[a-z-]+\s+){0,2}?(?:assets|sites|properties|buildings|facilities|locations)(?:\s+(?:we|you|i|they)\s+(?:discussed|mentioned|talked\s+about|flagged|agreed\s+on|listed))?\s*(?::|\s[-\u2013\u2014])(?=\s*the\s)/g;

/** The spans of counted headings before the names of the assets they count. */
export function countedListHeadingSpans(lower: string): { start: number; end: number }[] {
  return matchesIn(COUNTED_HEADING, lower).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
