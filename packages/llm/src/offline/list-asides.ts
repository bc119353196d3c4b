import type { BriefText } from './brief-text.js';
import type { ListItem } from './read-place-list.js';

/**
 * What restates the item right before it, read as an aside of the list: a bracket without figures of money or shares
 * ("(PHX-03)", "(our HQ and two flagship hubs)"), or the building's kind corrected as it was typed ("the Carrollton
 * DC... I mean data center, and the Chandler data center"), so that the list goes on after it. A bracket that adds to
 * the list ("(and anything in Dallas)") restates nothing.
 */
export const RESTATED_IN_BRACKETS =
  /^(?:\s*\((?!\s*(?:and|plus|also|as\s+well\s+as)\b)(?![^)]*[$%])[^()]{1,60}\)|(?:\.{2,}|\u2026|\s*[,\u2013\u2014-])?\s*(?:i\s+mean|sorry|or\s+rather)[,\s]+(?:the\s+|a\s+)?(?:data\s+cent(?:er|re)|distribution\s+cent(?:er|re)|warehouse|plant|office|store|lab|dc|hub|cross-dock)(?![a-z])(?=\s*(?:[,;.]|and\b|or\b|$)))/;

/** A list read: its items, where it ends, whether an item joins a market to a type, and the brackets of reasons in it. */
export interface PlaceList {
  readonly items: ListItem[];
  readonly end: number;
  readonly compound: boolean;
  /** The brackets (and "which" clauses) after an asset that give a reason for it, not items of the list. */
  readonly asides: readonly { start: number; end: number }[];
}

/**
 * True when nothing from `from` to the list's end has been read, the brackets that give a reason for an item aside:
 * "skip the Dublin Research Lab (the research team is mid-relocation)" rules the lab out whatever a reader made of
 * the reason.
 */
export function isListFree(text: BriefText, from: number, list: PlaceList): boolean {
  let start = from;
  for (const aside of list.asides) {
    if (!text.isFree(start, aside.start)) return false;
    start = Math.max(start, aside.end);
  }
  return text.isFree(start, list.end);
}
