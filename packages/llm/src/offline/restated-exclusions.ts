import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import type { ListItem } from './read-place-list.js';

/** What an item names, as one key per market, state or type: "market:Dallas", "type:office". */
function keysOf(item: ListItem): string[] {
  const named = item.match?.item;
  if (named === undefined) return [];
  if (named.kind === 'type') return [`type:${named.assetType}`];
  if (named.kind === 'market') return named.markets.map((market) => `market:${market}`);
  if (named.kind === 'state') return [`state:${named.state}`];
  if (named.kind === 'metro') return [`metro:${named.metro}`];
  return [];
}

/** Words that point back at something named before: "both stores", "these three offices", "our core Dallas". */
const POINTED_BACK = /\b(?:both|these|those|our)\s+(?:[a-z]+\s+)?$/;

/** The ids of the assets an excluded item names, when it names any. */
function assetIdsOf(item: ListItem): readonly string[] {
  if (item.assetId !== null) return [item.assetId];
  return item.match?.item.kind === 'asset' ? item.match.item.assetIds : [];
}

/**
 * "Exclude offices; the office market is too soft", "No offices. ... the offices because of the consolidation plan",
 * "Please exclude the Naperville and Plano parts stores. ... Both stores are under a franchise restructuring": a type,
 * market or state named again after it was ruled out, with no word of its own that asks for it, gives the reason for
 * the exclusion; it asks for nothing. The same holds for the type of assets ruled out by name, and for their market
 * within the same sentence ("Exclude the Carrollton data center and the Wilmer distribution center, both of which
 * support our core Dallas operations"). Only the bare mentions read last (`from` on in `lists.included`) are dropped:
 * a list after an asking word stays asked for.
 */
export function dropRestatedExclusions(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists, from: number): void {
  if (lists.excluded.length === 0 || lists.included.length <= from) return;
  const ruledOut = lists.excluded.map((item) => {
    const keys = keysOf(item);
    const assets = vocabulary.assets.filter((asset) => assetIdsOf(item).includes(asset.asset_id));
    return {
      end: item.end,
      keys,
      assetTypes: assets.map((asset) => `type:${asset.asset_type}`),
      assetMarkets: assets.map((asset) => `market:${asset.market}`),
    };
  });
  const kept = lists.included.slice(0, from);
  for (const item of lists.included.slice(from)) {
    const keys = keysOf(item);
    const sentenceStart = sentenceStartBefore(text, item.start);
    // Assets ruled out by name restate their type or market only when pointed back at ("both stores", "these three
    // offices", "our core Dallas operations"): "exclude the Fontana warehouse ... only warehouses" asks for the type.
    const pointedBack = POINTED_BACK.test(text.lower.slice(Math.max(0, item.start - 24), item.start));
    const restated = ruledOut.some(
      (exclusion) =>
        exclusion.end <= item.start &&
        keys.some(
          (key) =>
            exclusion.keys.includes(key) ||
            (pointedBack && exclusion.assetTypes.includes(key)) ||
            (pointedBack && exclusion.end > sentenceStart && exclusion.assetMarkets.includes(key)),
        ),
    );
    if (!restated) kept.push(item);
  }
  lists.included.splice(0, lists.included.length, ...kept);
}
