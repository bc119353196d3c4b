import type { BriefText } from './brief-text.js';

/*
 * A ruling on mortgaged buildings lifted later in the brief: "Last week's draft excluded anything mortgaged; drop that
 * exclusion, mortgaged buildings are fine now", "Exclude anything mortgaged ... actually, encumbered sites are OK", or
 * reported let go: "the requirement to exclude mortgaged assets was dropped".
 * The class said to be fine is back in the sale, whatever ruled it out before. Why a reader of its own: the readers
 * that rule the class out each read their own sentence, and none of them sees the later one that lifts it.
 */

/**
 * The class said to be fine: "mortgaged buildings are fine now", "encumbered sites are OK", "the mortgaged ones are
 * allowed again", "mortgaged assets are back in". Not "non-mortgaged buildings are fine", "fine to exclude", "fine to leave out" or "fine as long as
 * they are left out", and not "are fine?" (a question).
 */
const CLASS_SAID_FINE =
  /(?<!\bnon[-\s]?|\bnot\s+|\bun-|\bno\s+)\b(?:the\s+|any\s+)?(?:mort?gaged|encumbered)\s+(?:buildings?|assets?|sites?|properties|property|ones)\s+(?:are|is)\s+(?:now\s+|actually\s+|all\s+)?(?:fine|ok(?:ay)?|allowed|acceptable|back\s+in(?:\s+(?:scope|play))?|in\s+scope|eligible)(?:\s+(?:now|again|after\s+all))?(?![^\S\n]*(?:to\s|if\s|as\s+long|provided|\?))/gi;

/** "drop that exclusion", "lift the mortgage exclusion", "remove the exclusion on mortgaged buildings". */
const EXCLUSION_DROPPED =
  /\b(?:drop|lift|remove|scrap|cancel|ditch)\s+(?:that|the|this)\s+(?:(?:mortgage|mortgaged|encumbrance)\s+)?exclusion(?:\s+(?:on|of|for)\s+(?:mort?gaged|encumbered)\s+(?:buildings?|assets?|sites?|properties|ones))?/gi;

/**
 * A minute's report that the rule itself was let go: "the requirement to exclude mortgaged assets was dropped", "the
 * condition excluding encumbered sites has been waived". Not "was kept" or "was confirmed", and not "was dropped?".
 */
const RULE_REPORTED_DROPPED =
  /\b(?:requirement|condition|restriction|rule|instruction|exclusion)\s+(?:to\s+exclude|excluding|on|of|against)\s+(?:all\s+|any\s+)?(?:mort?gaged|encumbered)\s+(?:buildings?|assets?|sites?|properties|property|ones)\s+(?:was|has\s+been|had\s+been|is\s+now|were|have\s+been)\s+(?:dropped|removed|lifted|waived|withdrawn|scrapped|deleted|struck)\b(?![^\S\n]*\?)/gi;

/**
 * The exclusion refused outright: "We are NOT excluding mortgaged assets this time", "we won't be excluding encumbered
 * sites", "no need to exclude the mortgaged buildings", "mortgaged assets are not excluded". Not a question ("aren't we
 * excluding mortgaged assets?"), and not a class whose exclusion is only put off ("not excluding ... until").
 */
const CLASS_NOT_EXCLUDED =
  /\b(?:(?:we|i)(?:\s+(?:are|am|will|shall)|['\u2019](?:re|m|ll))\s+not(?:\s+be)?\s+excluding|(?:we|i)\s+(?:won['\u2019]?t|will\s+not|aren['\u2019]?t)(?:\s+be)?\s+excluding|(?:we|i)\s+(?:won['\u2019]?t|will\s+not|(?:do|did)\s*n['\u2019]?o?t|do\s+not|did\s+not)\s+exclude|no\s+(?:need|reason)\s+to\s+exclude|(?:we|i)\s+(?:are|am|['\u2019]re)\s+no\s+longer\s+excluding)\s+(?:the\s+|any\s+|our\s+)?(?:mort?gaged|encumbered|liened)\s+(?:buildings?|assets?|sites?|properties|property|ones)\b(?![^\S\n]*(?:\?|until|unless))|\b(?<!\bnon[-\s]?|\bun-)(?:mort?gaged|encumbered|liened)\s+(?:buildings?|assets?|sites?|properties|property|ones)\s+(?:are|is)\s+not\s+(?:being\s+)?excluded\b(?![^\S\n]*\?)/gi;

/**
 * True when the brief says mortgaged buildings are fine after all; claims the words that say so. A dropped exclusion
 * alone ("drop that exclusion") is claimed with the class said fine, but lifts nothing by itself: it may be any
 * exclusion.
 */
export function readMortgagedExclusionLifted(text: BriefText): boolean {
  // Only the last word on the class lifts it: "no mortgaged sites are in scope" rules out, and "mortgaged assets are
  // fine - wait, no, leave out anything mortgaged" takes the lifting back.
  const fine = [
    ...text.freeMatches(CLASS_SAID_FINE),
    ...text.freeMatches(RULE_REPORTED_DROPPED),
    ...text.freeMatches(CLASS_NOT_EXCLUDED),
  ].filter((match) => !/mort?gag|encumb|lien/.test(text.lower.slice(match.index + match[0].length)));
  if (fine.length === 0) return false;
  for (const match of [...fine, ...text.freeMatches(EXCLUSION_DROPPED)]) text.claim(match.index, match.index + match[0].length);
  return true;
}
