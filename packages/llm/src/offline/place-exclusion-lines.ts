import type { BriefText } from './brief-text.js';
import { type PlaceLists, ruleOutList } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import { readList } from './read-place-list.js';

/*
 * Places ruled out or kept to by the shape of a line rather than a verb before them:
 * - a line that is a list, then its verdict: "- Chicago, Columbus excluded from the sale", "Dallas, Houston: out";
 * - an exclusions label that says who asks: "Exclusions requested by the lenders: the Houston and Phoenix markets",
 *   "Carve-outs per the board: Newark";
 * - a delimited row whose cell after the place is its verdict: "Newark,excluded,union contract renewal",
 *   "Phoenix | out | weak demand";
 * - everything kept in places right after the ask: "raise $62M keeping everything in Texas and Georgia" (which asks for
 *   them, where "we're keeping everything in Texas" alone would hold Texas back).
 */

/** A line's start, past a bullet, to its first letter (where its list starts). */
const LINE_START = /^[^\S\n]*(?:[-*\u2022][^\S\n]*)?[a-z]/gm;
/** The verdict that ends a line after its list: "excluded from the sale", "out", "off the table", "not for sale". */
const LINE_VERDICT =
  /^\s*(?::\s*|[\u2013\u2014-]\s+)?(?:(?:are|is|both|all|each|to\s+be)\s+)?(?:excluded|out|off[-\s]limits|off\s+the\s+table|not\s+for\s+sale|ruled\s+out|held\s+back|withheld|carved\s+out)\b(?:\s+(?:from|of)\s+(?:the\s+|this\s+)?(?:sale|program(?:me)?|deal|run|slb|pool|scope|mix))?\s*[.;!]?[^\S\n]*(?:\n|$)/;

/** An exclusions label that says who asks or why, then its colon: "Exclusions requested by the lenders:". */
const QUALIFIED_LABEL =
  /\b(?:exclusions?|carve[-\s]?outs?|excluded\s+(?:markets?|sites?|locations?))\s+(?:(?:requested|asked\s+for|required|wanted|demanded|set|imposed|proposed|agreed)\s+(?:by|with)|per|from|for)\s+(?:the\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?\s*:\s*/g;

/** A delimited row: a place, its separator, then the verdict cell ("excluded", "out"), then a separator or the line's end. */
const ROW_START = /^[^\S\n]*[a-z]/gm;
const ROW_VERDICT = /^[^\S\n]*([,;|\t])[^\S\n]*(?:excluded|exclude|out|not\s+for\s+sale|off[-\s]limits)[^\S\n]*(?:\1|\n|$)/;

/**
 * Everything kept in places, said right after the ask: "raise $62M keeping everything in", "selling $40M keeping the
 * whole program within". Said on its own ("we're keeping everything in Arizona") it holds the places back, which the
 * readers of exclusions read.
 */
const KEPT_IN =
  /(?<=\b(?:raise|raising|sell|selling|generate|generating)\b(?:[^.;!?\n]|\.(?=\d)){0,40}?\s)keeping\s+(?:everything|all\s+of\s+it|it\s+all|(?:the\s+)?(?:whole\s+|entire\s+)?(?:sale|program(?:me)?|deal|slb|pool))\s+(?:in|within|inside)\s+/g;

/**
 * Reads places ruled out or kept to by the shape of their line — a list then its verdict, an exclusions label that says
 * who asks, a delimited row marked excluded, and everything kept in places — into `lists`.
 */
export function readPlaceExclusionLines(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  for (const match of text.freeMatches(LINE_START)) {
    const from = match.index + match[0].length - 1;
    const list = readList(text, from, vocabulary, true);
    if (list === null || !list.items.every((item) => item.match?.item.kind !== 'type')) continue;
    const verdict = LINE_VERDICT.exec(text.lower.slice(list.end));
    if (verdict === null) continue;
    const end = list.end + verdict[0].trimEnd().length;
    if (!text.isFree(from, end)) continue;
    text.claim(from, end);
    lists.exclusionEnds.push(end);
    ruleOutList(lists, text, from, list.end, list);
  }
  for (const match of text.freeMatches(QUALIFIED_LABEL)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, true, true);
    if (list === null || !text.isFree(match.index, list.end)) continue;
    text.claim(match.index, list.end);
    lists.exclusionEnds.push(list.end);
    ruleOutList(lists, text, match.index, list.end, list);
  }
  for (const match of text.freeMatches(ROW_START)) {
    const from = match.index + match[0].length - 1;
    const found = vocabulary.matchAt(text.lower, from, false, text.source);
    const kind = found?.item.kind;
    if (found === null || (kind !== 'market' && kind !== 'metro' && kind !== 'state')) continue;
    const verdict = ROW_VERDICT.exec(text.lower.slice(found.end));
    if (verdict === null || !text.isFree(from, found.end)) continue;
    const list = readList(text, from, vocabulary, false);
    if (list === null || list.end !== found.end) continue;
    text.claim(from, found.end + verdict[0].trimEnd().length);
    lists.exclusionEnds.push(found.end);
    ruleOutList(lists, text, from, found.end, list);
  }
  for (const match of text.freeMatches(KEPT_IN)) {
    const from = match.index + match[0].length;
    const list = readList(text, from, vocabulary, false);
    if (list === null || !text.isFree(match.index, list.end) || list.items.some((item) => item.match?.item.kind === 'type')) continue;
    // "keep everything in Illinois out": kept out, which the readers of exclusions read.
    if (/^\s*(?:out|off|away|aside|back)\b/.test(text.lower.slice(list.end))) continue;
    lists.included.push(...list.items);
    text.claim(match.index, list.end);
  }
}
