import type { BriefText } from './brief-text.js';
import { freePlaceAt } from './free-place-at.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { BILLION_SCALE, MILLION_SCALE } from './written-numbers.js';

/** A currency or percent mark, or a money scale after digits. */
const FIGURE_MARK = new RegExp(String.raw`[$%]|\d\s*(?:${MILLION_SCALE}|${BILLION_SCALE}|k)\b`);

/*
 * A ticket, form or request header names who asks ("Requester: Houston FP&A", "Requested by: Ops Finance (Chicago)",
 * "Caller: Inland Empire procurement"), and a contact card says where its person sits ("Name: Beth Ocampo | Title:
 * AP Lead | Location: Columbus"). The places in such a label's value are the asker's, not where to sell: a careful
 * reader reads them as background, whatever the request itself then asks for.
 */

/**
 * A label that names who raised the request, at the start of a line or after a bar: "Requester:", "Requestor:",
 * "Requested by:", "Submitted by:", "Raised by:", "Opened by:", "Caller:", "Reporter:". Group `value` is what it
 * names, up to the next bar or the end of the line.
 */
const REQUESTER_LABEL =
  /(?:^|[|:\t;])[^\S\n]*(?:requester|requestor|requested\s+by|submitted\s+by|raised\s+by|opened\s+by|logged\s+by|caller|reporter|reported\s+by|on\s+behalf\s+of)[^\S\n]*[:=][^\S\n]*(?<value>[^|:\t\n;]{1,80})/gm;

/**
 * A contact card's place: "Location: Columbus", "City: Newark", "Office: Phoenix", "Based in: Atlanta". Group `value`
 * is the place. Read as the writer's only on a line that also names a person or a title ("Name: ...", "Title: ..."),
 * so that a brief's own "Location: Texas only" still asks for Texas.
 */
const CARD_PLACE_LABEL =
  /(?:^|[|:\t;])[^\S\n]*(?:location|city|office|based(?:\s+in)?|home\s+office|site)[^\S\n]*[:=][^\S\n]*(?<value>[^|:\t\n;]{1,60})/gm;
/** A label on the same line that makes it a contact card: a person's name, a job title, a role. */
const CARD_LINE = /(?:^|[|:\t;])[^\S\n]*(?:name|title|job\s+title|role|position|company|department|dept)[^\S\n]*[:=]/m;
/** Words in a value that keep the place asked for: "Location: Texas only", "City: exclude Newark". */
const VALUE_ASKS = /\b(?:only|exclud\w*|except|no|not|sell|include\w*|target|keep|avoid)\b/;

/**
 * Claims the markets, metros and states named in a requester's label, in a contact card's place or in a contact
 * table's location column, before any list is read, so that who asks and where they sit ask for nothing.
 */
export function claimRequesterPlaces(text: BriefText, vocabulary: PlaceVocabulary): void {
  for (const match of text.freeMatches(REQUESTER_LABEL)) claimPlacesInValue(text, vocabulary, match);
  for (const match of text.freeMatches(CARD_PLACE_LABEL)) {
    const lineStart = text.lower.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.lower.indexOf('\n', match.index + 1);
    const line = text.lower.slice(lineStart, lineEnd < 0 ? text.lower.length : lineEnd);
    if (CARD_LINE.test(line)) claimPlacesInValue(text, vocabulary, match);
  }
  claimContactTables(text, vocabulary);
}

/**
 * A contact table's header: a column for the person ("Name", "Contact") and one for where they sit ("Location", "City",
 * "Office", "Based"), cells split by bars (colons in the reading copy) or tabs.
 */
const CARD_HEADER_CELL = /^(?:name|full\s+name|contact|person|title|job\s+title|role|company|department|dept|email|phone)$/;
const CARD_PLACE_CELL = /^(?:location|city|office|base|based(?:\s+in)?|home\s+office|site)$/;

/** The cells of a line split by bars or tabs, with where each starts. */
function cellsOf(text: BriefText, start: number, end: number): { start: number; end: number; value: string }[] {
  const cells: { start: number; end: number; value: string }[] = [];
  let from = start;
  for (let index = start; index <= end; index += 1) {
    if (index < end && !/[:|\t]/.test(text.lower[index] ?? '')) continue;
    cells.push({ start: from, end: index, value: text.lower.slice(from, index).trim() });
    from = index + 1;
  }
  return cells;
}

/**
 * "Name | Title | Company | Location" then "Rosa Diaz | Treasury Manager | Northwind | Chicago": under a contact
 * table's header, the places in its location column are where its people sit, and are claimed.
 */
function claimContactTables(text: BriefText, vocabulary: PlaceVocabulary): void {
  const lines: { start: number; end: number }[] = [];
  for (let start = 0; start <= text.lower.length; ) {
    const newline = text.lower.indexOf('\n', start);
    const end = newline < 0 ? text.lower.length : newline;
    lines.push({ start, end });
    start = end + 1;
  }
  for (const [number, line] of lines.entries()) {
    const header = cellsOf(text, line.start, line.end);
    const column = header.findIndex((cell) => CARD_PLACE_CELL.test(cell.value));
    if (header.length < 2 || column < 0 || !header.every((cell, index) => index === column || CARD_HEADER_CELL.test(cell.value))) continue;
    for (const row of lines.slice(number + 1)) {
      const cells = cellsOf(text, row.start, row.end);
      if (cells.length !== header.length) break;
      const cell = cells[column];
      if (cell !== undefined) claimPlacesBetween(text, vocabulary, cell.start, cell.end);
    }
  }
}

/** Claims each place of the value a label names, unless the value itself asks for or rules out a place. */
function claimPlacesInValue(text: BriefText, vocabulary: PlaceVocabulary, match: RegExpExecArray): void {
  const value = match.groups?.['value'] ?? '';
  if (VALUE_ASKS.test(value) || FIGURE_MARK.test(value)) return;
  claimPlacesBetween(text, vocabulary, match.index + match[0].length - value.length, match.index + match[0].length);
}

/** Claims each market, metro and state named between `from` and `to`. */
function claimPlacesBetween(text: BriefText, vocabulary: PlaceVocabulary, from: number, to: number): void {
  for (let index = from; index < to; index += 1) {
    // Only at the start of a word: "Ops Finance (Chicago)", "S. Ndiaye, Treasury Analyst, Atlanta".
    if (/[a-z0-9]/.test(text.lower[index - 1] ?? '') || !text.isFree(index, index + 1)) continue;
    const found = freePlaceAt(text, vocabulary, index);
    if (found === null || found.end > to) continue;
    text.claim(found.start, found.end);
    index = found.end - 1;
  }
}
