import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/*
 * "The Ontario DC carries a $45m mortgage", "there's a $22m mortgage on the Port Houston DC": a fact about what an
 * asset or a place owes, which asks neither for it nor for its type. What is then done with it is said in words of
 * its own ("sell it if you need to"), read by the other readers.
 */

/** A mortgage, a lien or a loan, with the amount it is for: "a $45m mortgage", "mortgages". */
const DEBT = String.raw`(?:an?\s+)?(?:(?:us)?\$?\s*\d[\d,.]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE}|k)?\s+)?(?:mort?gages?|liens?|(?:secured\s+)?loans?)`;
/** "mortgages on", "a $22m lien against": the debt, then what it is secured on. */
const DEBT_ON = new RegExp(String.raw`\b${DEBT}\s+(?:on|against)\s+(?!(?:it|them|this|that|those|these)\b)`, 'g');
/** "carries a $45m mortgage", "has a lien", "is subject to a mortgage": what a subject owes. */
const OWES_DEBT = new RegExp(String.raw`\b(?:carr(?:y|ies)|ha(?:s|ve)|(?:is|are)\s+subject\s+to)\s+${DEBT}\b`, 'g');
/** A subject that only names what owes: a few words with no verb of selling or keeping among them. */
const BARE_SUBJECT = /^\s*(?:(?:the|our|its|their)\s+)?(?:[a-z][a-z&'-]*\s+){1,4}$/;
const NOT_A_SUBJECT =
  /\b(?:exclude|excluding|sell|selling|keep|only|no|not|drop|skip|but|and|or|except|avoid|include|anything|everything|any|which|that|if|unless)\b/;

/**
 * "Mortgaged sites: out (Port Houston, Ontario, Cicero)", "exclude the encumbered assets (Ontario and Kearny)": a bracket
 * after the encumbered class, within its clause, that lists its members. The class is the rule; the names only show
 * which buildings it holds. A bracket that carves something out of it ("(except Ontario)") is left to the readers.
 */
const CLASS_LISTED =
  /\b(?:mortgaged|encumbered|pledged|mortgage[-\s]backed|liened)\s+(?:sites?|assets?|properties|buildings?|facilities|ones)\b[^.;!?\n()]{0,24}\((?![^()]*\b(?:except|but|other\s+than|not|only|sell|keep|include|including|save)\b)[^()\n]*\)/g;

/** The start of the clause holding `index`: its sentence's start, or the last semicolon or colon in it before `index`. */
function clauseStartBefore(text: BriefText, index: number): number {
  const start = sentenceStartBefore(text, index);
  const stop = Math.max(text.lower.lastIndexOf(';', index - 1), text.lower.lastIndexOf(':', index - 1));
  return stop >= start ? stop + 1 : start;
}

/** Claims the assets and places named as owing a mortgage (or a lien, or a loan), so that no filter is read from them. */
export function claimMortgageFacts(text: BriefText): void {
  if (!/mort?gage|lien|loan|encumber|pledged/.test(text.lower)) return;
  for (const match of text.freeMatches(DEBT_ON)) {
    // What the debt is on runs to the end of its clause, a bracket of names included ("sites (Houston, Cicero)").
    const rest = /^(?:[^,;.!?\n(]|\([^()]*\))*/.exec(text.lower.slice(match.index + match[0].length))?.[0] ?? '';
    text.claim(match.index, match.index + match[0].length + rest.length);
  }
  for (const match of text.freeMatches(CLASS_LISTED)) {
    const bracket = match.index + match[0].lastIndexOf('(');
    if (text.isFree(bracket, match.index + match[0].length)) text.claim(bracket, match.index + match[0].length);
  }
  for (const match of text.freeMatches(OWES_DEBT)) {
    // "Fontana is the cleanest; Ontario carries a mortgage": the subject opens the clause, after a semicolon.
    const start = clauseStartBefore(text, match.index);
    const subject = text.lower.slice(start, match.index);
    if (!BARE_SUBJECT.test(subject) || NOT_A_SUBJECT.test(subject)) continue;
    text.claim(start, match.index + match[0].length);
  }
}
