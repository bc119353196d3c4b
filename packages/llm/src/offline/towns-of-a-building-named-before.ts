import type { BriefText } from './brief-text.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { itemsAsAssets, type ListItem } from './read-place-list.js';

/*
 * A town ruled out by its name alone after the brief has named one building by it: "the Fontana Warehouse has a
 * lien on it ... Drop Fontana." The town stands for the building just named, as a person shortens a name they have
 * already said, not for the whole metro around it.
 */

/** How far before the ruled-out town the building's full name may stand. */
const NAMED_REACH = 600;

/**
 * The items of a ruled-out list with each town written as the one building whose name opens with it and which the brief
 * named in full before; null when no item is such a town.
 */
export function townsOfABuildingNamedBefore(
  text: BriefText,
  list: { readonly items: readonly ListItem[] },
  vocabulary: PlaceVocabulary,
): ListItem[] | null {
  return itemsAsAssets(list.items, (item) => {
    const place = item.match?.item;
    const town = text.lower.slice(item.start, item.end);
    // A town within a market ("Ontario" in the Inland Empire), never the market's own name ("Houston").
    const isTown = place?.kind === 'metro' || (place?.kind === 'market' && !place.markets.some((market) => market.toLowerCase() === town));
    if (!isTown) return null;
    const before = text.lower.slice(Math.max(0, item.start - NAMED_REACH), item.start);
    const named = vocabulary.assets.filter((asset) => {
      const name = asset.name.toLowerCase();
      return name.startsWith(`${town} `) && before.includes(name.split(/\s+/).slice(0, 2).join(' '));
    });
    return named.length === 1 ? (named[0]?.asset_id ?? null) : null;
  });
}
