import type { TextEdit } from './restated-brief.js';

/**
 * A row's label that puts the limit's word last, after a comma ("| New rent added (annual), cap | $14m |", "Net
 * leverage, max: 3.5x", "Leaseability, min<TAB>0.5"): the word says which way the row's figure binds, as it would
 * written straight after the name ("New rent added (annual) cap"), so the comma is read as a space. Only where the word
 * ends the label, right before a cell border, a colon, an equals sign or a tab: a comma in a sentence ("rent is
 * fine, cap it at $5M") is left alone.
 */
const COMMA_BEFORE_LIMIT_WORD =
  /(?<=(?:^|\|)[^\S\n]*[A-Za-z][^|:,\t\n]{0,60}[A-Za-z)])[^\S\n]*,[^\S\n]*(?=(?:cap|ceiling|limit|max(?:imum)?|min(?:imum)?|floor)[^\S\n]*(?:\||:|=|\t))/gim;

/** The edits reading each comma before a label's closing limit word as a space; none when the brief has none. */
export function limitWordAfterACommaRestatements(brief: string): TextEdit[] {
  if (!brief.includes(',')) return [];
  return [...brief.matchAll(COMMA_BEFORE_LIMIT_WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: ' ',
  }));
}
