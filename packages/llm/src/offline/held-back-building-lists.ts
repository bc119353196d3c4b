import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { type ListItem, readList } from './read-place-list.js';

/*
 * Buildings held back from the sale in shapes the general exclusion reader does not know: a label or table row that
 * names them as kept ("| Sites held back | HOU-03, ATL-01 |", "keepers: Fontana Warehouse, Groveport Warehouse", "Do
 * not market: Cicero Main Plant; Kearny Legacy Plant"), a count of a type ruled out with the ids in brackets ("Two
 * plants are off the list (HOU-03, NWK-03)", which rules out those two buildings, not the type), and a building added
 * to an exclusion after "and separately" ("Exclude Houston, and separately the Ontario DC (IE-01)").
 */

/**
 * A label, or a table row's first cell, that names buildings kept out of the sale; its list follows:
 * "Sites held back:", "| Assets retained |", "keepers:", "Do not market:", "Buildings withheld -".
 */
const HELD_BACK_LABEL =
  /(?<=(?:^|\n)[^\S\n]*(?:[-*\u2022|:'"][^\S\n]*)?)(?:(?:(?:sites?|assets?|buildings?|properties|property|facilities|locations)(?:[^\S\n]+list)?[^\S\n]+(?:held[^\S\n]+back|kept|retained|withheld|to[^\S\n]+(?:keep|exclude|hold[^\S\n]+back)|we[^\S\n]+keep|not[^\S\n]+for[^\S\n]+sale)|keepers|(?:do[^\S\n]+not|don['\u2019]?t)[^\S\n]+(?:market|offer|shop|list|sell))(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*(?::|\||[-\u2013\u2014](?=[^\S\n])|(?=\n[^\S\n]*[a-z]{2,4}-\d))[^\S\n]*|(?:(?:sites?|assets?|ids?)_(?:out|kept|held_back|withheld|retained)|keep_out(?:_(?:ids?|sites?|assets?))?)[^\S\n]*:[^\S\n]*|exc[l1]\.?[^\S\n]+(?=[a-z]{2,4}-\d))/g;

/** A bracket holding asset ids only, joined by commas or "and": "(HOU-03, NWK-03)", "(IE-01)". */
const ID_BRACKET = /^\s*\(\s*([a-z]{2,4}-\d{1,3}(?:\s*(?:,|\band\b|&|\/)\s*[a-z]{2,4}-\d{1,3})*)\s*\)/;

/**
 * A count of buildings of a type, ruled out, its ids in brackets after: "Two plants are off the list (HOU-03,
 * NWK-03)", "three DCs stay with us (IE-01, CHI-01, COL-01)". The count says that some buildings, not every one of
 * the type, are meant.
 */
