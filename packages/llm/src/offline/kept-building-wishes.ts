import type { BriefText } from './brief-text.js';
import { WISH_OPENING } from './building-wish.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * Ways of ruling buildings out that name them before the verb, or put the sale itself as the object: "I want the
 * Southeast Sortation Hub and the Wilmer Automated Distribution Center kept", "we'd like the Fairburn hub left
 * alone", "keep it off the Dallas HQ and the Chandler data center", "keep the sale away from Newark", "add an
 * exclusion for PHX-01 and ATL-03". Each rules out what it names, as "exclude" would.
 */

/** "I want", "we'd like", "I would prefer": a wish whose object is the buildings, then what should happen to them. */
const WISH = new RegExp(String.raw`\b${WISH_OPENING}(?=the\s|[a-z]{2,3}-\d)`, 'g');
/**
 * What the wished buildings should be: "kept", "retained", "held back", "left alone", "left out", "left off the list",
 * "spared". "kept in scope" or "kept in the program" keeps them in the sale, which rules nothing out.
 */
const KEPT_AFTER =
  /^\s*(?:,\s*)?(?:to\s+be\s+|be\s+)?(?:kept|retained|held\s+back|spared|left\s+(?:alone|out|off\s+the\s+list))\b(?!\s+(?:in|on|as\s+(?:part|candidates?))\b)/;
/** Only buildings are wished kept: "I want Texas kept" may be a share or a scope, which is left to other readers. */
const namesBuildings = (items: NonNullable<ReturnType<typeof readList>>['items']): boolean =>
  items.every((item) => item.assetId !== null || item.match?.item.kind === 'asset');

/**
 * The sale as the object, then what it must stay off: "keep it off the Dallas HQ", "keep the sale away from
 * Newark", "keep the program off of PHX-01"; and an exclusion added as a noun: "add an exclusion for PHX-01",
 * "add exclusions for the two labs".
 */
const SALE_KEPT_OFF =
  /\bkeep\s+(?:it|this|the\s+(?:sale|program(?:me)?|deal|slb|transaction|plan))\s+(?:off(?:\s+of)?|away\s+from|clear\s+of)\s+|\badd\s+(?:an?\s+|the\s+)?exclusions?\s+(?:for|of|on)\s+/g;

/**
 * Rules out the buildings wished kept ("I want the Fairburn hub kept") and what the sale is to stay off ("keep it off
 * the Dallas HQ", "add an exclusion for PHX-01"), claiming the words, so that no reader asks for what they name.
 */
export function readBuildingsWishedKept(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(WISH)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || list.items.length === 0 || !namesBuildings(list.items)) continue;
    const kept = KEPT_AFTER.exec(text.lower.slice(list.end));
    if (kept === null) continue;
    const end = list.end + kept[0].length;
    if (!text.isFree(match.index, end)) continue;
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
  for (const match of text.freeMatches(SALE_KEPT_OFF)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    if (list === null || list.items.length === 0 || !text.isFree(match.index, list.end)) continue;
    text.claim(match.index, list.end);
    lists.exclusionEnds.push(list.end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
}
