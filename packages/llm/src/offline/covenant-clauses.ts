/**
 * Covenants as a credit agreement or a policy writes them, where many words part the ratio's name from its level:
 * "shall not permit the Consolidated Net Leverage Ratio as of the last day of any Test Period to exceed 4.00 to
 * 1.00", "No real estate transaction shall result in a Lease-Adjusted Leverage Ratio above 5.5x", "the revolver
 * defines net leverage with a 4.25x ceiling", "the maximum lease-adjusted leverage the agencies will tolerate is about
 * 5.5x", "Fixed Charge Coverage (Section 7.11(b)): not less than 1.50:1.00", "3.8x net leverage last quarter; the new
 * covenant is 3.5x". Each is read as the covenant, so that a
 * level planned inside it after it ("we plan to 3.60x") is read too.
 */
import type { BriefText } from './brief-text.js';
import { readChargesCoveredTimesOver, readChargesCoveredTwiceOver } from './charges-covered-by-earnings.js';
import { readEarningsTwiceTheCharges } from './covenant-ratios-in-everyday-words.js';
import { readEarningsPayingFixedCharges } from './earnings-paying-fixed-charges.js';
import { readChargesPaidOutOfEarnings } from './charges-paid-out-of-earnings.js';
import type { FoundBound } from './read-bounds.js';
import { matchesIn } from './required-text.js';

/** The covenants read here. */
export type ClauseMetric = 'net' | 'lease_adjusted' | 'coverage';

/** A ratio's level: "4.00 to 1.00", "1.50:1.00", "5.5x". */
const LEVEL = String.raw`(?<value>\d+(?:\.\d+)?)[^\S\n]*(?:x|\u00d7|(?::|\s+to\s+)1(?:\.0+)?)(?!\d|\.\d|[a-z])`;
/** The ratios' names as agreements write them, each in its own group. */
const NAME = String.raw`(?:(?<lease>(?:total\s+|consolidated\s+)*(?:lease|rent)[-\s]adjusted\s+(?:net\s+)?leverage(?:\s+ratio)?)|(?<net>(?:total\s+|consolidated\s+)*net\s+leverage(?:\s+ratio)?)|(?<coverage>(?:consolidated\s+)?fixed[-\s]charge\s+coverage(?:\s+ratio)?))`;
/** What a covenant's sentence may hold between the name and its level: no sentence end, no other figure. */
const GAP = String.raw`[^.;!?\n\d]{0,80}?`;

const CLAUSES: readonly RegExp[] = [
  // "shall not permit the Consolidated Net Leverage Ratio ... to exceed 4.00 to 1.00" (or "to be less than" for coverage).
  String.raw`\b(?:shall|must|will|may)\s+not\s+(?:permit|allow|suffer|cause)\s+(?:the\s+)?${NAME}${GAP}\bto\s+(?:exceed|be\s+(?:greater|more|higher|less|lower)\s+than|fall\s+below)\s+${LEVEL}`,
  // "No transaction shall result in a Lease-Adjusted Leverage Ratio above 5.5x".
  String.raw`\bno\s+[a-z][^.;!?\n\d]{0,60}?\b(?:shall|may|will|can|must)\s+(?:result\s+in|cause|lead\s+to)\s+(?:an?\s+|the\s+)?${NAME}\s+(?:above|over|exceeding|in\s+excess\s+of|greater\s+than|below|under|less\s+than)\s+${LEVEL}`,
  // "defines net leverage with a 4.25x ceiling".
  String.raw`\b${NAME}\s+with\s+an?\s+${LEVEL}\s+(?:ceiling|cap|maximum|limit|floor|minimum)\b`,
  // "The maximum lease-adjusted leverage the rating agencies will tolerate ... is about 5.5x".
  String.raw`\b(?:maximum|max|highest)\s+${NAME}${GAP}\bis\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?${LEVEL}`,
  // "Fixed Charge Coverage (Section 7.11(b)): not less than 1.50:1.00": a section cited with its clause letter.
  String.raw`\b${NAME}\s*\(\s*(?:section|clause|paragraph|\u00a7)\s*[\d.]+\([a-z]\)\s*\)\s*:\s*(?:not\s+(?:less|lower|more|greater|higher)\s+than|at\s+(?:least|most)|min(?:imum)?|max(?:imum)?)\s+${LEVEL}`,
  // "We were at 3.8x net leverage last quarter; the new covenant is 3.5x": a level the ratio stood at, then the new
  // covenant's level, which is the ratio's limit (a ceiling only: coverage needs a floor's words).
  String.raw`\b\d+(?:\.\d+)?[^\S\n]*(?:x|\u00d7)\s+${NAME}${GAP}[;,]\s*(?:but\s+|and\s+|so\s+)?the\s+new\s+(?:covenant|limit|cap|ceiling)\s+is\s+(?:now\s+)?${LEVEL}`,
].map((source) => new RegExp(source, 'g'));
/** The cheap test: every clause holds one of these words. */
const CLAUSE_WORD =
  /\b(?:permit|allow|suffer|cause|result\s+in|lead\s+to|with\s+an?\s|maximum|max|highest|new\s+(?:covenant|limit|cap|ceiling))|\(\s*(?:section|clause|paragraph|\u00a7)/;

/**
 * The covenants written as an agreement's clauses, each with its metric. Reads only words still free and claims
 * them; a coverage clause is kept only as a floor and a leverage clause only as a ceiling. A coverage floor of "twice
 * over" (`charges-covered-by-earnings.ts`) comes first, for it has no figure for the bound reader.
 */
export function readCovenantClauses(text: BriefText): { metric: ClauseMetric; bound: FoundBound }[] {
  const lower = text.lower;
  // "Earnings before rent need to cover interest plus rent at least twice over": a coverage floor with no figure, which
  // the bound reader cannot read, read here with the other covenants it leaves.
  // "Earnings have to cover rent and interest by 1.9x": a figure the bound reader leaves after the charges' names.
  const found: { metric: ClauseMetric; bound: FoundBound }[] = [
    ...readChargesCoveredTwiceOver(text),
    ...readChargesCoveredTimesOver(text),
    // "Earnings must still pay for interest and rent 1.9 times over": the forms with "still", "pay for" or "bills".
    ...readEarningsPayingFixedCharges(text),
    // "able to pay interest and rent out of earnings at least 1.7 times", "if earnings could pay our interest and rent at least twice over".
    ...readChargesPaidOutOfEarnings(text),
    // "Earnings must still be at least twice our interest and rent" (`covenant-ratios-in-everyday-words.ts`).
    ...readEarningsTwiceTheCharges(text),
  ].map((bound) => ({ metric: 'coverage', bound }));
  if (!/leverage|coverage/.test(lower) || !CLAUSE_WORD.test(lower)) return found;
  for (const match of CLAUSES.flatMap((pattern) => matchesIn(pattern, lower))) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const groups = match.groups ?? {};
    const metric: ClauseMetric = groups['lease'] !== undefined ? 'lease_adjusted' : groups['net'] !== undefined ? 'net' : 'coverage';
    const floor = /\b(?:less|lower|below|under|at\s+least|min(?:imum)?|floor)\b/.test(match[0].slice(match[0].search(NAME_END)));
    if ((metric === 'coverage') !== floor) continue;
    const value = Number(groups['value']);
    if (!(value > 0)) continue;
    found.push({ metric, bound: { value, start: match.index, end } });
    text.claim(match.index, end);
  }
  return found;
}

/** Where the words after a ratio's name begin: its comparison is read there, never in the name. */
const NAME_END = /(?:leverage|coverage)(?:\s+ratio)?/;
