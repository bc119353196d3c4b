import type { BriefText } from './brief-text.js';
import { followsExclusion, lastListBefore, sentenceStartBefore } from './list-positions.js';
import { isListFree } from './list-asides.js';
import { ORDER_WITHOUT_OBJECT, SO_IS } from './place-list-triggers.js';
import { COUNTED_PRONOUN_RULED_OUT, PRONOUN_RULED_OUT, RULE_OUT_PRONOUN } from './pronoun-exclusion-triggers.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import { HEADQUARTERS_WORDS, normalisePhrase, type PlaceVocabulary } from './place-vocabulary.js';
import { type ListItem, readList } from './read-place-list.js';
import { PLACES_POINTED_BACK, THERE_RULED_OUT } from './speaking-party-places.js';
import { readBuildingsThatShouldNotGo } from './buildings-that-should-not-go.js';
import { readPlacesPointedBackOnly } from './places-pointed-back-only.js';

/** "should be left out, and so should the Dublin lab": one more list after a modal's exclusion. */
const SO_SHOULD = /\b(?:and\s+)?so\s+(?:should|must|will|would|can)\s+(?!(?:we|i|you|they|it)\b)/g;

/**
 * "... are off limits, and so is Georgia", "labs are off the table; so is manufacturing": one more list ruled out
 * after an exclusion in the same sentence, or in the sentence before when the words start their own ("Houston is
 * out. Same for plants.").
 */
