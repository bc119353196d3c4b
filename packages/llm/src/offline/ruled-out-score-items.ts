/**
 * Criticality and leaseability levels given as one item of what a brief rules out, worded by what the sites are
 * rated rather than by the score's limit: "skip mortgaged buildings and anything more critical than 0.5", "don't sell
 * anything we rate more critical than 0.7", "exclude my lab, along with any site rated above 0.65 on criticality",
 * "leave out any site carrying a mortgage and any site with a leaseability score under 0.55", "anything rated below
 * 0.6 for ease of re-letting"; and a level named as the limit it is used as ("use leaseability 0.65 as the floor"),
 * or in brackets after what a new owner could easily let again ("sites an investor could re-let easily (0.75 or
 * better)"). Each pattern claims only its item, so that the list's other items are still read by their readers.
 */
import type { BriefText } from './brief-text.js';
import { CRITICALITY } from './criticality-above.js';
import { NOT_WILLING, REFUSED_TO_HAVE, SELL_VERB } from './exclusion-words.js';
import { SITE_NOUN } from './leaseability-wording.js';
import type { FoundBound } from './read-bounds.js';
import { readScoreLevels } from './score-level-matches.js';

/** A score's level: a fraction, or a percentage ("0.65", ".5", "60%"). */
const LEVEL = String.raw`(?<value>\d+(?:\.\d+)?|\.\d+)\s*(?<unit>%|percent\b)?`;

/**
 * A verb that rules out what follows, then (within the sentence) earlier items and a word that adds one more: "skip
 * mortgaged buildings and ", "exclude my lab from the sale, along with ". A look behind, so that only the item after
 * it is claimed.
 */
const AFTER_EARLIER_ITEMS = String.raw`(?<=\b(?:exclud(?:e|es|ing)|leav(?:e|es|ing)\s+out|skip(?:s|ping)?|drop(?:s|ping)?|avoid(?:s|ing)?|rul(?:e|es|ing)\s+out|keep(?:s|ing)?\s+out|omit(?:s|ting)?)\b(?:[^.;!?\n]|\.(?=\d)){0,80}?(?:\s|,)\s*(?:and|or|plus|along\s+with|as\s+well\s+as|together\s+with)\s+)`;
/** The verb itself right before the item: "exclude ", "leave out ". */
const RULED_OUT_VERB = String.raw`\b(?:exclud(?:e|ing)|leav(?:e|ing)\s+out|skip(?:ping)?|drop(?:ping)?|avoid(?:ing)?|rul(?:e|ing)\s+out)\s+`;
/** A refusal to sell or to have the item: "don't sell ", "we won't include ", "I don't want ". */
const REFUSED = String.raw`\b(?:(?:${NOT_WILLING})\s+(?:${SELL_VERB})|${REFUSED_TO_HAVE})\s+`;
/** What the item is: "anything", "any site", "anything else", "all buildings". */
const ITEM = String.raw`(?:any(?:thing)?|all)(?:\s+else)?(?:\s+(?:other\s+)?${SITE_NOUN})?(?:\s+else)?`;
/** Who rates the sites, when said: "we rate", "that ops would score", "the business considers". */
const RATER = String.raw`(?:(?:that\s+|which\s+)?(?:we|they|ops|operations|you|the\s+business|people)\s+(?:would\s+|might\s+)?(?:rate|score|consider|class|deem)\s+)`;

/** The item rated above a criticality level: "we rate more critical than 0.7", "rated above 0.65 on criticality". */
const CRITICAL_ITEM_FORMS = [
  String.raw`${ITEM}\s+(?:${RATER}|(?:rated|scored|scoring|ranked|that\s+is|that's)\s+)?more\s+(?:critical|essential|important)\s+than\s+${LEVEL}(?:\s+on\s+(?:the\s+)?${CRITICALITY}(?:\s+scale)?(?![a-z]))?`,
  String.raw`${ITEM}\s+(?:${RATER}|(?:rated|scored|scoring|ranked)\s+)(?:above|over|higher\s+than|more\s+than|beyond)\s+${LEVEL}\s+(?:on|for|in)\s+(?:the\s+)?${CRITICALITY}(?:\s+scale)?(?![a-z])`,
];

/**
 * The item under a leaseability level: "any site with a leaseability score under 0.55", "anything rated below 0.6 for
 * ease of re-letting", "anything under 0.7 on how re-lettable it is".
 */
