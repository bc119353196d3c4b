import type { BriefText } from './brief-text.js';
import { sentenceStartBefore } from './list-positions.js';
import type { PlaceLists } from './place-lists.js';
import type { PlaceVocabulary } from './place-vocabulary.js';
import type { ListItem } from './read-place-list.js';

/*
 * An exclusion taken back later in the brief: "no Atlanta, no Houston. / sorry, Houston's fine", "exclude Phoenix? /
 * no, keep Phoenix in". The place, type or asset named again as fine or kept in is no longer ruled out.
 */

/** After the same name again: "Houston's fine", "Houston is OK", "Houston is back in", "Houston stays in". */
export const FINE_AFTER =
  /^(?:['\u2019]s|\s+(?:is|are)(?:\s+(?:actually|still))?|\s+(?:stays?|remains?))\s+(?:fine|ok(?:ay)?|allowed|acceptable|back\s+in|in(?:\s+(?:scope|play))?)(?![a-z])/;
/** Before the same name again, with "in" after it: "keep Phoenix in", "leave Houston in", "put Dallas back in". */
const KEEP_BEFORE = /\b(?:keep|leave|put)\s+$/;
const KEEP_AFTER = /^\s+(?:back\s+)?in(?:\s+(?:scope|play))?(?![a-z])/;
/**
 * A correction that keeps the name with nothing after it: "actually keep Phoenix", "no wait, keep Houston after all",
 * "sorry, include Dallas" ("actually keep Phoenix out" still rules it out).
 */
const CORRECTED_KEEP_BEFORE =
  /\b(?:actually|no|sorry|wait|on\s+second\s+thought)[,\s]+(?:(?:let['\u2019]?s|we\s+(?:can|will|should))\s+)?(?:keep|include)\s+$/;
const CLAUSE_END_AFTER = /^\s*(?:[.;,!)\n]|$|(?:after\s+all|then|too|as\s+well|but|and)\b)/;
/**
 * A correction that turns the exclusion into an allow-list holding the same name: "exclude Columbus - sorry, I meant
 * ONLY Columbus and Chicago", "no Dallas; I mean just Chicago and Dallas". The name is asked for, so it stays free.
 */
const MEANT_ONLY_BEFORE = /\bi\s+mean(?:t)?\s+(?:only|just)\s+(?:[a-z .'-]{1,30}?(?:,|\band\b|&|\+)\s*){0,4}$/;
/** How far after an exclusion the name may come again to take it back. */
const TAKEN_BACK_REACH = 300;

/** True when the name `surface`, written again at `at`, is said to be fine or kept in. */
function saidFineAt(lower: string, at: number, surface: string): boolean {
  const after = lower.slice(at + surface.length, at + surface.length + 40);
  if (FINE_AFTER.test(after)) return true;
  if (KEEP_AFTER.test(after) && KEEP_BEFORE.test(lower.slice(Math.max(0, at - 12), at))) return true;
  return CORRECTED_KEEP_BEFORE.test(lower.slice(Math.max(0, at - 30), at)) && CLAUSE_END_AFTER.test(after);
}

/**
 * Drops the exclusions whose name the brief writes again shortly after as fine or kept in ("no Atlanta, no Houston.
 * Sorry, Houston's fine, just no Atlanta."): the later word takes the exclusion back.
 */
export function dropExclusionsTakenBack(text: BriefText, lists: PlaceLists): void {
  // Only a brief that says something is fine or kept in can take an exclusion back.
  if (!/\b(?:fine|ok(?:ay)?|allowed|acceptable|in|keep|include|meant?)\b/.test(text.lower)) return;
  for (const item of [...lists.excluded]) {
    const surface = text.lower.slice(item.start, item.end);
    if (surface.trim().length < 3) continue;
    const window = text.lower.slice(item.end, item.end + TAKEN_BACK_REACH);
    for (let found = window.indexOf(surface); found >= 0; found = window.indexOf(surface, found + 1)) {
      const at = item.end + found;
      // A whole word only: "Dallas" in "Dallas's" counts, "Newark" inside "Newarkville" does not.
      if (/[a-z0-9]/.test(text.lower[at - 1] ?? '')) continue;
      const meant = MEANT_ONLY_BEFORE.test(text.lower.slice(Math.max(0, at - 160), at));
      if (!meant && !saidFineAt(text.lower, at, surface)) continue;
      // The name said to be fine asks for nothing itself: no reader after this one makes it a filter.
      if (!meant && text.isFree(at, at + surface.length)) text.claim(at, at + surface.length);
      lists.excluded.splice(lists.excluded.indexOf(item), 1);
      // "leave Phoenix out / actually keep Phoenix": the keeping word, read on its own as a retention, takes the
      // exclusion back instead.
      const again = lists.excluded.findIndex((other) => other.start === at);
      if (again >= 0) lists.excluded.splice(again, 1);
      break;
    }
  }
}

/** "exclude Dallas instead", "no, drop Houston instead": a list ruled out in place of an earlier one. */
const INSTEAD_AFTER = /^[\s,]*instead\b(?!\s+of\b)/;
/** How far before a replacing exclusion the one it replaces may stand. */
const REPLACED_REACH = 200;

/**
 * "Initially we said exclude Houston; correction, exclude Dallas instead", "pete: exclude Atlanta / sara: no, exclude
 * Houston instead": an exclusion followed by "instead" replaces the exclusions of the same kind (places, types or
 * named assets) written shortly before it, which are dropped.
 */
export function dropReplacedExclusions(text: BriefText, lists: PlaceLists): void {
  const kindOf = (item: ListItem): string =>
    item.assetId !== null || item.match?.item.kind === 'asset' ? 'asset' : item.match?.item.kind === 'type' ? 'type' : 'place';
  const joined = (left: ListItem, right: ListItem): boolean => JOINED.test(text.lower.slice(left.end, right.start));
  for (const last of lists.excluded.filter((item) => INSTEAD_AFTER.test(text.lower.slice(item.end)))) {
    // The replacing list starts at its first item: walk back over the items joined to it ("Dallas and Houston instead").
    let first = last;
    for (;;) {
      const previous = lists.excluded.find((item) => item.end <= first.start && joined(item, first));
      if (previous === undefined) break;
      first = previous;
    }
    const kind = kindOf(last);
    const replaced = lists.excluded.filter(
      (item) => kindOf(item) === kind && item.end <= first.start && item.start >= first.start - REPLACED_REACH,
    );
    for (const item of replaced) lists.excluded.splice(lists.excluded.indexOf(item), 1);
  }
}

/** A sentence that opens by correcting what was said before it: "Actually,", "On second thought,", "Scratch that -". */
const CORRECTION_OPENING = /^[\s>*-]*(?:actually|in\s+fact|on\s+second\s+thoughts?|scratch\s+that|correction|wait)\b/;

/**
 * "Tempe office: don't bother with it. Actually, leave all of Phoenix out.": a market ruled out in a sentence that
 * corrects what came before widens the earlier exclusion of buildings in that market, which are dropped; the market's
 * exclusion holds them all. Buildings elsewhere, or a market ruled out without a correction, are left as read.
 */
export function dropBuildingsWidenedToTheirMarket(text: BriefText, vocabulary: PlaceVocabulary, lists: PlaceLists): void {
  const widening = lists.excluded.filter(
    (item) =>
      item.match?.item.kind === 'market' && CORRECTION_OPENING.test(text.lower.slice(sentenceStartBefore(text, item.start), item.start)),
  );
  for (const place of widening) {
    const markets = place.match?.item.kind === 'market' ? place.match.item.markets : [];
    const from = place.start - REPLACED_REACH;
    const inThePlace = (id: string): boolean => vocabulary.assets.some((asset) => asset.asset_id === id && markets.includes(asset.market));
    const widened = lists.excluded.filter((item) => {
      if (item.end > place.start || item.start < from) return false;
      const ids = item.assetId !== null ? [item.assetId] : item.match?.item.kind === 'asset' ? item.match.item.assetIds : [];
      return ids.length > 0 && ids.every(inThePlace);
    });
    for (const item of widened) lists.excluded.splice(lists.excluded.indexOf(item), 1);
  }
}

/** What joins two items of one list. */
const JOINED = /^[\s,]*(?:and|or|&|\+|\/|plus)?[\s,]*$/;

/**
 * "... excluded the Dublin lab and the Carrollton data center; ops has since cleared both for sale", "they were held
 * back at first, but both are now released": the list ruled out before it is cleared again, by pronoun.
 */
const CLEARED_AGAIN =
  /\b(?:(?:since|now|later|subsequently)\s+(?:cleared|released|approved|freed\s+up)\s+(?:both(?:\s+of\s+them)?|them(?:\s+all)?|it|all\s+(?:of\s+them|two|three|four))\s+for\s+(?:sale|the\s+(?:sale|program(?:me)?|deal))|(?:both(?:\s+of\s+them)?|they|it|all\s+(?:of\s+them|two|three|four))\s+(?:(?:are|is|were|was|have\s+been|has\s+been)\s+(?:since|now)\s+|(?:(?:have|has)\s+)?(?:since|now)\s+(?:been\s+)?)(?:cleared|released|approved)(?:\s+for\s+(?:sale|the\s+(?:sale|program(?:me)?|deal)))?)(?![a-z])/g;

/**
 * Drops the exclusions written earlier in the sentence of a clearing that takes them back by pronoun ("the first draft
 * excluded the Dublin lab; ops has since cleared it for sale"): what is cleared for sale is no longer ruled out.
 */
export function dropExclusionsCleared(text: BriefText, lists: PlaceLists): void {
  if (!/\b(?:cleared|released|approved)\b/.test(text.lower)) return;
  for (const match of text.lower.matchAll(CLEARED_AGAIN)) {
    const from = sentenceStartBefore(text, match.index);
    const cleared = lists.excluded.filter((item) => item.start >= from && item.end <= match.index);
    for (const item of cleared) lists.excluded.splice(lists.excluded.indexOf(item), 1);
  }
}
