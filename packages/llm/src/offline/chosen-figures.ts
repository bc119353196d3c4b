import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';
/**
 * Amounts weighed and then one of them chosen: "We're thinking $120m, possibly $140m; let's go with $140m", "maybe $80m
 * or $90m, we'll settle on $90m". The figures weighed before the choice are read as nothing, as a corrected figure is
 * (`superseded-figures.ts`), so the chosen one is the ask. Read by `BriefText`.
 */

/** A money figure: "$140m", "US$ 1.2bn", "90 million". */
const MONEY = new RegExp(String.raw`(?:us\$|\$|usd[^\S\n]*)?\d[\d.,]*[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z])`, 'g');

/** The words that choose a money figure: "let's go with", "we'll settle on", "land on", "lock in". */
const CHOSEN = new RegExp(
  String.raw`\b(?:let'?s|let\s+us|we'?ll|we\s+will|i'?ll|we\s+should|we'?d)[^\S\n]+(?:go\s+with|settle\s+on|land\s+on|lock\s+in|pick|choose|opt\s+for)[^\S\n]+(?=(?:us\$|\$|usd[^\S\n]*)?\d[\d.,]*[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z]))`,
  'g',
);

/** Words that present figures as options still weighed: "thinking", "possibly", "maybe", "or", "either". */
const WEIGHING = /\b(?:thinking|possibly|maybe|perhaps|or|either|considering|could\s+be|might\s+be)\b/;

/** Where a sentence ends: a stop, "!", "?" or a new line, never a decimal point. */
const SENTENCE_END = /[.!?\n](?!\d)[^.!?\n]*$/;

/** Every form of `CHOSEN` has one of these words: a brief with none has no figure chosen. */
const CHOSEN_WORD = /go with|settle on|land on|lock in|pick|choose|opt for/;

/**
 * The spans from the first figure weighed to the words that choose another, in the choice's sentence (semicolons and
 * commas do not end it): what is read as nothing.
 */
export function weighedFigureSpans(lower: string): { start: number; end: number }[] {
  if (!CHOSEN_WORD.test(lower)) return [];
  const spans: { start: number; end: number }[] = [];
  CHOSEN.lastIndex = 0;
  for (let chosen = CHOSEN.exec(lower); chosen !== null; chosen = CHOSEN.exec(lower)) {
    const before = lower.slice(0, chosen.index);
    const end = SENTENCE_END.exec(before);
    const sentenceStart = end === null ? 0 : end.index + 1;
    const sentence = before.slice(sentenceStart);
    if (!WEIGHING.test(sentence)) continue;
    MONEY.lastIndex = 0;
    const first = MONEY.exec(sentence);
    if (first === null) continue;
    spans.push({ start: sentenceStart + first.index, end: chosen.index + chosen[0].length });
  }
  return spans;
}
