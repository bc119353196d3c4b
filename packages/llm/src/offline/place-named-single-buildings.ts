import type { BriefText } from './brief-text.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * "our auditor (Atlanta office)", "Our Phoenix office isn't a filter", "we sold a $40M Atlanta DC in 2019", "Submitted
 * by: K. Obi, Inland Empire DC", "the Ontario DC, Chandler and Kearny all carry debt", "the Cicero main plant and the
 * Kearny legacy plant": a type word in the singular right after a place's name is one building (the writer's
 * workplace, a past sale, an asset named loosely), not every building of that type asked for. "Dallas offices",
 * "offices only" and "an office in Dallas" are untouched.
 */

/** A type word written in the singular: no plural ending ("offices", "DCs", "plants"). */
const PLURAL_ENDING = /(?:s|es)$/i;

/** Words after a type that make it part of a list of types or a noun's qualifier: "and office assets", "+ office". */
const TYPE_GOES_ON =
  /^\s*(?:and|or|&|\+|,|\/)\s*(?:the\s+)?(?:retail|office|warehouse|distribution|dc|plant|lab|data|manufactur|industrial|store|research)|^\s+(?:assets?|sites?|facilit|propert|buildings?|portfolio|stock|space|units?|footprint)/i;

/** One or more capitalised words, then at most one lowercase word that says which ("main", "legacy"), then the type. */
const PLACE_BEFORE = /((?:[A-Z][A-Za-z.'\u2019-]*\s+)+)([a-z]+\s+)?$/;

/** An article or possessive that makes the words after it one building's name: "the Ontario DC", "our Dallas office". */
const ARTICLE_BEFORE = /\b(?:the|our|my|a|an|their)\s+$/i;

/** A sale asked of the building itself: "sell the Chicago office", "the Houston office is fine to sell". */
const SOLD_BEFORE = /\b(?:sell|selling|sale of|include|including)\s+(?:the|our|my|their)\s+$/i;
const SOLD_AFTER = /^\s+(?:is|are|can be|could be)\s+(?:fine to sell|sold|for sale|on the table|up for sale|available)\b/i;

/** Capitalised words that open a sentence or a list rather than name a place: "Only office", "No DC". */
const NOT_A_PLACE =
  /^(?:Only|No|Not|Just|Any|All|Every|Each|Exclude|Excluding|Except|Include|Including|Keep|Sell|Skip|Drop|Avoid|Also|And|Or|But|Plus|The|Our|My|A|An|One|Some|Please|Target|Types?|Asset|Assets)$/;

/** True when the capitalised words before a type name a place the portfolio or the built-in table knows. */
function namesPlace(text: BriefText, start: number, words: string, vocabulary: PlaceVocabulary): boolean {
  let offset = start;
  for (const word of words.split(/(\s+)/)) {
    if (word.trim() !== '' && !NOT_A_PLACE.test(word.replace(/[.'\u2019-]+$/, ''))) {
      const found = vocabulary.matchAt(text.lower, offset, false, text.source);
      if (found !== null && found.item.kind !== 'type') return true;
    }
    offset += word.length;
  }
  return false;
}

/**
 * Drops the types asked for in passing (from `bareFrom` on in the included list) that are written in the singular
 * right after a place's name, alone or with one word saying which ("the Cicero main plant"): such a phrase is one
 * building, not its type. Without an article before it, the capitalised words must hold a known place ("Atlanta
 * office"); with one ("the Ontario DC", "our Dallas office") any capitalised name will do.
 */
export function dropTypesNamingOneBuilding(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists, bareFrom: number): void {
  const bare = lists.included.slice(bareFrom);
  for (const item of bare) {
    if (item.match?.item.kind !== 'type') continue;
    const word = text.source.slice(item.start, item.end);
    // "Atlanta retail", "Phoenix retail and office assets": a word with no plural, or one qualifying a noun or
    // standing in a list of types, is the type after all.
    if (PLURAL_ENDING.test(word) || /^retail$/i.test(word) || TYPE_GOES_ON.test(text.source.slice(item.end, item.end + 24))) continue;
    const before = text.source.slice(Math.max(0, item.start - 60), item.start);
    const place = PLACE_BEFORE.exec(before);
    if (place === null) continue;
    const words = place[1] ?? '';
    const namesStart = item.start - place[0].length;
    const lastWord = words.trim().split(/\s+/).pop() ?? '';
    if (NOT_A_PLACE.test(lastWord)) continue;
    const withArticle = ARTICLE_BEFORE.test(text.source.slice(Math.max(0, namesStart - 8), namesStart));
    if (!withArticle && !namesPlace(text, namesStart, words, vocabulary)) continue;
    // "the Chicago main plant" needs the article: "Chicago main plant" alone may be a heading's type.
    if (place[2] !== undefined && !withArticle) continue;
    // "Memo: sell the Chicago office.": the building offered for sale keeps its market and type, as before.
    if (SOLD_BEFORE.test(text.source.slice(Math.max(0, namesStart - 16), namesStart))) continue;
    if (SOLD_AFTER.test(text.source.slice(item.end, item.end + 32))) continue;
    lists.included.splice(lists.included.indexOf(item), 1);
  }
}
