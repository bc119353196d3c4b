import type { AssetType } from '@leaseback/domain';
import type { BriefText } from './brief-text.js';
import { RULED_OUT } from './exclusion-words.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { type ListItem, readList } from './read-place-list.js';
import { sentenceStartBefore } from './list-positions.js';
import { namedAssetOfType } from './own-kind-buildings.js';

/*
 * The writer's own building called by what it is, in shapes the own-kind reader leaves unread: with a word before its
 * kind ("our parts store", "my packaging plant", "our cold-storage warehouse"), or listed with other buildings before
 * the verdict that rules them all out ("Our parts store and the Edison Warehouse are keepers", "the Fontana Warehouse
 * and our store are off the table"). Like "our plant", it is the one building of that kind the brief names by a word
 * of its name ("Facilities manager, Secaucus" names the Secaucus Parts Store), never the whole type. A building of
 * that kind the brief does not name, or names several of, is left to the other readers.
 */

/** The kinds of building a writer calls their own, with the type each names. */
const KIND_TYPES: ReadonlyArray<readonly [RegExp, AssetType]> = [
  [/^plant$/, 'manufacturing'],
  [/^(?:warehouse|cross[-\s]dock)$/, 'warehouse'],
  [/^(?:store|shop|counter)$/, 'retail'],
  [/^office$/, 'office'],
  [/^lab$/, 'lab'],
  [/^(?:dc|hub|distribution\s+cent(?:er|re))$/, 'distribution_center'],
  [/^data\s+cent(?:er|re)$/, 'data_center'],
];

/**
 * "our parts store", "my packaging plant", "our store": the writer's one building by its kind, singular, perhaps with
 * one word before the kind; not the head of a longer noun ("our store managers").
 */
const OWN_DESCRIBED =
  /\b(?:my|our)\s+(?<modifier>(?!(?:own|only|other|two|three|both|main)\b)[a-z]+(?:-[a-z]+)?\s+)?(?<kind>plant|warehouse|cross[-\s]dock|store|shop|counter|office|lab|dc|hub|distribution\s+cent(?:er|re)|data\s+cent(?:er|re))(?![a-z'\u2019-])(?!\s+(?:managers?|teams?|staff|people|employees|workers|directors?|leads?|heads?|crews?|network|portfolio)\b)/g;

/** The joiner to the other buildings of the list: "and the", ", the", "& the". */
const JOINER = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+plus\s+)/;

/** The joiner from the buildings listed before: "the Fontana Warehouse and our store". */
const JOINER_BEFORE = /(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+plus\s+)$/;

/** The verdict after the building or the list: "are keepers", "is off the table", "stay with us". */
const VERDICT_AFTER = new RegExp(String.raw`^\s+(?:both\s+)?(?:${RULED_OUT})(?![a-z])`);

/** Whether a list item names a building: an asset id, or an asset named in words. */
const namesBuilding = (item: ListItem): boolean => item.assetId !== null || item.match?.item.kind === 'asset';

/**
 * The buildings listed in the sentence right before the joiner at `to` ("the Fontana Warehouse" in "the Fontana
 * Warehouse and our store"): the list reader reads on past the joiner, so the items that end at it are taken.
 */
function buildingsListedBefore(
  text: BriefText,
  index: number,
  to: number,
  vocabulary: PlaceVocabulary,
): { start: number; items: ListItem[] } | null {
  for (let start = sentenceStartBefore(text, index); start < to; start += 1) {
    if (/[a-z0-9]/.test(text.lower[start - 1] ?? '') || !/[a-z0-9]/.test(text.lower[start] ?? '')) continue;
    const list = readList(text, start, vocabulary, true);
    if (list === null || list.compound || !list.items.some((item) => item.end === to)) continue;
    const items = list.items.filter((item) => item.end <= to);
    return items.every(namesBuilding) ? { start, items } : null;
  }
  return null;
}

/**
 * Reads the writer's own building called by what it is (see above), ruled out alone or with the buildings listed after
 * it: the building and the list are excluded, and the words claimed so that no type is read from them.
 */
export function readOwnDescribedBuildings(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(OWN_DESCRIBED)) {
    const end = match.index + match[0].length;
    if (!text.isFree(match.index, end)) continue;
    const modifier = match.groups?.['modifier'];
    // "our Dallas office", "my Kearny plant": a name before the kind is a place or a building's name, for the readers
    // of named buildings; only a description ("parts", "packaging") is this reader's.
    const modifierAt = modifier === undefined ? -1 : match.index + match[0].indexOf(modifier, 3);
    if (modifierAt >= 0 && /^\p{Lu}/u.test(text.source.slice(modifierAt))) continue;
    const kind = (match.groups?.['kind'] ?? '').replace(/\s+/g, ' ');
    const type = KIND_TYPES.find(([pattern]) => pattern.test(kind))?.[1];
    if (type === undefined) continue;
    const joiner = JOINER.exec(text.lower.slice(end));
    const list = joiner === null ? null : readList(text, end + joiner[0].length, vocabulary, true);
    const listed = list !== null && !list.compound && list.items.length > 0 && list.items.every(namesBuilding) ? list : null;
    // "the Fontana Warehouse and our store are excluded": the buildings listed right before it share its verdict.
    const joinedBefore = listed === null ? JOINER_BEFORE.exec(text.lower.slice(0, match.index)) : null;
    const listedBefore = joinedBefore === null ? null : buildingsListedBefore(text, match.index, joinedBefore.index, vocabulary);
    // Alone, only a building with a word before its kind is this reader's ("our store is a keeper" is the own-kind reader's).
    if (listed === null && listedBefore === null && modifier === undefined) continue;
    const verdictFrom = listed?.end ?? end;
    const verdict = VERDICT_AFTER.exec(text.lower.slice(verdictFrom));
    if (verdict === null) continue;
    const id = namedAssetOfType(text, vocabulary, type);
    if (id === null || !text.isFree(match.index, verdictFrom + verdict[0].length)) continue;
    const verdictEnd = verdictFrom + verdict[0].length;
    if (listedBefore !== null && !text.isFree(listedBefore.start, match.index)) continue;
    text.claim(listedBefore?.start ?? match.index, verdictEnd);
    lists.excluded.push({ match: null, assetId: id, start: match.index, end });
    if (listed !== null) lists.excluded.push(...listed.items);
    if (listedBefore !== null) lists.excluded.push(...listedBefore.items);
    lists.exclusionEnds.push(verdictEnd);
  }
}
