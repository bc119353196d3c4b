import { matchesIn } from './required-text.js';
import { BILLION_SCALE, MILLION_SCALE, SPOKEN_HUNDREDS, WORD_NUMBER } from './written-numbers.js';

/**
 * An amount in millions taken back aloud and replaced by a figure said without its scale: "one seventy five million,
 * no sorry, one hundred sixty five", "$90M - wait, 85", "120 million, I mean 110", "127 million. Nope - 137". The replacement is in the millions
 * of the amount it replaces. Figures in words are read as a dictated brief's transcript writes them: hundreds and tens
 * spoken ("one seventy five") or in full ("one hundred sixty five").
 */
export const SPOKEN_BARE_CORRECTION = new RegExp(
  String.raw`(?<![\w.])(?:(?:us\$|usd|\$)\s*)?(?:\d+(?:\.\d+)?|${SPOKEN_HUNDREDS}|${WORD_NUMBER})\s*(?:${MILLION_SCALE})(?![a-z\d])` +
    String.raw`[\s,;:.!-]*(?:(?:no|oh|um+|uh+)[\s,;:.!-]+)*(?:sorry|wait|nope|i\s+mean|or\s+rather)[\s,;:.!-]+(?:(?:um+|uh+)[\s,]+)?` +
    // The replacement, never followed by a scale or another figure's unit: "$90M, sorry, $85M" is read elsewhere, and
    // "Nope, 20-year leases" is a term.
    String.raw`(?<bare>\d{2,4}(?:\.\d+)?|${SPOKEN_HUNDREDS}|${WORD_NUMBER})(?!\d|\.\d|-[a-z]|\s*(?:%|x\b|times|percent|per\s+cent|years?|yrs?|bps|million|mm\b|mn\b|m\b|bn\b|billion|thousand|k\b))`,
  'g',
);

/** An amount of money: a mark or a numeral or words, then a scale. */
const MONEY = String.raw`(?:(?:us\$|usd|\$)\s*)?(?:\d+(?:\.\d+)?|${SPOKEN_HUNDREDS}|${WORD_NUMBER})\s*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z\d])`;

/**
 * An amount replaced by the one someone came back with: "we were told to raise $200M but finance just came back and
 * said $240M", "the boss said a hundred and twenty-five million but then came back and said a hundred and ten". The
 * replacement in group `later`; when it is said without a mark or scale (`bare`), it is in millions.
 */
export const CAME_BACK_WITH = new RegExp(
  String.raw`(?<![\w.])${MONEY}[^.!?\n]{0,60}?\bcame\s+back\s+(?:and\s+(?:said|asked\s+for)|with|to\s+say|saying)\s+` +
    String.raw`(?<later>${MONEY}|(?<bare>\d{2,4}(?:\.\d+)?|${SPOKEN_HUNDREDS}|${WORD_NUMBER})(?!\d|\.\d|\s*(?:%|x\b|times|percent|per\s+cent|years?|yrs?|bps|thousand|k\b)))`,
  'g',
);

/**
 * An amount revised to a figure said without its scale: "the target was seventy million, they bumped it to
 * seventy-nine", "$90M, then cut it to 80". The replacement, in millions, in group `bare`.
 */
export const REVISED_TO_BARE = new RegExp(
  String.raw`(?<![\w.])${MONEY}[^.!?\n]{0,40}?\b(?:bumped|raised|increased|upped|pushed|cut|lowered|reduced|trimmed|brought|moved|revised|took)\s+(?:it|that|the\s+(?:target|ask|number|amount))\s+(?:up\s+|down\s+|back\s+)?to\s+` +
    String.raw`(?<bare>\d{2,4}(?:\.\d+)?|${SPOKEN_HUNDREDS}|${WORD_NUMBER})(?!\d|\.\d|\s*(?:%|x\b|times|percent|per\s+cent|years?|yrs?|bps|million|mm\b|mn\b|m\b|bn\b|billion|thousand|k\b))`,
  'g',
);

/**
 * The amounts `SPOKEN_BARE_CORRECTION`, `CAME_BACK_WITH` and `REVISED_TO_BARE` take back, with the words that take them back: read as
 * nothing, so that the replacement after them is the only figure left.
 */
export function spokenBareCorrectionSpans(lower: string): { start: number; end: number }[] {
  const spans = matchesIn(SPOKEN_BARE_CORRECTION, lower).map((match) => ({
    start: match.index,
    end: match.index + match[0].length - (match.groups?.['bare'] ?? '').length,
  }));
  // And the amounts `CAME_BACK_WITH` replaces, up to the replacement.
  for (const match of matchesIn(CAME_BACK_WITH, lower))
    spans.push({ start: match.index, end: match.index + match[0].length - (match.groups?.['later'] ?? '').length });
  for (const match of matchesIn(REVISED_TO_BARE, lower))
    spans.push({ start: match.index, end: match.index + match[0].length - (match.groups?.['bare'] ?? '').length });
  return spans;
}

/** Where each bare replacement figure of `SPOKEN_BARE_CORRECTION`, `CAME_BACK_WITH` and `REVISED_TO_BARE` starts: a figure read in millions. */
export function spokenBareReplacementStarts(lower: string): number[] {
  const starts = matchesIn(SPOKEN_BARE_CORRECTION, lower).map(
    (match) => match.index + match[0].length - (match.groups?.['bare'] ?? '').length,
  );
  // A bare figure someone came back with is in millions too.
  for (const match of matchesIn(CAME_BACK_WITH, lower))
    if (match.groups?.['bare'] !== undefined) starts.push(match.index + match[0].length - match.groups['bare'].length);
  for (const match of matchesIn(REVISED_TO_BARE, lower)) starts.push(match.index + match[0].length - (match.groups?.['bare'] ?? '').length);
  return starts;
}
