import type { BriefText } from './brief-text.js';
import { sentenceEndAfter, sentenceStartBefore } from './list-positions.js';
import type { PlaceLists } from './place-lists.js';

/** Words of tax, one of which a tax remark holds: "a state surcharge", "the Ohio CAT", "no income tax". */
const TAX_WORD = /\b(?:tax(?:es)?|surcharges?|cat)\b/;
/** A clause that describes the state before it by its tax: "Texas, which has no income tax". */
const TAX_ABOUT_STATE = /^,?\s+(?:which|where)\s+[^.;,]{0,40}\btax(?:es)?\b/;
/** Words that make a sentence an ask about where to sell, whatever else it says. */
const ASK_WORD =
  /\b(?:sell|selling|sold|from|only|limit(?:ed)?|focus|target|program(?:me)?|proceeds|exclud(?:e|ed|ing)|includ(?:e|ed|ing)|sale)\b/;

/**
 * "please model gains at 29% (we have a state surcharge in New Jersey this year)", "the Ohio CAT does not apply to
 * these gains", "most of the gains arise in Texas, which has no income tax": a state named in a remark on tax says
 * why a rate is what it is, and asks for no market. Only the bare mentions read last (`from` on in
 * `lists.included`) are dropped, and only in a sentence that says nothing of where to sell.
 */
export function dropTaxRemarkStates(text: BriefText, lists: PlaceLists, from: number): void {
  if (lists.included.length <= from || !TAX_WORD.test(text.lower)) return;
  const kept = lists.included.slice(0, from);
  for (const item of lists.included.slice(from)) {
    if (item.match?.item.kind !== 'state') {
      kept.push(item);
      continue;
    }
    // The tax word in the state's own clause ("the Ohio CAT does not apply"), or in a clause that describes the state
    // ("Texas, which has no income tax"); "$100M, Texas, tax rate 25%" lists the state and the rate apart.
    const clause = text.clauseAround(item.start);
    const remark =
      TAX_WORD.test(text.lower.slice(clause.start, clause.end)) || TAX_ABOUT_STATE.test(text.lower.slice(item.end, item.end + 60));
    const sentence = text.lower.slice(sentenceStartBefore(text, item.start), sentenceEndAfter(text, item.end));
    if (!remark || ASK_WORD.test(sentence)) kept.push(item);
  }
  lists.included.splice(0, lists.included.length, ...kept);
}
