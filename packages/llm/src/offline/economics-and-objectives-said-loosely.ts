import { restaterInto, type TextEdit } from './restated-brief.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

// Lease economics and objectives said loosely, restated in the words their readers know: a term label with its years
// left bare at the end of a clause ("Escalator 2.5%, term 15."); the years wanted set against the rent rise ("we want 20
// years at 2.75%"); rent rising by a softened figure ("rent going up just 1% a year") or yearly rises held at one
// ("yearly rent increases on the new leases kept at 2%"); a past figure disowned after a dash inside a bracket ("(3%
// bumps - ignore.)"); money refused by its smallest coin ("not a cent more than $11M"); the cheapest capital over the
// long run; and the least proceeds over a figure named with them ("the minimum proceeds above $121M").

/** A term label opening its clause with its years bare at its end: "term 15.", "Term 20,"; "payback term 8" is no lease's. */
const BARE_TERM = /(?<=(?:^|[,;:.]\s*|\blease\s+))term\s+(?<years>\d{1,2})(?=\s*(?:[.,;)\n]|$))/gi;

/** "we want 20 years at 2.75%": years wanted before the rent rise they run at; "the leases 15 years at" already says so. */
const YEARS_AT_A_RISE = /(?<!\bleases?\s+)\b(?<years>\d{1,2})\s+years\s+(?=at\s+\d{1,2}(?:\.\d+)?\s*%)/gi;

/** "rent going up just 1% a year": a softening word between the rise and its figure. */
const SOFTENED_RISE =
  /(?<=\brent\s+(?:going|goes|go|rising|rises|rise|climbing|climbs|increasing|increases|growing|grows)\s+(?:up\s+)?)(?:just|only|merely)\s+(?=\d{1,2}(?:\.\d+)?\s*%)/gi;

/** "yearly rent increases on the new leases kept at 2%": the yearly rises held at a figure. */
const YEARLY_RISES_HELD_AT =
  /\b(?:yearly|annual)\s+rent\s+(?:increases|rises|bumps|uplifts|escalations?)(?:\s+on\s+(?:the\s+)?(?:new\s+)?(?:leases|leasebacks))?\s+(?:kept|held|set|fixed)\s+at\s+(?=\d{1,2}(?:\.\d+)?\s*%)/gi;

/** "3% bumps - ignore.": a dash and the word that disowns what stands before it, inside a bracket. */
const DISOWNED_AFTER_A_DASH = /(?<=\([^()\n]*)\s+[-\u2013\u2014]{1,2}\s*ignore(?:\s+(?:it|that|this|them))?(?=\s*[.)!\n]|$)/gi;

/** "not a cent more than $11M": no more than the figure; before words ("than the plan needs") it is left alone. */
const NOT_A_COIN_MORE = /\bnot\s+(?:a|one)\s+(?:single\s+)?(?:cent|penny|dime|dollar)\s+more\s+than(?=\s*\$?\d)/gi;

/** "the cheapest long-run capital", "cheapest long-term funding": the cost over the years, the lowest. */
const CHEAPEST_LONG_RUN = /\b(?:the\s+)?cheapest\s+long[-\s](?:run|term)\s+(?:capital|funding|financing|money|cost)\b/gi;

/** "the minimum proceeds above $121M": the least proceeds over a figure named with them, which is the ask. */
const LEAST_PROCEEDS_OVER_A_FIGURE = new RegExp(
  String.raw`\b(?:the\s+)?(?:minimum|lowest|least|smallest)\s+proceeds\s+(?:above|over|exceeding|past)\s+(?<figure>\$\s?\d[\d,.]*\s*(?:${MILLION_SCALE}|${BILLION_SCALE})?)(?![\w.])`,
  'gi',
);

/**
 * The edits restating economics and objectives said loosely into the words their readers know; none for a brief
 * without them. Edits never overlap: the first form to take a span keeps it.
 */
export function economicsAndObjectivesSaidLoosely(text: string): TextEdit[] {
  if (!/term|years|rent|ignore|cent|penny|dime|dollar|cheapest|proceeds/i.test(text)) return [];
  const edits: TextEdit[] = [];
  const restate = restaterInto(text, edits);
  // A lease runs 5 to 40 years: "term 2" is a contract's second term, not a lease.
  restate(BARE_TERM, (match) => {
    const years = Number(match.groups?.['years']);
    return years >= 5 && years <= 40 ? `${match[0]} years` : null;
  });
  restate(YEARS_AT_A_RISE, (match) => `${match.groups?.['years']}-year leases `);
  restate(SOFTENED_RISE, () => '');
  restate(YEARLY_RISES_HELD_AT, () => 'rent escalator ');
  restate(DISOWNED_AFTER_A_DASH, () => ', ignore that');
  restate(NOT_A_COIN_MORE, () => 'no more than');
  restate(CHEAPEST_LONG_RUN, () => 'the lowest NPV cost');
  restate(LEAST_PROCEEDS_OVER_A_FIGURE, (match) => `${match.groups?.['figure']}, the minimum proceeds above the target`);
  return edits;
}
