import type { TextEdit } from './restated-brief.js';
import { MONEY_SCALE, SPOKEN_HUNDREDS } from './written-numbers.js';

/**
 * A floor of proceeds said as the point where the sale stops, or as the lowest the writer goes, in words the amount
 * readers do not know, restated as "floor of" so that they do: the figure named as the stopping point ("with $175M as
 * the point where we stop if the market can't take it", "$150M is where we'd stop", "$120M as our stopping point",
 * "$95M being our walk-away number") and a figure given as the lowest ("110 at the lowest", "$90M at the very
 * lowest"). A stopping point that is no money figure ("Dallas is where
 * we stop"), a point where something else happens ("$250M is the point where leverage binds"), or a score or ratio at
 * its lowest ("0.6 at the lowest") is left as it is.
 */

/**
 * A money figure: "$175M", "USD 175 million", "175m", "$175,000,000", or, in a chat reply, a bare whole number of two
 * or three digits ("110"), which the chat readers take in the ask's unit. A decimal without a scale ("0.6"), a
 * multiple ("3.5x") or a share ("40%") is none.
 */
const FIGURE = String.raw`(?:(?:\$|us\$|usd[^\S\n]*|eur[^\S\n]*|€|£)[^\S\n]*\d[\d,]*(?:\.\d+)?(?:[^\S\n]*(?:${MONEY_SCALE}))?|\d[\d,]*(?:\.\d+)?[^\S\n]*(?:${MONEY_SCALE})|(?<![\d.])\d{2,3})(?![\w.%]|[^\S\n]*(?:x|%|percent|pct|years?|yrs?)\b)`;

/** Who stops: "we", "we'd", "we would", "you", "the sale", "the program". */
const STOPPER = String.raw`(?:we|we'd|we\s+would|we\s+will|we'll|you|you'd|i|i'd|the\s+(?:sale|program|programme|run|plan))`;

/**
 * The figure named as where the sale stops: "$175M as the point where we stop", "$175M is the point at which we'd
 * stop", "$150M is where we'd stop", "$120M as our stopping point", "$95M being our walk-away number". The figure is
 * the group `figure`; the words from the figure's end to the stop are restated away.
 */
const FIGURE_AS_STOPPING_POINT = new RegExp(
  String.raw`(?<figure>${FIGURE})[^\S\n]+(?:as|is|being|would\s+be|will\s+be|should\s+be)[^\S\n]+(?:(?:the|our|my|a)[^\S\n]+(?:point|level|number|figure)[^\S\n]+(?:where|at\s+which)[^\S\n]+${STOPPER}[^\S\n]+(?:stop|halt|call\s+it|pull\s+the\s+plug)|where[^\S\n]+${STOPPER}[^\S\n]+(?:stop|halt|call\s+it)|(?:the|our|my|a)[^\S\n]+(?:stopping|stop|walk[-\s]?away)[^\S\n]+(?:point|level|number|figure))(?![a-z])`,
  'gi',
);

/**
 * A figure given as the lowest the writer goes: "110 at the lowest", "$90M at the very lowest", "$80M, at the
 * lowest", or spoken as hundreds and tens ("one seventy-five at the lowest"). The figure is the group `figure`. The words after "lowest" end the clause or open another ("if", "and"):
 * "$102M at the lowest NPV cost" is the ask at the cheapest cost, no floor.
 */
const FIGURE_AT_THE_LOWEST = new RegExp(
  String.raw`(?<figure>${FIGURE}|\b${SPOKEN_HUNDREDS})[^\S\n]*,?[^\S\n]+at[^\S\n]+(?:the[^\S\n]+)?(?:very[^\S\n]+)?(?:lowest|bare\s+minimum)(?=[^\S\n]*(?:[.,;:!?)\n]|$)|[^\S\n]+(?:if|when|should|and|but|or|please|pls|though)\b)`,
  'gi',
);

/**
 * The restatements of a floor said as the point where the sale stops or as the lowest the writer goes: each reads
 * "floor of" and its figure, in the brief's own figure.
 */
export function stopPointFloorRestatements(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const pattern of [FIGURE_AS_STOPPING_POINT, FIGURE_AT_THE_LOWEST]) {
    // Cheap guard: a figure at the lowest is only looked for in a brief that says "lowest" or "bare minimum".
    if (pattern === FIGURE_AT_THE_LOWEST && !/lowest|bare\s+minimum/i.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (edits.some((edit) => start < edit.end && edit.start < end)) continue;
      edits.push({ start, end, text: `floor of ${(match.groups?.['figure'] ?? '').trim()}` });
    }
  }
  return edits;
}
