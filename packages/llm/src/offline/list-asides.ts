import type { BriefText } from './brief-text.js';
import type { ListItem } from './read-place-list.js';

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
