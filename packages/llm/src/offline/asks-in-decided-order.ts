import { isLabelledAsk, isOnlyMentioned } from './mentioned-figures.js';
import { HYPOTHETICAL } from './amount-context-wording.js';
import { isDeclaredAsk } from './declared-ask-wording.js';
import type { BriefText } from './brief-text.js';
import { isCorrectedOnLaterLine, isRefusedOnLaterLine } from './corrected-target-lines.js';
import { isRankedFirstAmongFigures, isRankedLastAmongFigures, settledFirst } from './ask-ranked-among-figures.js';
import { isPresentAsk } from './present-ask-wording.js';

/** An amount read, as the ordering needs it: its value and where it was written. */
export interface PlacedAmount {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/**
 * The targets with those written in a hypothetical clause after every other: "the banker thinks we could do $175M
 * if we put the Chandler data center in ... decided to target $150M instead" asks for $150M. When every target is
 * hypothetical, the order is kept. Targets declared the ask (`isDeclaredAsk`) go first of all.
 */
export function decidedFirst<Amount extends PlacedAmount>(text: BriefText, found: Amount[]): Amount[] {
  if (found.length < 2) return found;
  // An amount declared or labelled the ask goes first; one only mentioned (a peer's, another case's, a bond) last.
  const declared = found.filter(
    (amount) =>
      isDeclaredAsk(text.lower, amount.start, amount.end) ||
      isLabelledAsk(text.lower, amount.start) ||
      isPresentAsk(asWritten(text), amount.start, amount.end) ||
      isRankedFirstAmongFigures(text.lower, amount.start),
  );
  const rest = found.filter((amount) => !declared.includes(amount));
  const mentioned = rest.filter(
    (amount) => isOnlyMentioned(text.lower, amount.start, amount.end) || isRankedLastAmongFigures(text.lower, amount.start, amount.end),
  );
  // "CFO (later): make it $135M": a later line that corrects the ask outranks every ask before it, the latest first.
  const first = found.reduce((earliest, amount) => (amount.start < earliest.start ? amount : earliest));
  // "↳ not $80M - make it $86M": the figure refused is read as nothing already, so the line is read as written.
  const written = text.source.toLowerCase();
  const refused = (amount: Amount) => written.length === text.lower.length && isRefusedOnLaterLine(written, amount.start);
  const corrected = found
    .filter(
      (amount) => amount !== first && (isCorrectedOnLaterLine(text.lower, amount.start, amount.value, first.value) || refused(amount)),
    )
    .sort((left, right) => right.start - left.start);
  const targets = [...settledFirst(text.lower, declared), ...rest.filter((amount) => !mentioned.includes(amount)), ...mentioned];
  if (corrected.length > 0) return [...corrected, ...targets.filter((amount) => !corrected.includes(amount))];
  const hypothetical = (amount: Amount) => {
    const clause = text.clauseAround(amount.start);
    return HYPOTHETICAL.test(text.lower.slice(clause.start, clause.end));
  };
  const decided = targets.filter((amount) => !hypothetical(amount));
  if (decided.length === 0 || decided.length === targets.length) return targets;
  return [...decided, ...targets.filter((amount) => hypothetical(amount))];
}

/** The brief's words as written, lower-cased, where they line up with the reading copy; the reading copy otherwise. */
export function asWritten(text: BriefText): string {
  const written = text.source.toLowerCase();
  return written.length === text.lower.length ? written : text.lower;
}
