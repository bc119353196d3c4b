import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

// A pasted table of buildings by id with a column that says whether each goes in ("Asset ID,Include?" then "DAL-01,N",
// "CHI-03,N"): a row marked no leaves its building out of the sale. Unlike a table of markets (`place-rows-marked-no.ts`),
// a row marked yes asks for nothing, since no allow-list of buildings exists: "everything else is fair game".

/**
 * The header of such a table: the id column, then a column asking whether the building is in ("Include?", "In scope",
 * "Sell?", "For sale"), split by a comma, a semicolon, a bar or a tab.
 */
const ID_INCLUDE_HEADER =
  /(?:^|\n)[^\S\n]*(?:asset|property|site|building)?[^\S\n_]*[_ ]?ids?[^\S\n]*[,;|\t][^\S\n]*(?:include[ds]?|in[^\S\n]+scope|in[-\s]?scope|sell|for[^\S\n]+sale|eligible)[^\S\n]*\??[^\S\n]*(?=\n)/;

/** A row under the header: an id, its separator and a "no" that ends the row ("DAL-01,N", "HOU-03 | no"). */
const ROW_MARKED_NO = /^[^\S\n]*(?<id>[a-z]{2,4}-\d{1,3})[^\S\n]*[,;|\t][^\S\n]*(?:n|no|false|0|excluded?|out)[^\S\n]*(?=\n|$)/;

/**
 * Rules out the buildings of an id table's rows marked no, read row by row from the header down to the first line
 * that is no row of the table (a blank line or a sentence).
 */
export function readAssetRowsMarkedNo(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  // Cheap guard: the header names its id column.
  if (!text.lower.includes('id')) return;
  const header = ID_INCLUDE_HEADER.exec(text.lower);
  if (header === null) return;
  for (let start = header.index + header[0].length + 1; start > 0 && start < text.lower.length; ) {
    const lineEnd = text.lower.indexOf('\n', start);
    const row = ROW_MARKED_NO.exec(text.lower.slice(start, lineEnd === -1 ? text.lower.length : lineEnd));
    const marked = /^[^\S\n]*[a-z]{2,4}-\d{1,3}[^\S\n]*[,;|\t]/.test(text.lower.slice(start, start + 20));
    if (!marked) return;
    if (row !== null) {
      const idStart = start + row[0].indexOf(row.groups?.['id'] ?? '');
      const list = readList(text, idStart, vocabulary, true);
      if (list !== null && text.isFree(start, start + row[0].length) && list.items.every((item) => item.assetId !== null)) {
        text.claim(start, start + row[0].length);
        ruleOutList(lists, text, start, start + row[0].length, list);
      }
    }
    if (lineEnd === -1) return;
    start = lineEnd + 1;
  }
}
