import type { BriefText } from './brief-text.js';
import { isBackgroundMention } from './background-mentions.js';
import { LIST_JOINER } from './place-list-triggers.js';
import type { PlaceLists } from './place-lists.js';
import { isShareLimitedPlace } from './place-share-limits.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { isAskedAbout } from './read-answered-exclusions.js';
import { assetNamedInFull, assetNamedWithType, describedAssetEnd } from './read-place-list.js';
import { buildingLocatorEnd } from './building-locators.js';
import {
  isMarketListedAmongBuildings,
  isNamePartAfterMarket,
  isPluralOfMarketBuilding,
  marketBuildingEnd,
} from './market-building-mentions.js';

/*
 * The places, types and buildings a brief mentions outside every list the readers before understood: a building named
 * in full or described in words (with where it stands, "the McDonough warehouse south of Atlanta") is reported, since
 * no spec can ask for it; any other place or type left unclaimed is asked for. Read last, after every other reader
 * has claimed what it understood (`read-places-and-types.ts`).
 */

/** "that", "this" right before a type (anchored at the end). */
const DEMONSTRATIVE_BEFORE = /\b(?:that|this)\s+$/;

/** Every place or type left unclaimed is asked for; an asset named in full with nothing ruling it out is reported. */
export function readRemainingMentions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  const { included } = lists;
  for (let index = 0; index < text.lower.length; index += 1) {
    if (text.isClaimed(index)) continue;
    // "the Joliet Distribution Center is leased to a key customer": an asset named in full is that asset, not
    // its type or market asked for; with no word ruling it out, a spec cannot say it, so it is reported.
    const found = vocabulary.matchAt(text.lower, index, true, text.source);
    // "the Newark and Columbus parts stores": a market building's name in the plural is its market and type.
    const inContext = isPluralOfMarketBuilding(text, found, vocabulary) ? null : found;
    // "sell the research lab in Dublin", "the packaging plant is fine": an asset described in words is that asset,
    // which a spec cannot ask for; it is reported, never read as its type or market.
    const described = index === 0 || !/[a-z0-9]/.test(text.lower[index - 1] ?? '') ? describedAssetEnd(text, index, vocabulary) : null;
    // "the Joliet DC is leased": part of a name and the asset's type name it too.
    let named =
      described ??
      marketBuildingEnd(text, inContext, vocabulary) ??
      (inContext?.item.kind === 'asset'
        ? (assetNamedInFull(text, inContext, vocabulary) ?? assetNamedWithType(text, inContext, vocabulary))
        : null);
    if (named !== null) {
      // "I manage the McDonough warehouse south of Atlanta": where the building stands belongs to its name.
      const located = inContext?.item.kind === 'asset' ? buildingLocatorEnd(text, named, inContext.item.assetIds, vocabulary) : null;
      if (located !== null) named = located;
      const how = described === null ? 'named' : 'described';
      lists.unrepresentable.push(`${text.source.slice(index, named)} (an asset ${how} without a word that rules it out)`);
      text.claim(index, named);
      index = named - 1;
      continue;
    }
    // The longest phrase in context is the one out of context too, unless it needs context (an asset, "la", "IN"),
    // which a state code has when it follows another place in a list ("TX + OH only").
    const previous = included[included.length - 1];
    const listed =
      inContext?.item.kind === 'state' &&
      previous !== undefined &&
      previous.match?.item.kind === 'state' &&
      LIST_JOINER.test(text.lower.slice(previous.end, index));
    const match =
      inContext === null || (inContext.needsContext === true && !listed)
        ? vocabulary.matchAt(text.lower, index, false, text.source)
        : inContext;
    // "Port Houston is mortgaged": part of an asset's name, opening with no place, is that asset; the market within
    // it is not asked for.
    if (
      (match === null || isNamePartAfterMarket(text, match, inContext, vocabulary)) &&
      inContext?.item.kind === 'asset' &&
      text.isFree(inContext.start, inContext.end)
    ) {
      text.claim(inContext.start, inContext.end);
      index = inContext.end - 1;
      continue;
    }
    if (match === null || !text.isFree(match.start, match.end)) continue;
    // "Marietta, Mesa, Columbus - the parts stores": a market listed among buildings is its building of their type.
    if (isMarketListedAmongBuildings(text, match, vocabulary)) {
      text.claim(match.start, match.end);
      index = match.end - 1;
      continue;
    }
    // "26 DCs network-wide", "14 new hires in Phoenix": background that asks for nothing.
    // "And the plants?": a question about a place or type alone asks for nothing.
    if (isBackgroundMention(text, match.start, match.end) || isAskedAbout(text, match.start, match.end)) {
      text.claim(match.start, match.end);
      index = match.end - 1;
      continue;
    }
    if (match.item.kind !== 'type' && isShareLimitedPlace(text, match.start, match.end)) {
      lists.unrepresentable.push(
        `${text.source.slice(match.start, match.end)} (a cap on one market's share: the cap applies to every market)`,
      );
      text.claim(match.start, match.end);
      index = match.end - 1;
      continue;
    }
    // "Our plant manager in Kearny says that plant is old": a type in the singular after "that" or "this" is the one
    // building just spoken of, never the type asked for.
    if (
      match.item.kind === 'type' &&
      DEMONSTRATIVE_BEFORE.test(text.lower.slice(Math.max(0, match.start - 6), match.start)) &&
      !/s$/.test(text.lower.slice(match.start, match.end))
    ) {
      text.claim(match.start, match.end);
      index = match.end - 1;
      continue;
    }
    included.push({ match, assetId: null, start: match.start, end: match.end });
    text.claim(match.start, match.end);
    index = match.end - 1;
    if (match.item.kind !== 'type') continue;
    // "big-box logistics", "warehouse boxes", "office space": the words around a type that only describe its buildings.
    const modifier = TYPE_MODIFIER_BEFORE.exec(text.lower.slice(Math.max(0, match.start - 12), match.start));
    if (modifier !== null && text.isFree(match.start - modifier[0].length, match.start))
      text.claim(match.start - modifier[0].length, match.start);
    const noun = TYPE_NOUN_AFTER.exec(text.lower.slice(match.end));
    if (noun !== null && text.isFree(match.end, match.end + noun[0].length)) {
      text.claim(match.end, match.end + noun[0].length);
      index = match.end + noun[0].length - 1;
    }
  }
}

/** Words before a type that say what its buildings are like: "big-box logistics", "last-mile DCs". */
const TYPE_MODIFIER_BEFORE = /(?:big|mid)[-\s]box[-\s]+$|last[-\s]mile[-\s]+$/;
/** Words after a type that name its buildings: "warehouse boxes", "office space", "office buildings". */
const TYPE_NOUN_AFTER = /^\s+(?:box(?:es)?|buildings?|space|units|stock)\b/;
