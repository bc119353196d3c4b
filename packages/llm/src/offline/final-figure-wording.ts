/**
 * An amount named as the final one after others were given: "we discussed $180M vs $150M at length. Final: $150M",
 * "the number floated was $90M but the final from this morning is $105M", "the target was $120M, then someone else said $100M was the corrected figure", "the draft had $65M; the corrected
 * number is $72M", "the number for this run is $175M", "For this run use the base, $200M", "this run is the first
 * tranche, $220M", "final word from finance is $40M", "then Sam replied make it $160M", "CFO overruled: $120M is the
 * instruction for this run", "let's set the ask at $140M". The amounts given before it, in its sentence or the one
 * before, are read as nothing, so that the final one is the ask. Amounts named as another limit's (rent, a floor, a
 * cap, debt) are kept.
 */
import { matchesIn } from './required-text.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

type Span = { start: number; end: number };

/** A money amount, or a range of them: "$180M", "US$ 1.2bn", "90 million", "$125-150M". */
const MONEY = new RegExp(
  String.raw`(?<![\w.$])(?:us\$|\$|usd[^\S\n]*)?\d[\d.,]*(?:[^\S\n]*(?:-|to|\u2013)[^\S\n]*\$?\d[\d.,]*)?[^\S\n]*(?:${MILLION_SCALE}|${BILLION_SCALE})(?![a-z])`,
  'g',
);

/** The words that bring in the final amount, ending right before it. */
const FINAL_BEFORE = new RegExp(
  `(?:` +
    [
      // "Final: $150M", "final word from finance is $40M", "final number - $90M"; dated by when it came: "the final from
      // this morning is $105M", "the final as of today is $90M", "final number from yesterday's call: $80M".
      String.raw`\bfinal(?:[^\S\n]+(?:word|number|figure|answer|ask|target|call|amount))?(?:[^\S\n]+(?:from|as[^\S\n]+of)[^\S\n]+(?:(?:the|this|last|today'?s|yesterday'?s|monday'?s|friday'?s)[^\S\n]+)?[a-z&]+(?:[^\S\n]+(?:call|meeting))?)?[^\S\n]*(?::|=|[^\S\n]-|[^\S\n]is\b)`,
      // "the corrected number is $72M", "the corrected target: $72M"
      String.raw`\b(?:the[^\S\n]+)?(?:corrected|final|agreed|confirmed)[^\S\n]+(?:number|figure|target|ask|amount)[^\S\n]*(?:is|:|=|will\s+be)`,
      // "the number for this run is $175M", "the ask for this run is"
      String.raw`\b(?:the[^\S\n]+)?(?:number|figure|amount|target|ask)[^\S\n]+for[^\S\n]+this[^\S\n]+(?:run|round|pass)[^\S\n]+is`,
      // "For this run use the base, $200M"
      String.raw`\bfor[^\S\n]+this[^\S\n]+run,?[^\S\n]+use[^\S\n]+the[^\S\n]+[a-z]+(?:[^\S\n]+case)?[^\S\n]*[,:-]`,
      // "this run is the first tranche, $220M"
      String.raw`\bthis[^\S\n]+run[^\S\n]+is[^\S\n]+(?:the[^\S\n]+)?(?:first|second|third|next|initial)[^\S\n]+(?:tranche|phase|leg|slice)[^\S\n]*[,:-]`,
      // "then Sam replied make it $160M", "then the CFO said go with $120M"
      String.raw`\bthen[^\S\n]+(?:[a-z]+[^\S\n]+){1,3}?(?:replied|said|wrote|came\s+back)[^\S\n]*[,:-]?[^\S\n]*(?:make[^\S\n]+it|go[^\S\n]+with|use)`,
      // "CFO overruled: $120M"
      String.raw`\b(?:overruled|overrode)(?:[^\S\n]+(?:it|that|them|him|her))?[^\S\n]*[:,-]`,
      // "let's set the ask at $140M"
      String.raw`\blet'?s[^\S\n]+(?:set|fix|put)[^\S\n]+the[^\S\n]+(?:ask|target|number)[^\S\n]+at`,
    ].join('|') +
    String.raw`)[^\S\n]*$`,
);

/** The words after an amount that make it the final one: "$100M was the corrected figure", "$120M is the instruction". */
const FINAL_AFTER =
  /^[^\S\n]+(?:was|is)[^\S\n]+the[^\S\n]+(?:corrected|final|agreed|confirmed|right)[^\S\n]+(?:figure|number|target|ask|amount)\b|^[^\S\n]+is[^\S\n]+the[^\S\n]+instruction[^\S\n]+for[^\S\n]+this[^\S\n]+run\b/;

/** Words around an earlier amount that name it another limit's, which a final ask does not replace. */
const OTHER_LIMIT_BEFORE = /\b(?:rent|cap|capped|floor|minimum|min|least|mortgage|debt|ebitda|revolver|fee|fees|per\s+year)\b[^$\d]{0,25}$/;
const OTHER_LIMIT_AFTER =
  /^[^\S\n]*(?:(?:a|per)[^\S\n]+year[^\S\n]+)?(?:of[^\S\n]+)?(?:(?:new|added|annual|extra)[^\S\n]+)?(?:rent|floor|minimum|min\b|cap|a\s+year|per\s+year|annually)/;

/** Where the sentence holding `index` starts, after a stop, "!" or "?" and a space, or a line break. */
function sentenceStart(lower: string, index: number): number {
  for (let at = index - 1; at > 0; at -= 1) {
    if (lower[at] === '\n') return at + 1;
    if (/[.!?]/.test(lower[at] ?? '') && /\s/.test(lower[at + 1] ?? '')) return at + 1;
  }
  return 0;
}

/** The spans of the amounts a final amount replaces: those before it in its sentence and the one before. */
export function finalFigureSpans(lower: string): Span[] {
  if (!/final|corrected|agreed|confirmed|this run|then|overr|let'?s set|instruction/.test(lower)) return [];
  const spans: Span[] = [];
  const amounts = matchesIn(MONEY, lower);
  for (const amount of amounts) {
    const end = amount.index + amount[0].length;
    const isFinal = FINAL_BEFORE.test(lower.slice(Math.max(0, amount.index - 80), amount.index)) || FINAL_AFTER.test(lower.slice(end));
    if (!isFinal || OTHER_LIMIT_AFTER.test(lower.slice(end))) continue;
    const ownSentence = sentenceStart(lower, amount.index);
    const from = ownSentence > 0 && lower[ownSentence - 1] !== '\n' ? sentenceStart(lower, ownSentence - 1) : ownSentence;
    for (const earlier of amounts) {
      if (earlier.index < from || earlier.index >= amount.index) continue;
      const earlierEnd = earlier.index + earlier[0].length;
      if (OTHER_LIMIT_BEFORE.test(lower.slice(Math.max(0, earlier.index - 40), earlier.index))) continue;
      if (OTHER_LIMIT_AFTER.test(lower.slice(earlierEnd))) continue;
      spans.push({ start: earlier.index, end: earlierEnd });
    }
  }
  return spans;
}
