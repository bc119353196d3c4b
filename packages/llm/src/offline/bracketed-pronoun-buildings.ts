import type { BriefText } from './brief-text.js';
import { WISH_OPENING } from './building-wish.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A pronoun ruled out, with the buildings it stands for in brackets after it: "rerun excluding it (HOU-02)", "drop
 * them (CHI-01, NWK-02)", "I'd like mine (McDonough Warehouse) left off the list". The brackets say which buildings
 * the pronoun means, so they are ruled out as if named after the verb; the sentence the pronoun points back to may
 * name a type ("the Baytown cold storage") that asks for nothing.
 */

/** The pronoun for the buildings: "it", "them", "that one", "those", "mine", "ours". */
const PRONOUN = String.raw`(?:it|them|this\s+one|that\s+one|those|these|both|mine|ours)`;

/**
 * An order that rules the pronoun out, then its opening bracket: "excluding it (", "exclude them (", "drop it (",
 * "take it out (" is not read, as the particle comes after. Group `wish` marks "I'd like mine (", whose verdict
 * ("left off the list") must follow the bracket.
 */
const PRONOUN_THEN_BRACKET = new RegExp(
  String.raw`\b(?:(?:exclud(?:e|ing)|omit(?:ting)?|drop(?:ping)?|remov(?:e|ing)|skip(?:ping)?|without|minus)\s+${PRONOUN}|(?<wish>${WISH_OPENING}${PRONOUN}))\s*\(\s*`,
  'g',
);

/** What the wished buildings should be, after the bracket: "kept", "left alone", "left off the list", "held back". */
const KEPT_AFTER =
  /^\s*(?:to\s+be\s+|be\s+)?(?:kept|retained|held\s+back|spared|excluded|left\s+(?:alone|out|off\s+the\s+list))\b(?!\s+(?:in|on|as\s+(?:part|candidates?))\b)/;

/**
 * Rules out the buildings in brackets after a pronoun that is ruled out ("excluding it (HOU-02)", "I'd like mine
 * (McDonough Warehouse) left off the list"), claiming the words. Only brackets that hold nothing but buildings are read:
 * "exclude it (Texas)" may be a market, left to the place readers.
 */
export function readBracketedPronounBuildings(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(PRONOUN_THEN_BRACKET)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || list.items.length === 0) continue;
    if (list.items.some((item) => item.assetId === null && item.match?.item.kind !== 'asset')) continue;
    const close = /^\s*\)/.exec(text.lower.slice(list.end));
    if (close === null) continue;
    let end = list.end + close[0].length;
    if (match.groups?.['wish'] !== undefined) {
      const kept = KEPT_AFTER.exec(text.lower.slice(end));
      if (kept === null) continue;
      end += kept[0].length;
    }
    if (!text.isFree(match.index, end)) continue;
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
}
