import type { BriefText } from './brief-text.js';
import { readBracketedPronounBuildings } from './bracketed-pronoun-buildings.js';
import { readCountedBuildingsRuledOut } from './counted-buildings-ruled-out.js';
import { readDoNotSellLists } from './do-not-sell-lists.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import { readBuildingsWishedKept } from './kept-building-wishes.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';
import { readStayingBuildings } from './staying-building-verdicts.js';

// A writer who rules out "my store" or "my building" and then names it ("leave my store, the Naperville Parts Store,
// and the Schaumburg Office alone", "don't put my building on the list, the Houston Regional Office (HOU-04)") rules
// out the buildings named, not the type of "store" nor the market the writer works in.

/** The writer's own building by its kind: "my store", "my building", "my plant", "my sites". */
const OWN_KIND =
  '(?:sites?|buildings?|propert(?:y|ies)|assets?|locations?|facilit(?:y|ies)|plants?|warehouses?|stores?|labs?|dcs?|hubs?|offices?)';

/**
 * The words that rule the writer's building out, then the comma that opens its name: "don't put my building on the
 * list, ", "please don't sell my plant, ", "exclude my store - ", "leave my store, ", "Don't sell our building (". Group
 * `verb` tells whether a particle must close the list ("leave ... alone", "keep ... out"); group `bracket`, that a
 * bracket closes the name.
 */
const OWN_BUILDING_THEN_NAME = new RegExp(
  String.raw`\b(?:(?:please\s+)?(?:don['\u2019]t|do\s+not|never)\s+(?:put|add|include|sell|touch|list)|exclude|(?<verb>leave|keep))\s+(?:my|our)\s+${OWN_KIND}(?:\s+(?:on|in|off)\s+(?:the|your|this)\s+(?:list|sale|program(?:me)?|deal|slb))?\s*(?:,|[\u2013\u2014-]|:|(?<bracket>\())\s*`,
  'g',
);

/**
 * The particle that closes "leave ... alone" or "keep ... out", after the buildings named, or the words that leave
 * them standing ("leave my building, the Baytown Cold Storage Warehouse, where it is", "keep my plant, the Cicero Main
 * Plant, as it is", "leave my store, the Mesa Parts Store, in place", "leave my site, ..., be").
 */
const PARTICLE_AFTER =
  /^\s*(?:,|[\u2013\u2014-])?\s*(?:alone|out\b(?:\s+of\s+(?:it|this|the\s+sale))?|off\s+the\s+list|(?:where|as)\s+(?:it|they)\s+(?:is|are|stands?)|in\s+place|untouched|be(?=\s*(?:[.;,!?]|$)))\b/;

/**
 * Rules out the buildings a writer names right after ruling out "my building" ("don't put my building on the list, the
 * Houston Regional Office (HOU-04)"), so that neither the kind word nor the writer's own place is read as a filter.
 */
export function readOwnBuildingsNamed(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(OWN_BUILDING_THEN_NAME)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true);
    // Only named buildings stand for "my building": "my sites, Chicago and Columbus" is left to the place readers.
    if (list === null || list.items.some((item) => item.assetId === null && item.match?.item.kind !== 'asset')) continue;
    const close = match.groups?.['bracket'] === undefined ? '' : (/^\s*\)/.exec(text.lower.slice(list.end))?.[0] ?? null);
    if (close === null) continue;
    const particle = match.groups?.['verb'] === undefined ? null : PARTICLE_AFTER.exec(text.lower.slice(list.end + close.length));
    if (match.groups?.['verb'] !== undefined && particle === null) continue;
    const end = list.end + close.length + (particle?.[0].length ?? 0);
    if (!text.isFree(match.index, end)) continue;
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
  // "I want the Fairburn hub kept", "keep it off the Dallas HQ": buildings ruled out in the writer's own words too.
  readBuildingsWishedKept(text, vocabulary, lists);
  // "Two no-go buildings: the Las Colinas headquarters and the main plant in Cicero": a count of buildings, then their names.
  readCountedBuildingsRuledOut(text, vocabulary, lists);
  // "do_not_sell: Carrollton Data Center", "DAL-01,hold": buildings under a key or in a table's rows that hold them.
  readDoNotSellLists(text, vocabulary, lists);
  // "McDonough warehouse stays - it's our overflow": a building said to stay at the head of its sentence.
  readStayingBuildings(text, vocabulary, lists);
  // "excluding it (HOU-02)", "I'd like mine (McDonough Warehouse) left off the list": a pronoun the brackets spell out.
  readBracketedPronounBuildings(text, vocabulary, lists);
}
