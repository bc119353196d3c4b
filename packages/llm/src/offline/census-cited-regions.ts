import type { BriefText } from './brief-text.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { statesOfRegion } from './region-states.js';

/*
 * Census regions a sale is kept to, read as the portfolio's markets in their states, where the wording around them is
 * looser than the region reader's: a run of regions closed by "only" before the bracket that cites the Census ("West and
 * South only (Census definitions)"), a region restated in its own bracket ("the Census South markets (South per Census
 * def)"), and "limit to" without a noun ("Limit to the West (Census def)"). Only a region the brief ties to the Census is
 * read ("the West" alone says nothing of which states), and only when the sale is kept to it.
 */

/** A Census region's word, maybe after "the" and "Census": "the West", "Census South", "the Midwest", "Northeast". */
const REGION_WORD = String.raw`(?:the\s+)?(?:census\s+)?(?:mid[-\s]?west|north[-\s]?east|south|west)(?:ern)?(?![-\s]?(?:east|west|coast|virginia|carolina|dakota|side|end|bay|africa|america|point|loop|lake))\b`;
/** A bracket that cites the Census inside a run: "the Northeast (Census definition) and the Midwest". */
const CENSUS_BRACKET = String.raw`[^\S\n]*\([^()\n]{0,40}\bcensus\b[^()\n]{0,40}\)`;
/** A run of Census regions joined by "and", "&", "+", "/" or commas, with an optional "markets" or "states" after it. */
const REGION_RUN = new RegExp(
  String.raw`\b${REGION_WORD}(?:${CENSUS_BRACKET})?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\+\s*|\s*\/\s*)${REGION_WORD}(?:${CENSUS_BRACKET})?)*(?:\s+(?:markets?|states|regions?))?`,
  'g',
);
/** One region word of a run, with its name as group `name`. */
const ONE_REGION = /(?:census\s+)?\b(?<name>mid[-\s]?west|north[-\s]?east|south|west)(?:ern)?\b/g;

/** Words before the run that keep the sale to it: "only", "using only the", "limit to", "restricted to", "stick to". */
const KEPT_TO_BEFORE =
  /(?:\bonly|\bjust|\b(?:limit(?:s|ed|ing)?|restrict(?:s|ed|ing)?|confin(?:e|es|ed|ing))\s+(?:(?:it|this|things|everything|the\s+(?:sale|program(?:me)?|deal|run|slb)|sales?)\s+)?to|\bkeep(?:s|ing)?\s+(?:it|this|things|everything|the\s+(?:sale|program(?:me)?|deal|run|slb))\s+(?:to|in|within)|\bstick(?:s|ing)?\s+to)\s+$/;
/** "only" right after the run: "West and South only". */
const ONLY_AFTER = /^[^\S\n]+only\b/;
/** The bracket after the run (or after its "only") that cites the Census: "(Census definitions)", "(South per Census def)". */
const CENSUS_BRACKET_AFTER = /^(?:[^\S\n]+only)?[^\S\n]*\([^()\n]{0,40}\bcensus\b[^()\n]{0,40}\)/;
/** A negation or an exclusion just before, which leaves the run to the region reader: "not only", "except the". */
const NEGATED_BEFORE = /\b(?:not|never|except|outside(?:\s+of)?|exclud\w*|avoid\w*|skip\w*|no)\s+(?:\w+\s+)?$/;

/**
 * Reads each run of Census regions the sale is kept to into `lists.included`, as the portfolio's markets in their
 * states, and claims it with the bracket that cites the Census.
 */
export function readCensusCitedRegions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(REGION_RUN)) {
    const end = match.index + match[0].length;
    const before = text.lower.slice(Math.max(0, match.index - 40), match.index);
    const after = text.lower.slice(end);
    const bracket = CENSUS_BRACKET_AFTER.exec(after);
    if (bracket === null && !match[0].includes('census')) continue;
    // "the Northeast (Census definition) and the Midwest": the bracket cites the Census for the whole run.
    if (!(KEPT_TO_BEFORE.test(before) || ONLY_AFTER.test(after)) || NEGATED_BEFORE.test(before)) continue;
    const claimEnd = end + (bracket?.[0].length ?? ONLY_AFTER.exec(after)?.[0].length ?? 0);
    if (!text.isFree(match.index, claimEnd)) continue;
    // The regions of the run, not the words of a bracket inside it ("(South per Census def)").
    const words = match[0].replace(/\([^()\n]*\)/g, (bracketed) => ' '.repeat(bracketed.length));
    const items = [...words.matchAll(ONE_REGION)].map((region) => {
      const states = statesOfRegion(region.groups?.['name'] ?? '') ?? [];
      const markets = vocabulary.markets.filter((market) => states.includes(vocabulary.stateOfMarket(market) ?? ''));
      const start = match.index + (region.index ?? 0);
      return { markets, start, end: start + region[0].length };
    });
    // A region the portfolio holds nothing in leaves the whole run to the region reader, which says so.
    if (items.length === 0 || items.some((item) => item.markets.length === 0)) continue;
    for (const item of items)
      lists.included.push({
        match: { item: { kind: 'market', markets: item.markets }, start: item.start, end: item.end },
        assetId: null,
        start: item.start,
        end: item.end,
      });
    text.claim(match.index, claimEnd);
  }
}