export function readSoIs(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of [...text.freeMatches(SO_IS), ...text.freeMatches(SO_SHOULD)]) {
    const ownStart = sentenceStartBefore(text, match.index);
    const opensSentence = ownStart > 0 && text.lower.slice(ownStart, match.index).trim() === '';
    const sentenceStart = opensSentence ? sentenceStartBefore(text, ownStart - 1) : ownStart;
    // An exclusion read as a list, or one another reader took ("Mortgaged assets are off the table. So are labs.").
    if (!lists.exclusionEnds.some((end) => end > sentenceStart && end <= match.index) && !followsExclusion(text, match.index)) continue;
    const list = readList(text, match.index + match[0].length, vocabulary, true);
    if (list === null || !isListFree(text, match.index, list)) continue;
    text.claim(match.index, list.end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
}

/**
 * "Rickenbacker can't go -- it's the hub for the whole network": an order not to sell with no object, then a dash
 * that opens its reason, stands for the last list before it, as at the end of its clause.
 */
const ORDER_BEFORE_REASON =
  /\b(?:(?:can['\u2019]?t|cannot|can\s+not)\s+(?:sell|touch|include|divest)|(?:can['\u2019]?t|cannot|can\s+not|must\s+not|mustn['\u2019]?t)\s+go)(?=[^\S\n]+(?:--?|\u2013|\u2014)[^\S\n])/g;

/**
 * "The Port Newark hub and the Ontario DC are strategic, so neither can go": "neither" or "none" as the pronoun. "The
 * Dallas and Newark sites are strategic; no asset in either market is to be sold": no building in the places just
 * named, pointed back to as "either market" or "those states".
 */
const NEITHER_GOES =
  /\b(?:neither|none|no\s+(?:assets?|sites?|buildings?|propert(?:y|ies))\s+in\s+(?:either|both|those|these|the\s+two)\s+(?:markets?|metros?|states?|cities|city|places?|locations?))\s+(?:of\s+them\s+)?(?:can|may|should|must|will|is\s+to|are\s+to)\s+(?:go|be\s+sold)(?=\s*(?:[.;,!\u2013\u2014-]|$))/g;

/**
 * "We're not selling ours", "we won't sell ours": the company's own buildings of the kind another party's were just
 * said to be ("A peer sold its headquarters for $80 million last quarter").
 */
const OURS_NOT_SOLD =
  /\b(?:we(?:['\u2019]re|\s+are)\s+not\s+(?:selling|going\s+to\s+sell)|we\s+(?:won['\u2019]?t|will\s+not|aren['\u2019]?t\s+going\s+to|are\s+not\s+going\s+to|don['\u2019]?t\s+want\s+to|do\s+not\s+want\s+to)\s+sell|we(?:['\u2019]re|\s+are)\s+keeping)\s+ours(?![a-z])/g;
/** Another party's buildings of a kind: "its headquarters", "their plants" (anchored at the start of what follows). */
const THEIRS = /\b(?:its|their|his|her)\s+/g;
/** How far back another party's buildings may stand. */
const OURS_REACH = 200;

/** Rules out the company's own buildings of the kind another party's were just said to be ("We're not selling ours"). */
function readOursNotSold(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(OURS_NOT_SOLD)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const from = Math.max(0, match.index - OURS_REACH);
    const theirs = [...text.lower.slice(from, match.index).matchAll(THEIRS)].at(-1);
    if (theirs === undefined) continue;
    const at = from + theirs.index + theirs[0].length;
    // The other party's buildings are that party's own, claimed as background already: only their kind is looked up.
    const kind = vocabulary.matchAt(text.lower, at, false, text.source);
    if (kind?.item.kind !== 'type' || kind.end > match.index) continue;
    const phrase = text.source.slice(kind.start, kind.end);
    const headquarters = HEADQUARTERS_WORDS.includes(normalisePhrase(text.lower.slice(kind.start, kind.end)));
    if (headquarters && vocabulary.assets.length === 0) continue;
    const item: ListItem = headquarters
      ? {
          match: { item: { kind: 'asset', assetIds: vocabulary.headquartersIds(), phrase }, start: kind.start, end: kind.end },
          assetId: null,
          start: kind.start,
          end: kind.end,
        }
      : { match: kind, assetId: null, start: kind.start, end: kind.end };
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    lists.excluded.push(item);
  }
}

/**
 * "the Fontana Warehouse and the Riverside Cross-Dock are under contract, so exclude them": the pronoun
 * stands for the last list written before it in its sentence ("it" for that list's last item).
 */
export function readPronouns(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  readOursNotSold(text, vocabulary, lists);
  for (const pattern of [
    RULE_OUT_PRONOUN,
    PRONOUN_RULED_OUT,
    COUNTED_PRONOUN_RULED_OUT,
    ORDER_WITHOUT_OBJECT,
    ORDER_BEFORE_REASON,
    NEITHER_GOES,
    // "Atlanta and Houston are under redesign, don't sell there"; "rule out all sites in those two states".
    THERE_RULED_OUT,
    PLACES_POINTED_BACK,
  ]) {
    for (const match of text.freeMatches(pattern)) {
      const end = match.index + match[0].length;
      if (!text.isFree(match.index, end)) continue;
      const found =
        lastListBefore(text, sentenceStartBefore(text, match.index), match.index, vocabulary) ??
        listSentencesBefore(text, match.index, vocabulary);
      if (found === null) continue;
      const single = /^(?:it|th(?:at|is)\s)/.test(match.groups?.['pronoun'] ?? '');
      const items = single ? found.list.items.slice(-1) : found.list.items;
      text.claim(found.start, found.list.end);
      text.claim(match.index, end);
      lists.exclusionEnds.push(end);
      ruleOutList(lists, text, found.start, found.list.end, found.list, items);
    }
  }
  // "I look after our Chicago and Newark buildings. ... sell in those two markets only": the places pointed back to, asked for.
  readPlacesPointedBackOnly(text, vocabulary, lists);
  // "the Cicero plant shouldn't go though (CHI-03)": a softer order not to let it go (`buildings-that-should-not-go.ts`).
  readBuildingsThatShouldNotGo(text, vocabulary, lists);
}

/**
 * The words that may open a sentence before its verb: "So exclude them.", "Please just drop them.", "Not in this run
 * though - exclude it.", "For now: drop them.", and whose view it is: "From my side, leave both out."
 */
const SENTENCE_OPENING =
  /^[\s\-\u2013\u2014]*(?:(?:so|then|please|just|and|ok(?:ay)?)[\s,]+|(?:(?:from|for)\s+(?:my|our|ops['\u2019]?|operations['\u2019]?)\s+(?:side|part|end|perspective|point\s+of\s+view)|on\s+(?:my|our)\s+(?:side|end))\s*[,:\u2013\u2014-]\s*|(?:not\s+(?:in\s+)?this\s+(?:run|round|time)|for\s+(?:now|this\s+run)|this\s+(?:time|run))(?:\s+though)?\s*[,:\u2013\u2014-]\s*)*$/;

/**
 * "We plan to sell the Fontana and Edison warehouses? No wait, those are our best. Exclude them.": a pronoun that
 * opens its sentence stands for the last list of the two sentences before it.
 */
function listSentencesBefore(text: BriefText, index: number, vocabulary: PlaceVocabulary): ReturnType<typeof lastListBefore> {
  const ownStart = sentenceStartBefore(text, index);
  if (ownStart === 0 || !SENTENCE_OPENING.test(text.lower.slice(ownStart, index))) return null;
  const previous = sentenceStartBefore(text, ownStart - 1);
  const from = previous > 0 ? sentenceStartBefore(text, previous - 1) : previous;
  return lastListBefore(text, from, ownStart, vocabulary);
}
