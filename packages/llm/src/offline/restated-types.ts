import type { BriefText } from './brief-text.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import type { ListItem } from './read-place-list.js';

/** Words that restate what was just said by naming its parts: "that means", "i.e.", "namely", "in other words". */
const RESTATED_AS = /\b(?:that\s+means|which\s+means|meaning|namely|in\s+other\s+words|i\.\s?e\.)/;
/** How far after a ruled-out type its restatement may start, and how far the restatement's names may run. */
const RESTATED_REACH = 80;

/**
 * "CFO: 'let's not sell HQs or plants.' Me: that means no Las Colinas HQ, no Cicero, no Pasadena, no Kearny": a type
 * ruled out and then restated by naming assets of that type is those assets; the type is dropped.
 */
export function dropRestatedTypes(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const type of lists.excluded.filter((item) => item.match?.item.kind === 'type')) {
    const restated = RESTATED_AS.exec(text.lower.slice(type.end, type.end + RESTATED_REACH));
    const assetType = type.match?.item.kind === 'type' ? type.match.item.assetType : null;
    if (restated === null) continue;
    const from = type.end + restated.index;
    const named = lists.excluded
      .filter((item) => item.start >= from && item.start <= from + 2 * RESTATED_REACH)
      .flatMap((item) => (item.assetId !== null ? [item.assetId] : item.match?.item.kind === 'asset' ? item.match.item.assetIds : []));
    if (vocabulary.assets.some((asset) => named.includes(asset.asset_id) && asset.asset_type === assetType))
      lists.excluded.splice(lists.excluded.indexOf(type), 1);
  }
}

/** The asset ids an item of a list names: its id, or the assets it names in words. */
const idsOf = (item: ListItem): readonly string[] =>
  item.assetId !== null ? [item.assetId] : item.match?.item.kind === 'asset' ? item.match.item.assetIds : [];

/**
 * "the data centers and the Cicero plant are collateral-critical. Don't sell CHI-03, DAL-05 or PHX-02": a type
 * mentioned in passing (no word asking for it, from `bareFrom` on in the included list) whose every asset is ruled out
 * by name describes those assets; asking for that type alone would leave nothing to sell, so it is dropped. A type
 * the portfolio holds once is left: "Lab and manufacturing only. Not the Dublin research lab" still asks for labs.
 */
export function dropTypesRuledOutByName(vocabulary: PlaceVocabulary, lists: PlaceLists, bareFrom: number): void {
  const named = new Set(lists.excluded.flatMap(idsOf));
  if (named.size === 0) return;
  for (const item of lists.included.slice(bareFrom)) {
    const kind = item.match?.item;
    if (kind?.kind !== 'type') continue;
    const ofType = vocabulary.assets.filter((asset) => asset.asset_type === kind.assetType);
    if (ofType.length > 1 && ofType.every((asset) => named.has(asset.asset_id))) lists.included.splice(lists.included.indexOf(item), 1);
  }
}

/**
 * "Subject: data centers are not in scope" over "please exclude the Chandler Data Center and the Carrollton Data
 * Center": a type ruled out in the heading whose every building the body rules out by name says no more than the
 * names, which are kept.
 */
function dropHeadingTypesNamedBelow(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const item of lists.excluded.filter((excluded) => excluded.match?.item.kind === 'type')) {
    const kind = item.match?.item;
    if (kind?.kind !== 'type') continue;
    const lineStart = text.lower.lastIndexOf('\n', item.start - 1) + 1;
    const lineEnd = text.lower.indexOf('\n', item.end);
    const heading =
      /^[^\S\n]*(?:subject|re|title)[^\S\n]*:/.test(text.lower.slice(lineStart)) ||
      (lineStart === 0 && /^\n[^\S\n]*\n/.test(text.lower.slice(lineEnd)));
    if (!heading || lineEnd === -1) continue;
    const below = new Set(lists.excluded.filter((excluded) => excluded.start > lineEnd).flatMap(idsOf));
    const ofType = vocabulary.assets.filter((asset) => asset.asset_type === kind.assetType);
    if (ofType.length > 1 && ofType.every((asset) => below.has(asset.asset_id))) lists.excluded.splice(lists.excluded.indexOf(item), 1);
  }
}

/**
 * Words right after a type that narrow it to some of its buildings: "offices we're consolidating", "plants that are
 * being closed", "stores slated for closure".
 */
const NARROWED_AFTER = /^\s+(?:that|which|we|we['\u2019](?:re|ve|ll)|being|slated|earmarked|scheduled|due|under|in\s+the\s+middle\s+of)\b/;

/** "no data-center underwriting capability for those two": the type's words then, in the clause, the buildings by pronoun. */
const POINTED_BACK_AFTER = /^[^.;!?\n]{0,40}?\bfor\s+(?:those|these|them|both)\b/;

/**
 * "SLB of $140M excl. the Houston Regional Office and the Tempe Office. Don't want to sell offices we're
 * consolidating.": a type ruled out after buildings of that type were ruled out by name, narrowed by a clause to some
 * of its buildings or pointing back at them ("no data-center underwriting capability for those two"), gives the reason
 * for those buildings; it rules out no other building of the type, so it is dropped.
 * A type ruled out whole ("and no offices at all") stays.
 */
export function dropTypesGivenAsReason(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  dropHeadingTypesNamedBelow(text, vocabulary, lists);
  readSoleBuildingsOfType(text, vocabulary, lists);
  for (const type of lists.excluded.filter((item) => item.match?.item.kind === 'type')) {
    const assetType = type.match?.item.kind === 'type' ? type.match.item.assetType : null;
    const after = text.lower.slice(type.end, type.end + 60);
    if (!NARROWED_AFTER.test(after) && !POINTED_BACK_AFTER.test(after)) continue;
    const named = new Set(lists.excluded.filter((item) => item.end <= type.start).flatMap(idsOf));
    if (vocabulary.assets.some((asset) => named.has(asset.asset_id) && asset.asset_type === assetType))
      lists.excluded.splice(lists.excluded.indexOf(type), 1);
  }
}

/** "the " right before a ruled-out type: one building, not a kind. */
const THE_RIGHT_BEFORE = /\bthe\s+$/;

/**
 * "Sites off the table: ... - the research lab": a ruled-out type written in the singular after "the", in two words or
 * more that all stand in the name of the portfolio's only building of that type ("Dublin Research Lab"), names that
 * building; it is read as the building, not as the whole type. A bare word ("the lab") is left a type.
 */
function readSoleBuildingsOfType(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const [index, item] of lists.excluded.entries()) {
    if (item.match?.item.kind !== 'type' || !THE_RIGHT_BEFORE.test(text.lower.slice(Math.max(0, item.start - 8), item.start))) continue;
    const assetType = item.match.item.assetType;
    const words = text.lower.slice(item.start, item.end).split(/\s+/);
    if (words.length < 2 || (words[words.length - 1] ?? '').endsWith('s')) continue;
    const ofType = vocabulary.assets.filter((asset) => asset.asset_type === assetType);
    const sole = ofType.length === 1 ? ofType[0] : undefined;
    if (sole === undefined) continue;
    const name = sole.name.toLowerCase().split(/[\s,]+/);
    if (!words.every((word) => name.includes(word))) continue;
    lists.excluded[index] = { match: null, assetId: sole.asset_id, start: item.start, end: item.end };
  }
}
