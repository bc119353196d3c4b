import type { BriefText } from './brief-text.js';
import type { PlaceList } from './list-asides.js';
import type { PlaceVocabulary } from './place-vocabulary.js';

/*
 * A bracket after a list of buildings ruled out often says why, naming each building by its town: "exclude IE-01,
 * PHX-02 and NWK-01 (Ontario, Chandler and Port Newark each have open issues with lenders)". Those towns are the
 * buildings just ruled out, not places asked for; a bracket naming anything else ("(and Dallas)") is left alone.
 */

/** A bracket of words right after the list, with no figure of money or share and not adding to the list. */
const REASON_BRACKET = /^\s*\((?!\s*(?:and|or|plus|also|as\s+well\s+as)\b)[^()$%\n]{1,200}\)/;

/**
 * Claims the bracket after a list of ruled-out buildings when every place it names stands for one of those buildings
 * (its market, or words of its name), so that the reason asks for nothing.
 */
export function claimExcludedListBracket(text: BriefText, vocabulary: PlaceVocabulary, list: PlaceList): void {
  const bracket = REASON_BRACKET.exec(text.lower.slice(list.end));
  if (bracket === null || !text.isFree(list.end, list.end + bracket[0].length)) return;
  const ids = list.items.flatMap((item) =>
    item.assetId !== null ? [item.assetId] : item.match?.item.kind === 'asset' ? item.match.item.assetIds : [],
  );
  if (ids.length === 0 || ids.length < list.items.length) return;
  const markets = new Set(vocabulary.assets.filter((asset) => ids.includes(asset.asset_id)).map((asset) => asset.market.toLowerCase()));
  const end = list.end + bracket[0].length;
  for (let index = list.end; index < end; index += 1) {
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '')) continue;
    const found = vocabulary.matchAt(text.lower, index, false, text.source);
    if (found === null || found.end > end) continue;
    const item = found.item;
    const ours =
      item.kind === 'asset'
        ? item.assetIds.some((id) => ids.includes(id))
        : item.kind === 'market'
          ? item.markets.every((market) => markets.has(market.toLowerCase()))
          : item.kind === 'type';
    if (!ours) return;
    index = found.end - 1;
  }
  text.claim(list.end, end);
}
