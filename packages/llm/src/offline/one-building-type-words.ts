import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceLists } from './place-lists.js';

/*
 * A type word in the singular that stands for one building the writer has in mind, never for every building of the
 * type asked for:
 * - a possessive: "the lab's environmental review is still open", "our DC's roof";
 * - the writer's own building described: "our parts store is small", "my plant has been busy";
 * - a building identified: "it is the plant", "that's our only lab";
 * - one building sold, bought or closed, told as an event: "last quarter's run sold a warehouse", "we closed a store".
 * A plural ("the labs' reviews", "our stores are small"), and a singular that asks ("sell our warehouse", "one
 * warehouse at most") are untouched.
 */

/** A type word written in the plural, or "retail" (which has none): such a word asks for the type. */
const PLURAL_OR_MASS = /(?:s|es)$|^retail$/i;

/**
 * "'s" right after the type, then the noun it owns: the building's own review, roof or tenant. Not before a list's
 * words ("DC's only", "DC's and warehouses"), where the apostrophe writes a plural.
 */
const POSSESSIVE_AFTER = /^['\u2019]s\s+(?!(?:only|and|or|plus|too|are|were|in|from|at|&)\b)[a-z]/i;
/** Shorthand whose plural is often written with an apostrophe: "DC's", "HQ's". */
const SHORTHAND = /^(?:dcs?|hqs?|whs?|whse)$/i;

/** "our" or "my" before the type, with one word between at most ("our parts store", "my little plant"). */
const OWN_BEFORE = /\b(?:our|my)\s+(?:[a-z-]+\s+)?$/i;

/** A verb right after the type that describes the building: "is small", "has been busy", "was refitted". */
const DESCRIBED_AFTER = /^\s+(?:is|was|has|had|isn['\u2019]t|wasn['\u2019]t|hasn['\u2019]t|runs|sits|needs|employs|holds)\b/i;

/** "it is the", "that's our only", "this is my": the building pointed at and identified. */
const IDENTIFIED_BEFORE = /\b(?:it|this|that)(?:\s+is|['\u2019]s)\s+(?:(?:the|our|my)\s+)(?:(?:only|main|one)\s+)?$/i;

/** "sold a", "closed one", "bought an": one building of the type, in a past event ("we've sold a plant for years" is a trade). */
const ONE_IN_PAST_EVENT_BEFORE =
  /(?<!(?:\bhave|\bhas|\bhad|['\u2019]ve)\s+)\b(?:sold|bought|closed|divested|acquired|shut|opened|built|lost|leased)\s+(?:a|an|one)\s+(?:[a-z-]+\s+)?$/i;

/**
 * Drops the types asked for in passing (from `bareFrom` on in the included list) that are written in the singular and
 * stand for one building in one of the ways above.
 */
export function dropOneBuildingTypeWords(text: BriefText, lists: PlaceLists, bareFrom: number): void {
  for (const item of lists.included.slice(bareFrom)) {
    if (item.match?.item.kind !== 'type') continue;
    if (PLURAL_OR_MASS.test(text.source.slice(item.start, item.end))) continue;
    const from = sentenceStartBefore(text, item.start);
    const before = text.source.slice(Math.max(from, item.start - 40), item.start);
    const after = text.source.slice(item.end, item.end + 24);
    const oneBuilding =
      (POSSESSIVE_AFTER.test(after) && !SHORTHAND.test(text.source.slice(item.start, item.end))) ||
      (OWN_BEFORE.test(before) && DESCRIBED_AFTER.test(after)) ||
      IDENTIFIED_BEFORE.test(before) ||
      ONE_IN_PAST_EVENT_BEFORE.test(before);
    if (oneBuilding) lists.included.splice(lists.included.indexOf(item), 1);
  }
}
