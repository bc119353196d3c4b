import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A count of buildings ruled out, then a colon and the buildings themselves: "Two no-go buildings for the $135M: the
 * Las Colinas headquarters and the main plant in Cicero", "two properties are off the table for IP reasons: the
 * research lab in Dublin and the data center in Carrollton", "I'd ask to keep two buildings out: the McDonough
 * warehouse (new racking) and the Elk Grove Village warehouse (roof works)". The count says the list is of buildings,
 * the words before the colon that they are ruled out; each building may carry its reason in a bracket.
 */

/** How many buildings: "two", "three", "a couple of", "2". */
const COUNT = String.raw`(?:two|three|four|five|2|3|4|5|a\s+couple\s+of|a\s+few|several)`;

/**
 * The counted buildings, the words that rule them out and the colon, in one clause: "two no-go buildings ...:",
 * "two properties are off the table ...:", "keep two buildings out:", "exclude three sites:". Group `verdict` is the
 * ruling word, before or after the count.
 */
const COUNTED_RULED_OUT = new RegExp(
  String.raw`\b(?:(?<before>exclud(?:e|ing)|keep|leave|hold\s+back|carve\s+out|(?:won['\u2019]?t|can['\u2019]?t|cannot|do\s+not|don['\u2019]?t)\s+sell)\s+(?:the\s+|these\s+)?)?${COUNT}\s+(?:(?:no[-\s]go|off[-\s]limits|protected|excluded)\s+)?(?:buildings|properties|sites|assets|facilities|locations)\b[^:.;!?\n]{0,90}?:[^\S\n]*`,
  'g',
);

/** A ruling word in the header: "no-go", "off the table", "out", "excluded", "stay", "not for sale". */
const RULING =
  /\b(?:no[-\s]go|off[-\s]limits|off\s+the\s+table|out\b|excluded|exclude|exclusions?|stay(?:s|ing)?|not\s+for\s+sale|keep(?:ing)?|hold(?:ing)?\s+back|protected|can['\u2019]?t\s+go|not\s+to\s+(?:be\s+)?sell)/;
/** A header that asks for the buildings instead: "two buildings to sell:", "sell only these two sites:". */
const ASKED_FOR = /\b(?:sell|selling|sold|include|including|only|candidates?|available|in\s+scope|for\s+sale)\b(?<!not\s+for\s+sale)/;

/** A building's reason in a bracket, then the joint to the next building: " (new racking, $2M worth) and ". */
const BRACKETED_REASON_THEN_NEXT = /^[^\S\n]*\([^()\n]{1,160}\)[^\S\n]*(?:,[^\S\n]*(?:and|plus)?|and|plus|&)[^\S\n]*/;

/**
 * Rules out the buildings named after a count of buildings ruled out ("Two no-go buildings for the $135M: the Las
 * Colinas headquarters and the main plant in Cicero"), claiming the words. Only lists of buildings are read: a count of
 * sites followed by markets or types is left to the other readers.
 */
export function readCountedBuildingsRuledOut(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(COUNTED_RULED_OUT)) {
    const header = match[0];
    const hasVerdict = match.groups?.['before'] !== undefined || RULING.test(header);
    if (!hasVerdict || (match.groups?.['before'] === undefined && ASKED_FOR.test(header))) continue;
    let from = match.index + header.length;
    // The header may hold a figure read already ("for the $135M"), a bracket its reason ("$2M worth of racking"):
    // only the names are claimed.
    const found: { start: number; list: NonNullable<ReturnType<typeof readList>> }[] = [];
    for (;;) {
      const list = readList(text, from, vocabulary, true);
      // A bracket after the last name is its reason, and may hold words read already: only the names must be free.
      if (list === null || list.items.length === 0 || !list.items.every((item) => text.isFree(item.start, item.end))) break;
      if (!list.items.every((item) => item.assetId !== null || item.match?.item.kind === 'asset')) {
        found.length = 0;
        break;
      }
      found.push({ start: from, list });
      const next = BRACKETED_REASON_THEN_NEXT.exec(text.lower.slice(list.end));
      if (next === null) break;
      from = list.end + next[0].length;
    }
    for (const { start, list } of found) {
      for (const item of list.items) text.claim(item.start, item.end);
      lists.exclusionEnds.push(list.end);
      ruleOutList(lists, text, start, list.end, list);
    }
  }
}
