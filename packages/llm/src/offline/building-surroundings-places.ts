import type { BriefText } from './brief-text.js';
import { assetsNamedWith } from './described-assets.js';
import { freePlaceAt as placeAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A building placed by what is around it: "the Tolleson DC outside Phoenix stays", "the Fairburn hub just outside
 * Atlanta", "the Edison warehouse near Newark". "Outside" there says where one named building stands, not "everywhere
 * but Phoenix": the building is what the writer keeps or sells. And a place named by the trade a building serves:
 * "too important to the Chicago lanes", "it feeds our Dallas customers", "the Houston routes depend on it". The place
 * is the building's reach, not where to sell.
 */

/**
 * One building by a name and its kind, then a word of nearness: "the Tolleson DC outside", "our Fairburn sortation hub
 * just outside", "the Edison warehouse near". A building in the singular, so that "the warehouses outside Texas" stays
 * a list of all but Texas.
 */
const BUILDING_NEAR =
  /\b(?:the|our)\s+[a-z][a-z.'-]*(?:\s+[a-z][a-z.'-]*){0,2}?\s+(?:dc|distribution\s+cent(?:er|re)|(?:sortation\s+)?hub|warehouse|plant|office|lab|store|cross-dock|data\s+cent(?:er|re)|building|facility|campus)\s+(?:just\s+|right\s+)?(?<near>(?:outside(?:\s+of)?|near|close\s+to|by|(?:north|south|east|west)\s+of)\s+(?:the\s+)?)/g;

/**
 * The trade a building serves, before the place: "important to the", "feeds our", "serving the" (anchored at the end).
 */
const SERVES_BEFORE = /\b(?:to|for|serv(?:es|ing)|support(?:s|ing)|feed(?:s|ing)|suppl(?:ies|ying))\s+(?:the|our)\s+$/;
/** The trade's noun after the place: "lanes", "routes", "customers", "freight", "network". */
const TRADE_AFTER = /^\s+(?:lanes?|routes?|network|customers?|clients?|volumes?|freight|deliveries|traffic|flows?|demand|supply\s+chain)\b/;
/** "the Houston routes depend on it": the trade as the subject of a reliance on the building. */
const RELIES_AFTER =
  /^\s+(?:lanes?|routes?|network|customers?|clients?|volumes?|freight|deliveries|traffic)\s+(?:depend|rely|relies|run|runs)\s+(?:on|through)\b/;
/** The building as what is sold, just before its name: "from", "sell", "selling (off)", "the sale of". */
const SOLD_FROM_BEFORE = /\b(?:from|sell(?:ing)?(?:\s+off)?|sale\s+of|monetiz(?:e|ing)|monetis(?:e|ing))\s+$/;
/** Words that make the clause an ask: "sell only what serves the Dallas customers". */
const ASKING_WORDS = /\b(?:only|exclu\w*|except|avoid|include\w*)\b/;

/**
 * Claims the place a named building is said to stand near ("the Tolleson DC outside Phoenix", with its word of
 * nearness) and the place of the trade a building serves ("too important to the Chicago lanes"), so that they ask for
 * nothing and rule nothing out.
 */
export function claimBuildingSurroundings(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(BUILDING_NEAR)) {
    const near = match.groups?.['near'] ?? '';
    const place = placeAt(text, vocabulary, match.index + match[0].length);
    // The building's name is written with a capital: "the Tolleson DC", not "the new DC".
    const named = /^(?:[Tt]he|[Oo]ur)\s+[A-Z]/.test(text.source.slice(match.index, match.index + match[0].length));
    if (place === null || !named) continue;
    // A building of the portfolio ("the Tolleson DC"): the list reader takes where it stands as part of its name
    // (`buildingLocatorEnd`), so that a verdict after it falls on the building; the place is left to that reading.
    // A building the program sells from ("raise $40M from the Tolleson DC outside Phoenix") has no verdict for the list
    // reader to carry, so where it stands is claimed here: it is not "everywhere but Phoenix".
    const nameWord = /^(?:the|our)\s+([a-z][a-z.'-]*)/.exec(match[0].toLowerCase())?.[1];
    const soldFrom = SOLD_FROM_BEFORE.test(text.lower.slice(Math.max(0, match.index - 30), match.index));
    if (nameWord !== undefined && assetsNamedWith(vocabulary, [nameWord]).length > 0 && !soldFrom) continue;
    text.claim(match.index + match[0].length - near.length, place.end);
  }
  for (let index = 0; index < text.lower.length; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const place = placeAt(text, vocabulary, index);
    if (place === null) continue;
    index = place.end - 1;
    const before = text.lower.slice(Math.max(0, place.start - 40), place.start);
    const after = text.lower.slice(place.end, place.end + 60);
    const serves = (SERVES_BEFORE.test(before) && TRADE_AFTER.test(after)) || RELIES_AFTER.test(after);
    const clause = text.lower.slice(text.clauseAround(place.start).start, place.start);
    if (serves && !ASKING_WORDS.test(clause)) text.claim(place.start, place.end);
  }
}
