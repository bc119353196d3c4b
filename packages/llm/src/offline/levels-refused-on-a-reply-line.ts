/**
 * A level refused and replaced on the reply line under it: "Ann: FCCR min 1.6" then "Ann: ↳ not 1.6 - make it 1.7,
 * lenders tightened", "Bo: market cap 25%" then "Cy: not 25%, use 30%". The reply repeats the level it refuses, so the
 * two lines can only mean the one level changed; the words naming the level stay on the line above. The ask and the
 * floor in money have readers of their own (`corrected-target-lines.ts`, `corrected-floor-lines.ts`): this one takes
 * levels written as decimals, multiples or percentages only.
 */

/** A level: "1.6", "3.5x", "25%", never money ("$1.6M", "110m"). */
const LEVEL = String.raw`(?<![\w.$])\d{1,2}(?:\.\d+)?[^\S\n]*(?:x|\u00d7|%)?(?![\w.%\u00d7]|[^\S\n]*(?:mm?|mn|million|bn|billion|k)\b)`;

/**
 * The level at the end of a line (after up to four words naming it), then a reply line that opens, after its speaker
 * and a reply mark ("↳", or the reading copy's stand-in for it), on "not" and the same level, then the new level after
 * a dash, a comma or "make it".
 */
const REFUSED_ON_THE_NEXT_LINE = new RegExp(
  String.raw`(?<earlier>${LEVEL})(?<named>(?:[^\S\n]+[a-z][a-z-]*){0,4})[^\S\n]*[.;,]?[^\S\n]*\n[^\S\n]*(?:[\u21b3\u00a4>][^\S\n]*)?(?:[a-z][a-z .'()-]{0,30}:[^\S\n]*)?(?:[\u21b3\u00a4>][^\S\n]*)?not[^\S\n]+(?<refused>${LEVEL})[^\S\n]*[-\u2013\u2014,;:][^\S\n]*(?:(?:make[^\S\n]+(?:it|that)|it(?:'|\u2019)s|it[^\S\n]+is|use|say|go\s+with)[^\S\n]+)?(?=(?<later>${LEVEL}))`,
  'g',
);

/** A level's figure without its unit or spacing, to compare the refused level with the earlier one. */
const figureOf = (level: string): string => level.replace(/[^\d.]/g, '');
/** A level's unit: "x", "%" or none. */
const unitOf = (level: string): string => level.replace(/[\d.\s]/g, '').replace('\u00d7', 'x');

/**
 * The spans to read as nothing for each level refused on the reply line under it: the earlier level, and the line
 * break with the reply's opening words up to the new level, so that the words naming the earlier level name the new
 * one.
 */
export function levelsRefusedOnAReplyLineSpans(lower: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (!lower.includes('\n') || !/\bnot[^\S\n]+\d/.test(lower)) return spans;
  for (const match of lower.matchAll(REFUSED_ON_THE_NEXT_LINE)) {
    const earlier = match.groups?.['earlier'] ?? '';
    const refused = match.groups?.['refused'] ?? '';
    const later = match.groups?.['later'] ?? '';
    // The reply must refuse the very level above it, and give a new one of the same kind.
    if (figureOf(earlier) !== figureOf(refused) || (unitOf(later) !== unitOf(earlier) && unitOf(later) !== '')) continue;
    const named = match.index + earlier.length + (match.groups?.['named'] ?? '').length;
    spans.push({ start: match.index, end: match.index + earlier.length }, { start: named, end: match.index + match[0].length });
  }
  return spans;
}