const LOW_LEASEABILITY_ITEM_FORMS = [
  String.raw`${ITEM}\s+(?:with|having|whose)\s+(?:an?\s+|the\s+|its\s+)?(?:re-?)?lease['\u2019-]?ability(?:\s+(?:score|rating))?\s+(?:(?:is|of)\s+)?(?:under|below|less\s+than|lower\s+than|<)\s*${LEVEL}`,
  String.raw`${ITEM}\s+(?:${RATER}|(?:rated|scored|scoring|ranked)\s+)(?:under|below|less\s+than|lower\s+than)\s+${LEVEL}\s+(?:on|for|in)\s+(?:the\s+)?(?:(?:ease\s+of\s+)?(?:re[-\s]?letting|re[-\s]?leasing|re[-\s]?renting)|(?:re-?)?lease['\u2019-]?ability|lettability)(?:\s+(?:score|scale))?(?![a-z])`,
  // "anything under 0.7 on how re-lettable it is", "any site below 0.6 for how easily it could be let again": the score
  // named as how easily the site is let, its rater or verb optional since the lead already rules it out.
  String.raw`${ITEM}\s+(?:${RATER}|(?:rated|scored|scoring|ranked|that\s+(?:rates|scores))\s+)?(?:under|below|less\s+than|lower\s+than)\s+${LEVEL}\s+(?:on|for|in)\s+how\s+(?:(?:easily|easy|readily|quickly)\s+[^.;!?\n\d]{0,30}?(?:re[-\s]?)?(?:let|leased?|rented|taken\s+over)|(?:easily\s+|readily\s+)?(?:re[-\s]?)?(?:lettable|leas(?:e)?able|rentable))(?![a-z])`,
];

/** Each form after each lead: after earlier items of a list, or right after the verb or the refusal. */
const ledBy = (forms: readonly string[]): RegExp[] =>
  forms.flatMap((form) => [new RegExp(`${AFTER_EARLIER_ITEMS}${form}`, 'g'), new RegExp(`(?:${RULED_OUT_VERB}|${REFUSED})${form}`, 'g')]);

/** Criticality items ruled out. */
const CRITICAL_ITEMS = ledBy(CRITICAL_ITEM_FORMS);
/** Leaseability items ruled out. */
const LOW_LEASEABILITY_ITEMS = ledBy(LOW_LEASEABILITY_ITEM_FORMS);

/** The level from below, in brackets: "(0.75 or better)", "(at least 0.6)", "(0.7+)". */
const FLOOR_WORD = String.raw`(?:at\s+least|no\s+(?:less|lower)\s+than|min(?:imum)?|\u2265|>=?)`;
const OR_MORE = String.raw`(?:\+|or\s+(?:better|more|higher|above)|and\s+(?:up|above)|min(?:imum)?)`;
const BRACKETED_FLOOR = String.raw`\(\s*(?=${FLOOR_WORD}\s*[\d.]|[\d.]+\s*(?:%|percent)?\s*${OR_MORE})(?:${FLOOR_WORD}\s*)?${LEVEL}\s*${OR_MORE}?\s*\)`;

/**
 * Leaseability levels held from below by the words that carry them: "use leaseability 0.65 as the floor", "take a
 * leaseability of 0.6 as the minimum", and "only sites an investor could re-let easily (0.75 or better)": a level in
 * brackets after what a new owner could let again says how easily.
 */
const LEASEABILITY_FLOORS = [
  new RegExp(
    String.raw`\b(?:use|using|take|taking|set|setting|treat|treating|apply|applying)\s+(?:an?\s+|the\s+)?(?:re-?)?lease['\u2019-]?ability(?:\s+(?:score|rating|level))?\s+(?:of\s+)?${LEVEL}\s+as\s+(?:the|our|a|an)\s+(?:(?:hard|firm|strict)\s+)?(?:floor|min(?:imum)?|cut-?off|threshold)(?![a-z])`,
    'g',
  ),
  new RegExp(
    String.raw`\b(?:${SITE_NOUN}|anything)\s+(?:that\s+)?(?:an?\s+|the\s+|any\s+)?(?:new\s+)?(?:investor|buyer|landlord|owner|fund|purchaser)s?\s+(?:could|can|would|will|might)\s+(?:easily\s+)?(?:re[-\s]?let|re[-\s]?lease|re[-\s]?rent|let\s+again|lease\s+again|rent\s+out\s+again)(?:\s+(?:it|them))?(?:\s+(?:easily|quickly|without\s+trouble))?\s*${BRACKETED_FLOOR}`,
    'g',
  ),
];

/** The most criticality allowed, from items ruled out by how critical they are rated. */
export function readCriticalItemsRuledOut(text: BriefText): FoundBound[] {
  if (!/critical|essential|important/.test(text.lower)) return [];
  return readScoreLevels(text, CRITICAL_ITEMS, { trimEnd: true });
}

/** The least leaseability allowed, from items ruled out under a level and from levels named as the floor. */
export function readLeaseabilityItemsAndFloors(text: BriefText): FoundBound[] {
  if (!/leas|let|rent/.test(text.lower)) return [];
  return readScoreLevels(text, [...LOW_LEASEABILITY_ITEMS, ...LEASEABILITY_FLOORS], { trimEnd: true });
}
