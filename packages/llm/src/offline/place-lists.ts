import type { BriefText } from './brief-text.js';
import type { ListItem, readList } from './read-place-list.js';

/**
 * The lists a brief's readers have taken so far: items asked for, items ruled
 * out, phrases no spec filter can say, and where each exclusion ends (so that
 * "and so is Georgia" can follow one).
 */
export interface PlaceLists {
  readonly included: ListItem[];
  readonly excluded: ListItem[];
  readonly unrepresentable: string[];
  readonly exclusionEnds: number[];
}

/** An empty set of lists, to be filled by the readers in turn. */
export function emptyPlaceLists(): PlaceLists {
  return { included: [], excluded: [], unrepresentable: [], exclusionEnds: [] };
}

/**
 * Rules out a list written over [start, end): its items, or (when it is
 * compound, as "the Chicago HQ" is one market's offices) the phrase itself as
 * something no spec filter can say. `items` narrows the list ("it" for its last item).
 */
export function ruleOutList(
  lists: PlaceLists,
  text: BriefText,
  start: number,
  end: number,
  list: NonNullable<ReturnType<typeof readList>>,
  items: readonly ListItem[] = list.items,
): void {
  if (list.compound) lists.unrepresentable.push(text.source.slice(start, end).trim());
  else lists.excluded.push(...items);
}
