import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * Amounts put forward by several people and then one agreed: "Management proposed $200M, I argued $170M, and the board
 * agreed on $170M", "Dan wants $140M; Keisha suggested $125M; agreed $130M", "The Chair asked about a $300M program;
 * ... Agreed: model $190M". The figures put forward before the agreement, on its line, are read as nothing, as the
 * figures weighed before a choice are (`chosen-figures.ts`), so the agreed one is the ask. Read by `BriefText`.
 */

/** A money figure: "$140m", "US$ 1.2bn", "90 million". */
const MONEY = new RegExp(String.raw`(?:us\$|\$|usd[^\S\n]*)?\d[\d.,]*[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z])`, 'g');

/**
 * The words that agree a money figure: "agreed on", "the board agreed", "approved", "settled on", "Agreed: model",
 * looked ahead at a figure that is not a floor's ("agreed on a $30M floor" agrees the floor, not the ask).
 */
const AGREED = new RegExp(
  String.raw`\b(?:agreed|approved|settled|decided)(?:[^\S\n]+(?:on|upon|to|at))?[^\S\n]*:?[^\S\n]*(?:(?:model|run|go\s+with|use|target)[^\S\n]+)?(?=(?:us\$|\$|usd[^\S\n]*)?\d[\d.,]*[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z])(?![^\S\n]+(?:floor|minimum|min)\b))`,
  'g',
);

/** Words that put a figure forward before the agreement: "proposed", "suggested", "argued", "asked about", "wants". */
const PUT_FORWARD =
  /\b(?:propos(?:ed|es|e)|suggest(?:ed|s)?|argu(?:ed|es)|floated|asked\s+(?:about|for)|pushed\s+for|wants?|wanted|pitched|recommended)\b/;

/** Every form of `AGREED` has one of these words: a brief with none has no figure agreed. */
const AGREED_WORD = /agreed|approved|settled|decided/;

/**
 * The spans from the first figure put forward to the words that agree another, on the agreement's line: what is read
 * as nothing.
 */
export function agreedFigureSpans(lower: string): { start: number; end: number }[] {
  if (!AGREED_WORD.test(lower)) return [];
  const spans: { start: number; end: number }[] = [];
  AGREED.lastIndex = 0;
  for (let agreed = AGREED.exec(lower); agreed !== null; agreed = AGREED.exec(lower)) {
    const lineStart = lower.lastIndexOf('\n', agreed.index) + 1;
    const line = lower.slice(lineStart, agreed.index);
    if (!PUT_FORWARD.test(line)) continue;
    MONEY.lastIndex = 0;
    const first = MONEY.exec(line);
    if (first === null) continue;
    spans.push({ start: lineStart + first.index, end: agreed.index + agreed[0].length });
  }
  return spans;
}