const COUNTED_RULED_OUT =
  /\b(?:two|three|four|five|a\s+couple\s+of|a\s+few|\d)\s+(?:[a-z-]+\s+){0,2}?(?:plants?|dcs?|distribution\s+cent(?:er|re)s?|warehouses?|offices?|stores?|labs?|data\s+cent(?:er|re)s?|sites?|buildings?|assets?|properties|facilities)\s+(?:are|is|stay|stays|remain|will\s+be|must\s+be)\s+(?:off\s+the\s+(?:list|table)|out(?:\s+of\s+(?:scope|the\s+sale))?|excluded|off[-\s]limits|not\s+for\s+sale|with\s+us|held\s+back)(?=\s*\()/g;

/**
 * "and separately the Ontario DC (IE-01)", "and also the Tempe office (PHX-03)": a building added to an exclusion just
 * before in the same sentence, its id in brackets after its description.
 */
const ADDED_SEPARATELY =
  /(?<=\b(?:exclud(?:e|es|ing)|skip|drop|leave\s+out|remove|rule\s+out|no)\b[^.;!?\n]{1,60}?,?\s+)and\s+(?:separately|also|additionally|likewise)\s*,?\s+(?:the\s+|our\s+)?[^()\n.;]{1,40}?(?=\s*\()/g;

/**
 * A scanned word in a list, a one for its l ("Cicero Main P1ant; Kearny Legacy Plant"), then the separator: the list
 * reader stops at it, so the reading goes on after it.
 */
const SCANNED_WORD_THEN_SEPARATOR = /^[^\S\n]+[a-z]*[1|][a-z]*[^\S\n]*[;,][^\S\n]*/;

type ReadList = NonNullable<ReturnType<typeof readList>>;

/** A list read in two parts as one: the items and asides of both, in order, ending where the second ends. */
function joinedLists(first: ReadList, rest: ReadList): ReadList {
  return {
    ...rest,
    items: [...first.items, ...rest.items],
    asides: [...first.asides, ...rest.asides],
    compound: first.compound || rest.compound,
  };
}

/** The list that starts at `from`, read on past scanned words ("P1ant") that end an item. */
function listOverScannedWords(text: BriefText, from: number, vocabulary: PlaceVocabulary): ReturnType<typeof readList> {
  const list = readList(text, from, vocabulary, true, true);
  if (list === null) return null;
  const skipped = SCANNED_WORD_THEN_SEPARATOR.exec(text.lower.slice(list.end));
  if (skipped === null) return list;
  const rest = listOverScannedWords(text, list.end + skipped[0].length, vocabulary);
  if (rest === null) return list;
  return joinedLists(list, rest);
}

/** A line break, then an asset id opening the next line after an optional bullet: a list pasted one building to a line. */
const NEXT_ID_LINE = /^[^\S\n]*\n[^\S\n]*(?:[-*\u2022][^\S\n]*)?(?=[a-z]{2,4}-\d{1,3}\b)/;

/**
 * The end of the line after an id when the rest of it is only that building's name ("ATL-03  Midtown Atlanta
 * Regional Office", as an ops sheet pastes it), or nothing; null when other words follow, which the list does not
 * swallow.
 */
function endOfNamedRow(text: BriefText, item: ListItem | undefined, from: number, vocabulary: PlaceVocabulary): number | null {
  const lineEnd = text.lower.indexOf('\n', from) < 0 ? text.lower.length : text.lower.indexOf('\n', from);
  const rest = text.lower.slice(from, lineEnd).trim();
  if (rest === '') return lineEnd;
  const asset = vocabulary.assets.find((named) => named.asset_id.toLowerCase() === item?.assetId?.toLowerCase());
  if (asset === undefined) return null;
  const nameWords = new Set(asset.name.toLowerCase().split(/[\s,]+/));
  return rest.split(/[\s,]+/).every((word) => nameWords.has(word)) ? lineEnd : null;
}

/**
 * The list that starts at `from`, read on over the lines below it while each opens with an asset id ("Sites not for
 * sale\nHOU-01\nDAL-02"), each id's name after it on its line taken with it.
 */
function listOverLines(text: BriefText, from: number, vocabulary: PlaceVocabulary): ReturnType<typeof readList> {
  const opening = NEXT_ID_LINE.exec(text.lower.slice(from));
  const list = listOverScannedWords(text, from + (opening?.[0].length ?? 0), vocabulary);
  if (list === null) return null;
  const rowEnd = endOfNamedRow(text, list.items.at(-1), list.end, vocabulary);
  const next = rowEnd === null ? null : NEXT_ID_LINE.exec(text.lower.slice(rowEnd));
  if (rowEnd === null || next === null) return rowEnd !== null && opening !== null ? { ...list, end: rowEnd } : list;
  const rest = listOverLines(text, rowEnd, vocabulary);
  if (rest === null) return list;
  return joinedLists(list, rest);
}

/** The ids of a bracket that starts at `from`, as the portfolio writes them (upper case), with its end; or null. */
function bracketIds(text: BriefText, from: number): { ids: string[]; end: number } | null {
  const bracket = ID_BRACKET.exec(text.lower.slice(from));
  if (bracket === null) return null;
  const ids = (bracket[1] ?? '').split(/\s*(?:,|\band\b|&|\/)\s*/).map((id) => id.toUpperCase());
  return { ids, end: from + bracket[0].length };
}

/**
 * Rules out the buildings held back in the shapes above; claims the words read, so that neither the type nor the
 * place in them is read again as asked for.
 */
export function readHeldBackBuildingLists(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(HELD_BACK_LABEL)) {
    const from = match.index + match[0].length;
    const list = listOverLines(text, from, vocabulary);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    // A list of buildings only: "Sites held back: Dallas" would be a market, which these labels never mean.
    if (!list.items.every((item) => item.assetId !== null || item.match?.item.kind === 'asset')) continue;
    text.claim(match.index, list.end);
    lists.exclusionEnds.push(list.end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
  for (const pattern of [COUNTED_RULED_OUT, ADDED_SEPARATELY]) {
    for (const match of text.freeMatches(pattern)) {
      const named = bracketIds(text, match.index + match[0].length);
      if (named === null || !text.isFree(match.index, named.end)) continue;
      text.claim(match.index, named.end);
      lists.exclusionEnds.push(named.end);
      for (const id of named.ids) lists.excluded.push({ match: null, assetId: id, start: match.index, end: named.end });
    }
  }
}
