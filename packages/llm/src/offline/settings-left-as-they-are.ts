/**
 * A lease setting (term, escalator, reporting basis, tax rate) thought about and then left as it is: "we thought about
 * pushing 20-year terms but haven't landed on that", "we discussed 25-year leases; the treasurer prefers to stay at the
 * default", "we debated running this on IFRS 16 and decided not to change anything", "tax rate maybe 22%? not confirmed
 * so don't put it in yet". The figure was only weighed, so none of it is read. Read by `readEconomics`.
 */

/** Words that weigh a setting without choosing it: "thought about", "discussed", "debated", "did consider", "maybe". */
const WEIGHED =
  /\b(?:thought\s+about|discussed|debated|(?:did\s+)?consider(?:ed)?|floated|mooted|talked\s+about|toyed\s+with|maybe|perhaps)\b/g;

/**
 * Words that leave the setting as it was: not decided ("haven't landed on that", "have not decided", "not confirmed"),
 * the default kept ("prefers to stay at the default", "decided not to change anything", "leave terms as they are"), or
 * the figure kept out ("don't put it in yet", "nothing on that for now").
 */
const LEFT_AS_IS =
  /\b(?:(?:haven'?t|have\s+not|hasn'?t|has\s+not|not\s+yet|never)\s+(?:landed|decided|settled|agreed|confirmed|signed\s+off)|not\s+(?:confirmed|decided|settled|agreed)|(?:stay|stick|remain|keep|staying|sticking)\s+(?:at|with|on)\s+(?:the\s+)?(?:default|defaults|standard|status\s+quo)|decided\s+not\s+to\s+(?:change|switch|move|adopt)|leave\s+(?:the\s+)?(?:terms?|leases?|it|them|that|this|basis|rate|escalators?)\s+as\s+(?:they|it)\s+(?:are|is|stands?)|(?:don'?t|do\s+not)\s+(?:put|include|use)\s+(?:it|that|this)\s+(?:in\s+)?yet|nothing\s+on\s+that)\b/;

/** Every form of `LEFT_AS_IS` has one of these words: a brief with none has no setting left as it is. */
const LEFT_AS_IS_WORD = /not|n't|never|default|standard|status quo|as (?:they|it) (?:are|is|stand)|nothing on/;

/** Where a sentence ends: a stop, "!", "?" or a new line, never a decimal point ("2.5%"). */
const SENTENCE_END = /[.!?\n](?!\d)/g;

/** The end of the sentence running from `from`: its closing mark, or the text's end. */
function sentenceEnd(lower: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const end = SENTENCE_END.exec(lower);
  return end === null ? lower.length : end.index;
}

/**
 * The spans of a brief (from its sentence's start to the words that leave it) where a setting is weighed and left as
 * it is. The leaving words must be in the weighing's own sentence (semicolons do not end it), or in the next one when
 * the weighing ends on a question ("tax rate maybe 22%? not confirmed").
 */
export function settingsLeftAsTheyAre(lower: string): { start: number; end: number }[] {
  if (!LEFT_AS_IS_WORD.test(lower)) return [];
  const spans: { start: number; end: number }[] = [];
  WEIGHED.lastIndex = 0;
  for (let weighed = WEIGHED.exec(lower); weighed !== null; weighed = WEIGHED.exec(lower)) {
    let end = sentenceEnd(lower, weighed.index);
    if (lower[end] === '?') end = sentenceEnd(lower, end + 1);
    const left = LEFT_AS_IS.exec(lower.slice(weighed.index, end));
    if (left === null) continue;
    const before = lower.slice(0, weighed.index);
    const start = Math.max(before.search(/[^.!?\n]*$/), 0);
    spans.push({ start, end: weighed.index + left.index + left[0].length });
  }
  return spans;
}
