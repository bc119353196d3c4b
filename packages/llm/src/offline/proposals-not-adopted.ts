import type { BriefText } from './brief-text.js';

/**
 * A level put forward and then turned down, as minutes record it: "Discussed but not adopted: tightening FCCR to 2.0x.",
 * "Not approved: the proposed 1.3x FCCR floor (to be revisited).", "Rejected - a 3.0x leverage cap.". The label rules out
 * what follows it, to the end of its sentence or line, so no level there is a limit to run with. Only a label that
 * says the item was not adopted does so: "Approved:" and "Agreed:" carry the limits themselves.
 */
const NOT_ADOPTED_LABEL =
  /(?<![a-z])(?:(?:discussed|proposed|raised|considered)\s+(?:but|and)\s+)?(?:not\s+(?:adopted|approved|agreed|accepted|carried|endorsed)|rejected|declined|voted\s+down|tabled|deferred)\s*(?:[:\u2013\u2014]|-{1,2}\s)[^;!?\n]*?(?=\.(?!\d)|[;!?\n]|$)/g;

/** Where a brief's not-adopted items stand, each from its label to the end of its sentence or line. */
export function notAdoptedSpans(text: BriefText): { start: number; end: number }[] {
  if (
    !/\bnot\s+(?:adopted|approved|agreed|accepted|carried|endorsed)|\brejected|\bdeclined|\bvoted\s+down|\btabled|\bdeferred/.test(
      text.lower,
    )
  )
    return [];
  return [...text.lower.matchAll(NOT_ADOPTED_LABEL)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
