import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * A list of buildings not to sell, written as a form's key or a list's title: "do_not_sell: Carrollton Data Center,
 * Baytown Cold Storage Warehouse", "Do-not-sell list (from Ops):" over one building a line, "Hold list:", "never-sell:";
 * and a line, or a pasted table's row, that marks a building held ("DAL-01: hold", "asset_id,action" over "DAL-01,hold"). The key says the
 * buildings are ruled out; only buildings are read, so that a market or a type under such a key is left to the
 * other readers.
 */

/**
 * The key or title, at the start of a line, up to its colon: "do_not_sell:", "Do-not-sell list (from Ops):", "hold
 * list:", "never sell:", and a bare "Keep" whose bracket says what it means ("Keep (not for sale):", "Keep (do not sell):"),
 * also as a pasted table's row, its cells between colons (": Keep (do not sell) : Fontana Warehouse :"). Group `rest` is what follows on the line.
 */
const DO_NOT_SELL_KEY =
  /(?<=^|\n)[^\S\n]*(?:[-\u2022*:][^\S\n]*)?(?:do[-_\s]?not[-_\s]?sell|never[-_\s]?sell|hold[-_\s]?list|keep[-_\s]?list|retain[-_\s]?list|(?:keep|hold|retain)(?=[^\S\n]*\((?:(?:[a-z]+[^\S\n]+)?not[^\S\n]+(?:for[^\S\n]+sale|to[^\S\n]+(?:be[^\S\n]+)?sold?)|(?:do[^\S\n]+not|don['\u2019]t|never)[^\S\n]+sell)\)))(?:[-_\s]?list)?[^\S\n]*(?:\([^()\n]{1,40}\))?[^\S\n]*:(?<rest>[^\n]*)/g;

/** True when every item of a list names a building. */
const namesBuildings = (list: NonNullable<ReturnType<typeof readList>>): boolean =>
  list.items.length > 0 && list.items.every((item) => item.assetId !== null || item.match?.item.kind === 'asset');

/**
 * A line that gives a building, then that it is held: "DAL-01: hold", "Tempe Office, keep", a pasted table's row
 * ("asset_id,action" over "DAL-01,hold", which reaches the readers as "dal-01: hold"). Group `names` is the building.
 */
const HELD_LINE =
  /(?<=^|\n)[^\S\n]*(?:[-\u2022*][^\S\n]*)?(?<names>[a-z][^\n:,;|\t]{1,60}?)[^\S\n]*[:,;|\t][^\S\n]*(?:hold|keep|retain(?:ed)?|excluded?|do\s+not\s+sell|not\s+for\s+sale)[^\S\n]*\.?(?=\n|$)/g;

/** Rules out the buildings of one line, from `from`, when they are all buildings and free; claims them. */
function ruleOutLine(text: BriefText, from: number, vocabulary: PlaceVocabulary, lists: PlaceLists): boolean {
  const list = readList(text, from, vocabulary, true, true);
  if (list === null || !namesBuildings(list) || !/^[^\S\n]*[.;:]?[^\S\n]*(?:\n|$)/.test(text.lower.slice(list.end))) return false;
  if (!text.isFree(from, list.end)) return false;
  text.claim(from, list.end);
  lists.exclusionEnds.push(list.end);
  ruleOutList(lists, text, from, list.end, list);
  return true;
}

/**
 * Rules out the buildings under a do-not-sell key ("do_not_sell: Carrollton Data Center, Baytown Cold Storage
 * Warehouse"; a title over one building a line) and those a line or a table's row marks held ("DAL-01: hold").
 */
export function readDoNotSellLists(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  const lower = text.lower;
  for (const match of text.freeMatches(DO_NOT_SELL_KEY)) {
    const rest = match.groups?.['rest'] ?? '';
    const restStart = match.index + match[0].length - rest.length;
    if (rest.trim() !== '') {
      ruleOutLine(text, restStart + (/^\s*/.exec(rest)?.[0].length ?? 0), vocabulary, lists);
      continue;
    }
    // A title over one building a line, to the first blank line or a line that names something else.
    let line = restStart + 1;
    while (line < lower.length && lower[line - 1] === '\n') {
      const indent = /^[^\S\n]*(?:[-\u2022*][^\S\n]*)?/.exec(lower.slice(line))?.[0].length ?? 0;
      if (!ruleOutLine(text, line + indent, vocabulary, lists)) break;
      const next = lower.indexOf('\n', line);
      if (next < 0) break;
      line = next + 1;
    }
  }
  for (const match of text.freeMatches(HELD_LINE)) {
    const names = match.groups?.['names'] ?? '';
    const from = match.index + match[0].indexOf(names);
    const list = readList(text, from, vocabulary, true);
    const end = match.index + match[0].length;
    if (list === null || !namesBuildings(list) || list.end > from + names.length || !text.isFree(match.index, end)) continue;
    text.claim(match.index, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, from, list.end, list);
  }
}
