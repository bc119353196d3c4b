import type { BriefText } from './brief-text.js';
import { sentenceEndAfter } from './list-positions.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A type ruled out, then the buildings it means named after a comma: "The data centers are not for sale, Carrollton
 * and Chandler both." The names say which buildings are kept, so those are ruled out rather than every building of
 * the type.
 */

/** What may close such a sentence after the names: "both", "all three", "alike". */
const CLOSING_WORD = /^\s*(?:both|all(?:\s+(?:two|three|four|five|of\s+them))?|alike|included)?\s*$/;
/** The comma that opens the names. */
const COMMA = /^[^,]*?,\s*/;

/**
 * Replaces each ruled-out type that a comma and a list of its own buildings' names close ("the plants are off the
 * table, Cicero and Kearny both") by those buildings.
 */
export function narrowTypesToNamedBuildings(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const item of [...lists.excluded]) {
    if (item.match?.item.kind !== 'type') continue;
    const { assetType } = item.match.item;
    const end = sentenceEndAfter(text, item.end);
    const comma = COMMA.exec(text.lower.slice(item.end, end));
    if (comma === null) continue;
    const list = readList(text, item.end + comma[0].length, vocabulary, true);
    if (list === null || list.items.length === 0 || !CLOSING_WORD.test(text.lower.slice(list.end, end))) continue;
    const named = list.items.every(
      (listed) =>
        listed.match?.item.kind === 'asset' &&
        listed.match.item.assetIds.length > 0 &&
        listed.match.item.assetIds.every((id) =>
          vocabulary.assets.some((asset) => asset.asset_id === id && asset.asset_type === assetType),
        ),
    );
    if (!named) continue;
    lists.excluded.splice(lists.excluded.indexOf(item), 1, ...list.items);
    text.claim(item.end, end);
  }
}
