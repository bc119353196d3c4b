import type { BriefText } from './brief-text.js';

/**
 * A cap on the rent a sale adds, said with a verb the rent-cap wording does not know: the added rent kept inside an
 * amount ("the added annual rent has to stay inside $3.8M", "whatever new rent we take on has to fit inside $7.5M a
 * year"), the cap as a verb on the added rent ("cap incremental NNN rent at $4.8M"), and the added rent after another
 * cap in a shorthand list ("lease-adj lev capped at 5.2x, rent add at $12.5M").
 */

/** The rent a sale adds: "the added annual rent", "new rent", "incremental NNN rent", "extra triple-net rent". */
const ADDED_RENT = String.raw`(?:added|new|incremental|additional|extra)\s+(?:annual\s+|yearly\s+)?(?:(?:nnn|triple[-\s]net|net)\s+)?rents?`;
/**
 * An amount in dollars with the year it is for, which the cap takes too: "$3.8M", "$7.5 million a year", "$950k
 * annually", "$4M/yr".
 */
const AMOUNT = String.raw`\$\s*(?<figure>\d+(?:\.\d+)?)[^\S\n]*(?<scale>m|mm|mn|million|k)?\b(?:[^\S\n]*(?:(?:a|per|each|every)\s+year\b|annually\b|yearly\b|\/\s*(?:yr|year)\b|p\.?a\.?(?![a-z])))?`;

/** The three sayings of the cap, each ending on its amount. */
const PATTERNS = [
  String.raw`\b${ADDED_RENT}\b[^.;!?\n$\d]{0,40}?\b(?:stay|stays|fit|fits|be|remain|remains|kept|keep)\s+(?:with)?in(?:side)?\s+${AMOUNT}`,
  String.raw`\bcap\s+(?:the\s+|our\s+)?${ADDED_RENT}\s+at\s+${AMOUNT}`,
  String.raw`(?<=\bcapped\s+at\s(?:[^.;!?\n]|\.(?=\d)){0,60}?,\s*)rents?\s+add(?:ed)?\s+at\s+${AMOUNT}`,
].map((source) => new RegExp(source, 'g'));

/** Reads the caps on added rent said as kept inside an amount or capped by a verb, in text order, claiming them. */
export function readRentKeptInsideCaps(text: BriefText): number[] {
  const found: number[] = [];
  if (!text.lower.includes('rent')) return found;
  for (const pattern of PATTERNS) {
    for (const match of text.freeMatches(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!text.isFree(start, end)) continue;
      const figure = Number(match.groups?.['figure']);
      const scale = match.groups?.['scale'];
      const value = scale === 'k' ? figure * 1e3 : scale === undefined ? figure : figure * 1e6;
      // A bare figure under a hundred thousand dollars is no year's rent: "$12" has lost its scale.
      if (!(value >= 100_000)) continue;
      found.push(value);
      text.claim(start, end);
    }
  }
  return found;
}
