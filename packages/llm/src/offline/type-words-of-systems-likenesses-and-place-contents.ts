import type { BriefText } from './brief-text.js';
import { lastListBefore, sentenceStartBefore } from './list-positions.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { TYPE } from './type-words-in-remarks.js';

// Type words that name no buildings to sell or keep:
// - a system or kit named after a kind of building: "runs on warehouse software", "the plant automation", "DC
//   robotics" (what a building runs, not the type asked for);
// - a kind likened to the writer's own: "stores like mine could be sold" (the writer's view, not an ask for stores);
// - what a place ruled out holds, in brackets after it: "Dallas be kept out (HQ campus, data center)" (the place is
//   ruled out; the bracket says why, not which types);
// - and, of places, a building ranked among what the company holds in one: "the most valuable thing we own in
//   California" (where the building stands, not a place asked for).

/** A system or kit a kind of building runs: "warehouse software", "plant automation", "DC robotics", "lab equipment". */
const SYSTEM_OF_A_TYPE = new RegExp(
  String.raw`\b${TYPE}(?=[^\S\n]+(?:management[^\S\n]+)?(?:software|systems?|technology|tech|automation|robotics|robots|equipment|kit|racking|machinery|it\s+stack|wms)\b)`,
  'g',
);

/**
 * A kind likened to the writer's own building, said to be one that may be sold: "stores like mine could be sold",
 * "plants like ours can go". The writer allows a sale others raised; no type is asked for. ("Plants like mine land at
 * 0.85" says what a score does, left to the readers of scores.)
 */
const LIKE_THE_WRITERS = new RegExp(
  String.raw`\b${TYPE}(?:[^\S\n]+(?:like|such\s+as)[^\S\n]+(?:mine|ours|my\s+(?:own\s+)?[a-z]+|our\s+[a-z]+|this\s+one|this\s+site))(?![a-z])(?=[^\S\n]+(?:could|can|may|might)[^\S\n]+(?:be[^\S\n]+(?:sold|offered|included)|go)\b)`,
  'g',
);

/**
 * A bracket whose words are kinds of building and what a campus is called ("HQ campus, data center", "two plants and
 * a DC"): what a place holds. The words between the kinds may be articles, counts, "and" and commas.
 */
const CONTENTS_BRACKET = new RegExp(
  String.raw`\((?=[^()\n]{1,80}\))(?:[^\S\n]*(?:,|and|&|\+|the|our|its|an?|one|two|three|four|main|big|large|small|campus|site|${TYPE})(?![a-z]))+[^\S\n]*\)`,
  'g',
);

/**
 * Claims the brackets that say what a place holds, where the last list before the bracket in its sentence names only
 * places (markets, metros or states): "the committee asked that Dallas be kept out (HQ campus, data center)".
 */
function claimPlaceContentBrackets(text: BriefText, vocabulary: PlaceVocabulary): void {
  if (!text.lower.includes('(')) return;
  for (const match of text.freeMatches(CONTENTS_BRACKET)) {
    const end = match.index + match[0].length;
    if (!new RegExp(TYPE).test(match[0])) continue;
    const before = lastListBefore(text, sentenceStartBefore(text, match.index), match.index, vocabulary);
    if (before === null) continue;
    const onlyPlaces = before.list.items.every((item) => {
      const kind = item.match?.item.kind;
      return item.assetId === null && (kind === 'market' || kind === 'metro' || kind === 'state');
    });
    // The bracket must follow the places' own clause: no other list, and no sentence break, between.
    if (!onlyPlaces || /[.;!?\n]/.test(text.lower.slice(before.list.end, match.index))) continue;
    text.claim(match.index, end);
  }
}

/**
 * A building ranked among what the company holds in a place, up to the place: "the most valuable thing we own in",
 * "the biggest site we have in", "the only building we run in".
 */
const RANKED_AMONG_HOLDINGS_IN =
  /\b(?:the\s+)?(?:most\s+[a-z]+|least\s+[a-z]+|[a-z]+est|only|best|last)\s+(?:thing|asset|building|site|property|facility|one)\s+(?:(?:that|which)\s+)?(?:we|i|the\s+company)\s+(?:own|have|hold|run|operate|still\s+own)\s+in\s+(?:the\s+)?/g;

/** Claims the places after `RANKED_AMONG_HOLDINGS_IN`: where a ranked building stands asks for nothing. */
function claimRankedHoldingsPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(RANKED_AMONG_HOLDINGS_IN)) {
    const at = match.index + match[0].length;
    const place = vocabulary.matchAt(text.lower, at, false, text.source);
    const kind = place?.item.kind;
    if (place === null || (kind !== 'market' && kind !== 'metro' && kind !== 'state') || !text.isFree(match.index, place.end)) continue;
    text.claim(match.index, place.end);
  }
}

/**
 * Claims the type words that name a system a building runs, a kind likened to the writer's own building, and what a
 * place ruled out holds, so that none is read as a type asked for or ruled out; and the place a ranked building stands
 * in, so that it is read as no market asked for.
 */
export function claimTypeWordsOfSystemsLikenessesAndPlaceContents(text: BriefText, vocabulary: PlaceVocabulary): void {
  text.claimFreeMatches(SYSTEM_OF_A_TYPE);
  text.claimFreeMatches(LIKE_THE_WRITERS);
  claimPlaceContentBrackets(text, vocabulary);
  claimRankedHoldingsPlaces(text, vocabulary);
}
